package io.newstimeline.tools.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Temporal awareness on small hand-made timelines whose scores are worked out by hand in each test. */
class TemporalAwarenessTest {

  private static EntityTimeline timeline(String... lines) {
    return EntityTimeline.parse("test", List.of(lines));
  }

  /** Reference: a and b on 2005-01-18, then c on 2007-02-28. Reduced: a=b, a in d1, a<c, c in d2. */
  private static final EntityTimeline REFERENCE = timeline("Airbus",
      "1\t2005-01-18\t1-2-a\t1-3-b",
      "2\t2007-02-28\t2-1-c");

  @Test
  void shouldScoreATimelineAgainstItselfAsOne() {
    TemporalAwareness.Score score = TemporalAwareness.score(REFERENCE, REFERENCE);

    assertThat(score).isEqualTo(new TemporalAwareness.Score(4, 4, 4, 4));
    assertThat(score.f1()).isEqualTo(1.0);
  }

  @Test
  void shouldCountARightButIncompleteTimelineAsPreciseWithPartialRecall() {
    // System: a on 2005-01-18 then c on 2007-02-28. Its 3 relations all hold in the reference (P = 1);
    // it implies 3 of the reference's 4 (not a=b): R = 3/4, F1 = 2 * 0.75 / 1.75.
    EntityTimeline system = timeline("Airbus", "1\t2005-01-18\t1-2-a", "2\t2007-02-28\t2-1-c");

    TemporalAwareness.Score score = TemporalAwareness.score(REFERENCE, system);

    assertThat(score).isEqualTo(new TemporalAwareness.Score(3, 3, 4, 3));
    assertThat(score.f1()).isCloseTo(6.0 / 7.0, within(1e-9));
  }

  @Test
  void shouldCountAReversedOrderAsWrong() {
    // System: c before a, neither dated: its one relation (c < a) contradicts the reference.
    EntityTimeline system = timeline("Airbus", "1\tXXXX-XX-XX\t2-1-c", "2\tXXXX-XX-XX\t1-2-a");

    TemporalAwareness.Score score = TemporalAwareness.score(REFERENCE, system);

    assertThat(score).isEqualTo(new TemporalAwareness.Score(1, 0, 4, 0));
    assertThat(score.f1()).isZero();
  }

  @Test
  void shouldCreditARelationTheReferenceOnlyImpliesThroughItsClosure() {
    // System: b before c. The reference's reduced graph has a<c, not b<c, but its closure implies b<c
    // (b = a < c): P = 1. The system implies none of a=b, a in d1, a<c, c in d2: R = 0.
    EntityTimeline system = timeline("Airbus", "1\tXXXX-XX-XX\t1-3-b", "2\tXXXX-XX-XX\t2-1-c");

    TemporalAwareness.Score score = TemporalAwareness.score(REFERENCE, system);

    assertThat(score).isEqualTo(new TemporalAwareness.Score(1, 1, 4, 0));
  }

  @Test
  void shouldIgnoreEventsThatCouldNotBeOrdered() {
    EntityTimeline withUnordered = timeline("Airbus", "0\tXXXX-XX-XX\t9-9-x", "1\t2005-01-18\t1-2-a\t1-3-b",
        "2\t2007-02-28\t2-1-c");

    assertThat(TemporalAwareness.score(REFERENCE, withUnordered)).isEqualTo(new TemporalAwareness.Score(4, 4, 4, 4));
  }

  @Test
  void shouldSumCountsOverTimelinesBeforeDividing() {
    TemporalAwareness.Score one = new TemporalAwareness.Score(3, 3, 4, 3);
    TemporalAwareness.Score two = new TemporalAwareness.Score(1, 0, 4, 0);

    TemporalAwareness.Score both = one.plus(two);

    assertThat(both.precision()).isEqualTo(0.75);
    assertThat(both.recall()).isEqualTo(3.0 / 8.0);
  }
}

package io.newstimeline.tools.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metrics on small partitions whose scores are worked out by hand. */
class CorefMetricsTest {

  private static final double EXACT = 1e-9;

  /** Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions", figure 1. */
  private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
  private static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c", "d"),
      Set.of("f", "g", "h", "i"));

  @Test
  void shouldCountMucLinksAsVilainEtAl() {
    // One chain A-B-C-D answered as A-B and C-D: 2 of 3 key links kept, both response links right.
    CorefScore score = CorefMetrics.muc(List.of(Set.of("A", "B", "C", "D")), List.of(Set.of("A", "B"), Set.of("C", "D")));

    assertThat(score.recall()).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(score.precision()).isCloseTo(1.0, within(EXACT));
    assertThat(score.f1()).isCloseTo(0.8, within(EXACT));
  }

  @Test
  void shouldScoreMucOnTheTextbookPartitions() {
    // Key {a,b,c} falls into 2 parts, {d,e,f,g} into 3: (1 + 1) / (2 + 3); response likewise (1 + 0 + 1) / (1 + 1 + 3).
    CorefScore score = CorefMetrics.muc(KEY, RESPONSE);

    assertThat(score.recall()).isCloseTo(0.4, within(EXACT));
    assertThat(score.precision()).isCloseTo(0.4, within(EXACT));
  }

  @Test
  void shouldScoreBCubedOnTheTextbookPartitions() {
    // Recall (2/3 + 2/3 + 1/3 + 1/4 + 0 + 2/4 + 2/4) / 7 = 35/84; precision (1 + 1 + 1/2 + 1/2 + 2/4 + 2/4 + 0 + 0) / 8.
    CorefScore score = CorefMetrics.bCubed(KEY, RESPONSE);

    assertThat(score.recall()).isCloseTo(35.0 / 84, within(EXACT));
    assertThat(score.precision()).isCloseTo(0.5, within(EXACT));
  }

  @Test
  void shouldAlignEntitiesForCeafE() {
    // Best alignment {a,b,c}-{a,b} (φ4 = 4/5) and {d,e,f,g}-{f,g,h,i} (φ4 = 4/8): 1.3 over 2 key and 3 response entities.
    CorefScore score = CorefMetrics.ceafE(KEY, RESPONSE);

    assertThat(score.recall()).isCloseTo(0.65, within(EXACT));
    assertThat(score.precision()).isCloseTo(1.3 / 3, within(EXACT));
  }

  @Test
  void shouldScoreAResponseEqualToTheKeyAsOneAndTheMeanAsTheConllF1() {
    List<Set<String>> key = List.of(Set.of("a", "b"), Set.of("c"), Set.of("d", "e", "f"));

    CorefScores same = CorefMetrics.score(key, key);
    CorefScores singletons = CorefMetrics.score(key,
        List.of(Set.of("a"), Set.of("b"), Set.of("c"), Set.of("d"), Set.of("e"), Set.of("f")));

    assertThat(same.conllF1()).isCloseTo(1.0, within(EXACT));
    // All singletons: MUC 0; B³ recall (1/2 + 1/2 + 1 + 1/3 + 1/3 + 1/3) / 6 = 1/2, precision 1.
    assertThat(singletons.muc().f1()).isZero();
    assertThat(singletons.bCubed().recall()).isCloseTo(0.5, within(EXACT));
    assertThat(singletons.bCubed().precision()).isCloseTo(1.0, within(EXACT));
    // CEAF-e: {a,b}-{a} 2/3, {c}-{c} 1, {d,e,f}-{d} 2/4: 13/6 over 3 key and 6 response entities.
    assertThat(singletons.ceafE().recall()).isCloseTo(13.0 / 18, within(EXACT));
    assertThat(singletons.ceafE().precision()).isCloseTo(13.0 / 36, within(EXACT));
    assertThat(singletons.conllF1()).isCloseTo((0 + 2.0 / 3 + 2 * (13.0 / 18) * (13.0 / 36) / (13.0 / 18 + 13.0 / 36)) / 3,
        within(EXACT));
  }

  @Test
  void shouldFindTheBestAssignmentNotTheGreedyOne() {
    // Greedy takes 0.9 first and is left with 0.1; the best pairs 0.8 and 0.8.
    double best = CorefMetrics.maximumAssignment(new double[][] {{0.9, 0.8}, {0.8, 0.1}});

    assertThat(best).isCloseTo(1.6, within(EXACT));
  }
}

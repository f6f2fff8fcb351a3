package io.newstimeline.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.producer.SyntheticStory.Kind;
import io.newstimeline.timeline.EntryIdentity;
import io.newstimeline.timeline.EventValidator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SyntheticStoryTest {

  static final int EVENTS = 20_000;
  final SyntheticStory story = SyntheticStory.withSeed(7);

  @Test
  void shouldGiveTheSameEventsForTheSameSeed() {
    SyntheticStory again = SyntheticStory.withSeed(7);

    assertThat(LongStream.range(0, 500).mapToObj(again::event).toList())
        .isEqualTo(LongStream.range(0, 500).mapToObj(story::event).toList());
  }

  @Test
  void shouldGiveOtherEventsForAnotherSeed() {
    SyntheticStory other = SyntheticStory.withSeed(8);

    long same = LongStream.range(0, 500).filter(i -> other.event(i).equals(story.event(i))).count();

    assertThat(same).isZero();
  }

  @Test
  void shouldGiveAnEventIndependentlyOfTheEventsBeforeIt() {
    NewsEvent late = story.event(123_456);

    assertThat(SyntheticStory.withSeed(7).event(123_456)).isEqualTo(late);
  }

  @Test
  void shouldMakeOnlyEventsTheTimelineAccepts() {
    LongStream.range(0, 2_000).mapToObj(story::event)
        .forEach(event -> assertThat(EventValidator.validate(event.getId(), event)).isSameAs(event));
  }

  @Test
  void shouldGiveEveryEventItsOwnId() {
    Set<String> ids = new HashSet<>();
    LongStream.range(0, EVENTS).forEach(i -> ids.add(story.event(i).getId()));

    assertThat(ids).hasSize(EVENTS);
  }

  @Test
  void shouldMakeTenPercentDuplicatesAndFivePercentLateEvents() {
    Map<Kind, Integer> kinds = new HashMap<>();
    LongStream.range(0, EVENTS).forEach(i -> kinds.merge(story.kind(i), 1, Integer::sum));

    assertThat(kinds.get(Kind.DUPLICATE) / (double) EVENTS).isCloseTo(0.10, within(0.01));
    assertThat(kinds.get(Kind.LATE) / (double) EVENTS).isCloseTo(0.05, within(0.01));
  }

  @Test
  void shouldRepeatAnEarlierEventFromAnotherOutletInEachDuplicate() {
    LongStream.range(0, EVENTS).filter(i -> story.kind(i) == Kind.DUPLICATE).limit(300).forEach(i -> {
      NewsEvent duplicate = story.event(i);
      long originalIndex = story.originalOf(i);
      NewsEvent original = story.event(originalIndex);

      assertThat(originalIndex).isLessThan(i).isGreaterThanOrEqualTo(i - SyntheticStory.MAX_DUPLICATE_LAG);
      assertThat(story.kind(originalIndex)).isNotEqualTo(Kind.DUPLICATE);
      assertThat(EntryIdentity.entryId(duplicate)).isEqualTo(EntryIdentity.entryId(original));
      assertThat(duplicate.getOutlet()).isNotEqualTo(original.getOutlet());
      assertThat(duplicate.getId()).isNotEqualTo(original.getId());
      assertThat(duplicate.getArticleId()).isNotEqualTo(original.getArticleId());
      assertThat(duplicate.getReportedAt()).isAfterOrEqualTo(original.getReportedAt());
    });
  }

  @Test
  void shouldDateLateEventsOnOrBeforeADayLongBeforeTheReport() {
    LongStream.range(0, EVENTS).filter(i -> story.kind(i) == Kind.LATE).limit(300).mapToObj(story::event)
        .forEach(event -> {
          LocalDate reported = LocalDate.ofInstant(event.getReportedAt(), ZoneOffset.UTC);
          assertThat(event.getDate().getPrecision()).isEqualTo(DatePrecision.ON_OR_BEFORE);
          assertThat(event.getDate().getStart()).isNull();
          assertThat(event.getDate().getEnd()).isBefore(reported.minusDays(29)).isAfter(reported.minusYears(5));
        });
  }

  @Test
  void shouldUseEveryPrecisionOfTheStory() {
    Set<DatePrecision> precisions = new HashSet<>();
    LongStream.range(0, 2_000).forEach(i -> precisions.add(story.event(i).getDate().getPrecision()));

    assertThat(precisions).containsExactlyInAnyOrder(
        DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.QUARTER, DatePrecision.ON_OR_BEFORE);
  }

  @Test
  void shouldNameThreeActorsOnAverageWithAFewPopularOnes() {
    Map<String, Integer> appearances = new HashMap<>();
    long actors = 0;
    for (long i = 0; i < EVENTS; i++) {
      List<Actor> who = story.event(i).getActors();
      actors += who.size();
      assertThat(who).doesNotHaveDuplicates();
      who.forEach(actor -> appearances.merge(actor.getId(), 1, Integer::sum));
    }

    assertThat(actors / (double) EVENTS).isCloseTo(3.0, within(0.1));
    int top = appearances.values().stream().max(Integer::compare).orElseThrow();
    double mean = actors / (double) appearances.size();
    assertThat(top).isGreaterThan((int) (10 * mean));
    assertThat(appearances.size()).isGreaterThan(250);
  }

  @Test
  void shouldSpreadReportsAndDatesOverYears() {
    NewsEvent first = story.event(0);
    NewsEvent millionth = story.event(1_000_000);

    assertThat(millionth.getReportedAt()).isAfter(first.getReportedAt().plusSeconds(3L * 365 * 24 * 3600));
    assertThat(LongStream.range(0, EVENTS).mapToObj(story::event)
        .filter(e -> e.getDate().getEnd().getYear() < 2019)).isNotEmpty();
  }
}

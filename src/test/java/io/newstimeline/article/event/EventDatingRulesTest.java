package io.newstimeline.article.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.TestArticles;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.NewsEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The general newswire dating rules, through extraction: datelines, speech time, weekdays, durations. */
class EventDatingRulesTest {

  private static final EventExtractor EXTRACTOR = new EventExtractor(TestArticles.gazetteer());

  /** "TYPE start..end PRECISION" for each event of {@code body}, published at {@code published} in Seoul. */
  private static List<String> events(String published, String body) {
    return EXTRACTOR.extract(TestArticles.article(published, "Asia/Seoul", body)).stream()
        .map(EventDatingRulesTest::describe).toList();
  }

  private static String describe(NewsEvent event) {
    EventDate date = event.getDate();
    return event.getType() + " " + date.getStart() + ".." + date.getEnd() + " " + date.getPrecision();
  }

  @Test
  void shouldDateAnUndatedStatementByTheWireDateline() {
    // Published on Wednesday 13 September, datelined the Monday before.
    assertThat(events("2023-09-13T09:00:00+09:00", "SEOUL, Sept 11 (Reuters) - North Korea said it would"
        + " strengthen its nuclear forces."))
        .containsExactly("STATEMENT 2023-09-11..2023-09-11 DAY");
  }

  @Test
  void shouldCarryTheSpeechTimeToTheSpeakersNextSentence() {
    assertThat(events("2023-09-13T09:00:00+09:00", "Kim Jong Un said on Tuesday that the talks went well."
        + "\nHe also said that North Korea would back Russia.").stream().filter(e -> e.startsWith("STATEMENT")))
        .containsExactly("STATEMENT 2023-09-12..2023-09-12 DAY",
            "STATEMENT 2023-09-12..2023-09-12 DAY");
  }

  @Test
  void shouldNotCarryTheSpeechTimeToAnotherSpeaker() {
    assertThat(events("2023-09-13T09:00:00+09:00", "Kim Jong Un said on Tuesday that the talks went well."
        + "\nVladimir Putin said Russia would help North Korea build satellites.").stream()
        .filter(e -> e.startsWith("STATEMENT")))
        .containsExactly("STATEMENT 2023-09-12..2023-09-12 DAY",
            "STATEMENT 2023-09-13..2023-09-13 DAY");
  }

  @Test
  void shouldDateWhatWasSaidByADateOpeningTheSentenceUnlessItDatesTheSaying() {
    assertThat(events("2023-09-13T09:00:00+09:00", "In the first quarter of last year, North Korea had reported"
        + " that Kim Jong Un visited a tank factory.")).containsExactly("VISIT 2022-01-01..2022-03-31 QUARTER");
    assertThat(events("2023-09-13T09:00:00+09:00", "In 2022, North Korea says Kim Jong Un visited a tank factory."))
        .containsExactly("STATEMENT 2022-01-01..2022-12-31 YEAR", "VISIT 2022-01-01..2022-12-31 YEAR");
    assertThat(events("2023-09-13T09:00:00+09:00", "Late last year, North Korea claimed Kim Jong Un visited a tank"
        + " factory.")).containsExactly("STATEMENT 2022-10-01..2022-12-31 QUARTER");
  }

  @Test
  void shouldTakeTheSameWeekdayAsThePublicationDayEvenForTheFuture() {
    // Published on a Monday morning: "due back on Monday afternoon" is that Monday, not the next.
    assertThat(events("2023-09-11T08:00:00+09:00", "Kim Jong Un will visit Russia on Monday afternoon."))
        .containsExactly("VISIT 2023-09-11..2023-09-11 DAY");
    assertThat(events("2023-09-11T08:00:00+09:00", "Kim Jong Un visited Russia on Monday."))
        .containsExactly("VISIT 2023-09-11..2023-09-11 DAY");
  }

  @Test
  void shouldEndASpanOnTheDateWhenTheWordsSaySo() {
    assertThat(events("2023-09-19T09:00:00+09:00",
        "Kim Jong Un left Russia on Sunday, ending a six-day visit.").stream().filter(e -> e.startsWith("VISIT")))
        .containsExactly("VISIT 2023-09-12..2023-09-17 RANGE");
    assertThat(events("2023-09-19T09:00:00+09:00",
        "Kim Jong Un arrived in Russia on Sunday for a six-day visit.").stream().filter(e -> e.startsWith("VISIT")))
        .containsExactly("VISIT 2023-09-17..2023-09-22 RANGE");
  }
}

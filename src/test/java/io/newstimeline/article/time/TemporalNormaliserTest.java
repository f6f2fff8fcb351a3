package io.newstimeline.article.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.avro.DatePrecision;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemporalNormaliserTest {

  private static final TemporalNormaliser NORMALISER =
      TemporalNormaliser.standard(Map.of("north korea", MonthDay.of(9, 9), "russia", MonthDay.of(6, 12)));
  /** A Wednesday. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 8, 30);
  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2023, 9, 11);
  /** A Sunday. */
  private static final LocalDate SUNDAY = LocalDate.of(2023, 9, 17);

  /** Resolves the only calendar expression of {@code text}, in the tense of the whole sentence. */
  private static DateInterval resolve(String text, LocalDate published) {
    ParsedSentence sentence = ParsedSentence.of(text);
    List<CalendarExpression> calendar = NORMALISER.find(sentence).stream()
        .filter(CalendarExpression.class::isInstance).map(CalendarExpression.class::cast).toList();
    assertThat(calendar).as("calendar expressions in: %s", text).hasSize(1);
    return calendar.get(0).resolve(new TemporalContext(published, TenseDetector.of(sentence))).orElseThrow();
  }

  private static String expression(String text) {
    return NORMALISER.find(ParsedSentence.of(text)).get(0).text();
  }

  private static DateInterval day(int year, int month, int day) {
    return DateInterval.day(LocalDate.of(year, month, day));
  }

  private static DateInterval range(String from, String to, DatePrecision precision) {
    return new DateInterval(from == null ? null : LocalDate.parse(from), LocalDate.parse(to), precision);
  }

  @Test
  void shouldReadAbsoluteDatesEitherWayRound() {
    assertThat(resolve("The summit took place on 30 August 2023 in Moscow.", MONDAY)).isEqualTo(day(2023, 8, 30));
    assertThat(resolve("The talks opened on August 30, 2023.", MONDAY)).isEqualTo(day(2023, 8, 30));
    assertThat(resolve("He arrived on the 13th of September 2023.", MONDAY)).isEqualTo(day(2023, 9, 13));
    assertThat(expression("He arrived on 13 Sept. 2023 by train.")).isEqualTo("on 13 Sept. 2023");
  }

  @Test
  void shouldGiveADayWithoutYearThePublicationYearUnlessTheTenseSaysOtherwise() {
    assertThat(resolve("Kim left Pyongyang on September 10.", MONDAY)).isEqualTo(day(2023, 9, 10));
    assertThat(resolve("The leaders will meet on 10 January.", MONDAY)).isEqualTo(day(2024, 1, 10));
    assertThat(resolve("Officials met on 20 December.", LocalDate.of(2024, 1, 5))).isEqualTo(day(2023, 12, 20));
  }

  @Test
  void shouldReadARangeOfDays() {
    assertThat(resolve("The forum ran from 10 to 13 September.", MONDAY))
        .isEqualTo(range("2023-09-10", "2023-09-13", DatePrecision.RANGE));
  }

  @Test
  void shouldReadMonthsAndYears() {
    assertThat(resolve("Lavrov visited Pyongyang in July.", WEDNESDAY))
        .isEqualTo(range("2023-07-01", "2023-07-31", DatePrecision.MONTH));
    assertThat(resolve("The plan was agreed in October.", WEDNESDAY))
        .as("a past month after the publication month is last year's")
        .isEqualTo(range("2022-10-01", "2022-10-31", DatePrecision.MONTH));
    assertThat(resolve("Kim last visited Russia in 2019.", WEDNESDAY))
        .isEqualTo(range("2019-01-01", "2019-12-31", DatePrecision.YEAR));
    assertThat(resolve("The deal was struck in July 2022.", WEDNESDAY))
        .isEqualTo(range("2022-07-01", "2022-07-31", DatePrecision.MONTH));
    assertThat(resolve("Shipments began in late 2022.", WEDNESDAY))
        .isEqualTo(range("2022-10-01", "2022-12-31", DatePrecision.QUARTER));
  }

  @Test
  void shouldPointAPastWeekdayBackAndAFutureOneForward() {
    assertThat(resolve("Kim set off on Sunday night.", MONDAY)).isEqualTo(day(2023, 9, 10));
    assertThat(resolve("The leaders will meet on Wednesday.", MONDAY)).isEqualTo(day(2023, 9, 13));
    assertThat(resolve("The envoys met on Wednesday.", WEDNESDAY)).as("the publication day itself")
        .isEqualTo(day(2023, 8, 30));
    assertThat(resolve("The envoys will meet on Wednesday.", WEDNESDAY))
        .as("later that day: a week ahead would be 'next Wednesday'").isEqualTo(day(2023, 8, 30));
    assertThat(resolve("The envoys will meet next Wednesday.", WEDNESDAY)).isEqualTo(day(2023, 9, 6));
    assertThat(resolve("Talks resume next Monday.", MONDAY)).isEqualTo(day(2023, 9, 18));
    assertThat(resolve("Talks ended last Monday.", MONDAY)).isEqualTo(day(2023, 9, 4));
    assertThat(resolve("The ministers met on Tuesday last week.", MONDAY)).isEqualTo(day(2023, 9, 5));
    assertThat(resolve("Putin will host a banquet later on Wednesday.", WEDNESDAY)).as("the same day")
        .isEqualTo(day(2023, 8, 30));
  }

  @Test
  void shouldResolveWeekdaysInASundayArticle() {
    assertThat(resolve("Kim arrived on Sunday.", SUNDAY)).isEqualTo(day(2023, 9, 17));
    assertThat(resolve("Kim arrived on Monday.", SUNDAY)).isEqualTo(day(2023, 9, 11));
    assertThat(resolve("Kim will return on Monday.", SUNDAY)).isEqualTo(day(2023, 9, 18));
  }

  @Test
  void shouldReadSameDayAnchors() {
    assertThat(resolve("Putin spoke earlier in the day.", MONDAY)).isEqualTo(day(2023, 9, 11));
    assertThat(resolve("Putin spoke today.", MONDAY)).isEqualTo(day(2023, 9, 11));
    assertThat(resolve("Putin spoke yesterday.", MONDAY)).isEqualTo(day(2023, 9, 10));
    assertThat(resolve("Putin will speak tomorrow.", MONDAY)).isEqualTo(day(2023, 9, 12));
  }

  @Test
  void shouldReadWeeksRelativeToPublication() {
    assertThat(resolve("Kim met officials earlier this week.", WEDNESDAY))
        .isEqualTo(range("2023-08-28", "2023-08-29", DatePrecision.RANGE));
    assertThat(resolve("Kim met officials last week.", WEDNESDAY))
        .isEqualTo(range("2023-08-21", "2023-08-27", DatePrecision.RANGE));
    assertThat(resolve("Kim met officials last week.", SUNDAY)).as("a Sunday is the end of its own week")
        .isEqualTo(range("2023-09-04", "2023-09-10", DatePrecision.RANGE));
    assertThat(resolve("Kim met officials earlier this week.", SUNDAY))
        .isEqualTo(range("2023-09-11", "2023-09-16", DatePrecision.RANGE));
    assertThat(resolve("Kim will travel next week.", WEDNESDAY))
        .isEqualTo(range("2023-09-04", "2023-09-10", DatePrecision.RANGE));
    assertThat(resolve("The parade was held at the weekend.", MONDAY))
        .isEqualTo(range("2023-09-09", "2023-09-10", DatePrecision.RANGE));
  }

  @Test
  void shouldReadMonthsRelativeToPublicationAcrossAYearBoundary() {
    assertThat(resolve("The drills took place last month.", LocalDate.of(2024, 1, 15)))
        .isEqualTo(range("2023-12-01", "2023-12-31", DatePrecision.MONTH));
    assertThat(resolve("The drills took place early this month.", WEDNESDAY))
        .isEqualTo(range("2023-08-01", "2023-08-10", DatePrecision.RANGE));
    assertThat(resolve("The drills took place earlier this month.", WEDNESDAY))
        .isEqualTo(range("2023-08-01", "2023-08-29", DatePrecision.RANGE));
  }

  @Test
  void shouldReadYearsRelativeToPublication() {
    assertThat(resolve("Late last year, the White House made a claim.", WEDNESDAY))
        .isEqualTo(range("2022-10-01", "2022-12-31", DatePrecision.QUARTER));
    assertThat(resolve("Earlier this year, the two sides met.", WEDNESDAY))
        .isEqualTo(range("2023-01-01", "2023-08-29", DatePrecision.RANGE));
    assertThat(resolve("They met last year.", WEDNESDAY))
        .isEqualTo(range("2022-01-01", "2022-12-31", DatePrecision.YEAR));
  }

  @Test
  void shouldBoundVagueExpressionsByPublication() {
    assertThat(resolve("Shoigu, during a recent visit to Pyongyang, made demands.", WEDNESDAY))
        .isEqualTo(range(null, "2023-08-30", DatePrecision.ON_OR_BEFORE));
    assertThat(expression("Shoigu, during a recent visit to Pyongyang, made demands.")).isEqualTo("during a recent visit");
    assertThat(resolve("Prigozhin was recently killed.", WEDNESDAY))
        .isEqualTo(range(null, "2023-08-30", DatePrecision.ON_OR_BEFORE));
  }

  @Test
  void shouldCountBackFromPublicationWithoutGuessingADay() {
    assertThat(resolve("They met three days ago.", WEDNESDAY)).isEqualTo(day(2023, 8, 27));
    assertThat(resolve("They met two weeks ago.", WEDNESDAY))
        .isEqualTo(range("2023-08-14", "2023-08-20", DatePrecision.RANGE));
    assertThat(resolve("They met a month ago.", WEDNESDAY))
        .isEqualTo(range("2023-07-01", "2023-07-31", DatePrecision.MONTH));
  }

  @Test
  void shouldReadADayOfTheMonthAlone() {
    assertThat(resolve("The leaders met on the 13th.", LocalDate.of(2023, 9, 20))).isEqualTo(day(2023, 9, 13));
    assertThat(resolve("The leaders met on the 28th.", LocalDate.of(2023, 9, 20))).isEqualTo(day(2023, 8, 28));
    assertThat(resolve("The leaders will meet on the 2nd.", LocalDate.of(2023, 9, 20))).isEqualTo(day(2023, 10, 2));
  }

  @Test
  void shouldDateANationalDayFromTheGazetteer() {
    assertThat(resolve("A message was sent on North Korea's national day.", MONDAY)).isEqualTo(day(2023, 9, 9));
    assertThat(resolve("A message was sent on North Korea's national day.", LocalDate.of(2023, 9, 1)))
        .isEqualTo(day(2022, 9, 9));
  }

  @Test
  void shouldReadSeasons() {
    assertThat(resolve("Kim toured the region last summer.", LocalDate.of(2023, 2, 1)))
        .isEqualTo(range("2022-06-01", "2022-08-31", DatePrecision.RANGE));
  }

  @Test
  void shouldKeepTheAnchorPhraseOfARelation() {
    ParsedSentence sentence = ParsedSentence.of("The leaders exchanged the letters following Mr Shoigu's visit.");

    AnchoredExpression relation = (AnchoredExpression) NORMALISER.find(sentence).get(0);

    assertThat(relation.text()).isEqualTo("following Mr Shoigu's visit");
    assertThat(sentence.text(relation.anchorStart(), relation.anchorEnd())).isEqualTo("Mr Shoigu's visit");
    assertThat(relation.apply(DateInterval.onOrBefore(WEDNESDAY), new TemporalContext(WEDNESDAY, Tense.PAST)))
        .isEqualTo(range(null, "2023-08-30", DatePrecision.ON_OR_BEFORE));
  }

  @Test
  void shouldShiftByAnOffsetFromTheAnchor() {
    ParsedSentence sentence = ParsedSentence.of("Two days later, the leaders met again.");

    AnchoredExpression offset = (AnchoredExpression) NORMALISER.find(sentence).get(0);

    assertThat(offset.hasAnchorPhrase()).isFalse();
    assertThat(offset.apply(day(2023, 9, 13), new TemporalContext(SUNDAY, Tense.PAST))).isEqualTo(day(2023, 9, 15));
  }

  @Test
  void shouldStretchADayIntoTheRangeOfADuration() {
    ParsedSentence sentence = ParsedSentence.of("Lavrov began a three-day visit to Pyongyang on Tuesday.");

    DurationExpression duration = NORMALISER.find(sentence).stream()
        .filter(DurationExpression.class::isInstance).map(DurationExpression.class::cast).findFirst().orElseThrow();

    assertThat(duration.apply(day(2023, 10, 17))).isEqualTo(range("2023-10-17", "2023-10-19", DatePrecision.RANGE));
  }

  @Test
  void shouldDateAnArticleInTheOutletsOwnZone() {
    TemporalContext context = TemporalContext.of(java.time.OffsetDateTime.parse("2023-08-30T23:30-04:00").toInstant(),
        java.time.ZoneId.of("America/New_York"), Tense.PAST);

    assertThat(context.published()).isEqualTo(LocalDate.of(2023, 8, 30));
  }

  @Test
  void shouldFindNothingInASentenceWithoutTimeWords() {
    assertThat(NORMALISER.find(ParsedSentence.of("Russia is looking to North Korea for munitions."))).isEmpty();
  }
}

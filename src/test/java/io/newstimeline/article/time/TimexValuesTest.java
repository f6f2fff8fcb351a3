package io.newstimeline.article.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.DatePrecision;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TimexValuesTest {

  private static DateInterval range(String from, String to) {
    return DateInterval.range(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void shouldWriteDaysWeeksWeekendsMonthsAndYears() {
    assertThat(TimexValues.of(DateInterval.day(LocalDate.of(2013, 3, 22)))).hasValue("2013-03-22");
    assertThat(TimexValues.of(range("2013-03-11", "2013-03-17"))).hasValue("2013-W11");
    assertThat(TimexValues.of(range("2013-03-16", "2013-03-17"))).hasValue("2013-W11-WE");
    assertThat(TimexValues.of(DateInterval.month(YearMonth.of(2013, 3)))).hasValue("2013-03");
    assertThat(TimexValues.of(range("2013-03-01", "2013-03-10"))).as("early March").hasValue("2013-03");
    assertThat(TimexValues.of(DateInterval.year(2013))).hasValue("2013");
  }

  @Test
  void shouldWriteQuartersHalvesAndSeasons() {
    assertThat(TimexValues.of(DateInterval.quarter(2013, 1))).hasValue("2013-Q1");
    assertThat(TimexValues.of(range("2013-07-01", "2013-12-31"))).hasValue("2013-H2");
    assertThat(TimexValues.of(range("2013-06-01", "2013-08-31"))).hasValue("2013-SU");
    assertThat(TimexValues.of(range("2012-12-01", "2013-02-28"))).hasValue("2012-WI");
  }

  @Test
  void shouldUseTheIsoWeekYearAtTheTurnOfTheYear() {
    assertThat(TimexValues.of(range("2012-12-31", "2013-01-06"))).hasValue("2013-W01");
  }

  @Test
  void shouldGiveNoValueToOpenOrCrossYearIntervals() {
    assertThat(TimexValues.of(DateInterval.onOrBefore(LocalDate.of(2013, 3, 22)))).isEmpty();
    assertThat(TimexValues.of(range("2012-11-15", "2013-01-20"))).isEmpty();
    assertThat(TimexValues.of(new DateInterval(LocalDate.of(2013, 3, 1), null, DatePrecision.RANGE))).isEmpty();
  }
}

package io.newstimeline.article.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.TestArticles;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TIMEX3 values and governing tense of date expressions, through {@link ArticleDates}. */
class DateValuesTest {

  private static final ArticleDates DATES = new ArticleDates(TemporalNormaliser.standard(Map.of("russia",
      MonthDay.of(6, 12))));

  /** Values of the dates in {@code body}, published on Wednesday 30 August 2023 in London. */
  private static List<String> values(String body) {
    return DATES.of(TestArticles.london(body)).stream().map(DateMention::value).toList();
  }

  private static List<String> texts(String body) {
    return DATES.of(TestArticles.london(body)).stream().map(DateMention::text).toList();
  }

  @Test
  void shouldNameQuartersAndHalves() {
    assertThat(values("Profit fell in the first quarter of 2023 and in the third quarter of last year."))
        .containsExactly("2023-Q1", "2022-Q3");
    assertThat(values("Third-quarter sales rose.")).containsExactly("2023-Q3");
    assertThat(values("Sales fell in the last quarter.")).containsExactly("2023-Q2");
    assertThat(values("The plant opens in the second half of next year.")).containsExactly("2024-H2");
    assertThat(values("Output doubled in Q2 2022.")).containsExactly("2022-Q2");
  }

  @Test
  void shouldTakeAYearAloneUnlessItCountsSomething() {
    assertThat(values("2022 was a hard year for the airline.")).containsExactly("2022");
    assertThat(values("The firm will cut 2000 jobs.")).isEmpty();
    assertThat(values("It cost $2000 to repair.")).isEmpty();
    assertThat(values("Sales rose in the 2008-2009 season.")).isEmpty();
  }

  @Test
  void shouldNameTheUnitOfAPartOfIt() {
    assertThat(values("Talks began in early June.")).containsExactly("2023-06");
    assertThat(values("The deal closed in late 2021.")).containsExactly("2021");
    assertThat(values("Prices rose earlier this month.")).containsExactly("2023-08");
    assertThat(values("Shares fell earlier this week.")).containsExactly("2023-W35");
    assertThat(values("Results are due at the end of the year.")).containsExactly("2023");
  }

  @Test
  void shouldGiveVagueReferencesTheirTimexValue() {
    assertThat(values("The company is currently reviewing the plan.")).containsExactly("PRESENT_REF");
    assertThat(values("He has recently visited the plant.")).containsExactly("PAST_REF");
    assertThat(values("Prices will rise in the future.")).containsExactly("FUTURE_REF");
    assertThat(values("The model was popular in the 1990s.")).containsExactly("199");
  }

  @Test
  void shouldTakeABareCapitalisedMonthButNotTheVerbs() {
    assertThat(values("January sales were weak.")).containsExactly("2023-01");
    assertThat(texts("Officials may meet again. They march on.")).isEmpty();
  }

  @Test
  void shouldResolveByTheVerbThatGovernsTheDate() {
    // Published on a Wednesday: "said Friday" is the Friday before, though the sentence speaks of the future.
    assertThat(values("The company will pay $57 million, an official said Friday.")).containsExactly("2023-08-25");
    assertThat(values("The contract may be signed on September 12.")).containsExactly("2023-09-12");
    assertThat(values("A June 3 hearing has been scheduled.")).containsExactly("2024-06-03");
    assertThat(values("Apple announced today another event to be held on October 12.")).containsExactly(
        "2023-08-30", "2023-10-12");
    assertThat(values("Apple announced on Monday that it will hold an event.")).containsExactly("2023-08-28");
  }
}

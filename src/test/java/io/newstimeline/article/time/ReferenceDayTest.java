package io.newstimeline.article.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.TestArticles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferenceDayTest {

  @Test
  void shouldTakeTheDatelineDayOverALaterPublication() {
    // Published Wednesday 30 August; the wire story is datelined the Monday.
    assertThat(ReferenceDay.of(TestArticles.london("SEOUL, Aug 28 (Reuters) - North Korea said on Sunday ...")))
        .isEqualTo(LocalDate.of(2023, 8, 28));
    assertThat(ReferenceDay.of(TestArticles.london("Headline\nMOSCOW, August 28, 2023 -- The Kremlin said ...")))
        .isEqualTo(LocalDate.of(2023, 8, 28));
  }

  @Test
  void shouldTakeADatelineOfTheYearBeforeAtTheTurnOfTheYear() {
    assertThat(ReferenceDay.of(TestArticles.article("2024-01-02T09:00:00Z", "UTC",
        "WASHINGTON, Dec. 31 (AP) -- Officials said ..."))).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void shouldFallBackToThePublicationDayInTheOutletsZone() {
    assertThat(ReferenceDay.of(TestArticles.london("Officials said on Sunday that ...")))
        .isEqualTo(LocalDate.of(2023, 8, 30));
    assertThat(ReferenceDay.of(TestArticles.london("Paris, the capital, said nothing -- as usual.")))
        .isEqualTo(LocalDate.of(2023, 8, 30));
  }
}

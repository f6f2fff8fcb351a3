package io.newstimeline.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventOrigin;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.Modality;
import io.newstimeline.avro.NewsEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static final String SENTENCE = "Shoigu, during a recent visit, urged sales, Kirby said.";
  private static final LocalDate DAY = LocalDate.of(2023, 8, 30);

  private static GoldEvent gold(LocalDate start, LocalDate end, DatePrecision precision, String tier, String... actors) {
    return new GoldEvent(start, end, precision, List.of(actors), "summary", SENTENCE, null, tier);
  }

  private static NewsEvent extracted(EventType type, LocalDate start, LocalDate end, DatePrecision precision,
      String evidence, String... actors) {
    return new NewsEvent("id-" + type, "a", "Outlet", null, type,
        java.util.Arrays.stream(actors).map(name -> new Actor(name, name, ActorKind.PERSON)).toList(),
        new EventDate(start, end, precision, null), "summary", evidence, 0, evidence.length(), Instant.EPOCH, null,
        EventOrigin.EXTRACTED, false, Modality.REPORTED);
  }

  @Test
  void shouldMatchEachGoldEventOnceWhenTwoShareASentence() {
    List<GoldEvent> gold = List.of(
        gold(DAY, DAY, DatePrecision.DAY, "fixed", "John Kirby", "Sergei Shoigu"),
        gold(null, DAY, DatePrecision.ON_OR_BEFORE, "bounded", "Sergei Shoigu", "North Korea"));
    List<NewsEvent> extracted = List.of(
        extracted(EventType.VISIT, null, DAY, DatePrecision.ON_OR_BEFORE, "Shoigu,  during a recent visit, urged sales,"
            + " Kirby said.", "Sergei Shoigu", "North Korea"),
        extracted(EventType.STATEMENT, DAY, DAY, DatePrecision.DAY, SENTENCE, "John Kirby"));

    Evaluation result = new Evaluator().add("a", gold, extracted).result();

    assertThat(result.fixed()).isEqualTo(new TierScore("fixed", 1, 1, 1, 1, 1, 1, 2));
    assertThat(result.bounded()).isEqualTo(new TierScore("bounded", 1, 1, 1, 1, 2, 2, 2));
    assertThat(result.overall().recall()).isEqualTo(1.0);
    assertThat(result.overall().actorPrecision()).isEqualTo(1.0);
    assertThat(result.overall().actorRecall()).isEqualTo(0.75);
  }

  @Test
  void shouldCountAWrongDateAgainstDateAccuracyAndAnUnmatchedEventAgainstItsOwnTier() {
    List<GoldEvent> gold = List.of(gold(DAY, DAY, DatePrecision.DAY, "fixed", "John Kirby"));
    List<NewsEvent> extracted = List.of(
        extracted(EventType.STATEMENT, DAY.minusDays(1), DAY.minusDays(1), DatePrecision.DAY, SENTENCE, "John Kirby"),
        extracted(EventType.DEATH, null, DAY, DatePrecision.ON_OR_BEFORE, "Another sentence.", "Yevgeny Prigozhin"));

    Evaluation result = new Evaluator().add("a", gold, extracted).result();

    assertThat(result.fixed()).isEqualTo(new TierScore("fixed", 1, 1, 0, 1, 0, 0, 0));
    assertThat(result.bounded()).isEqualTo(new TierScore("bounded", 0, 1, 0, 0, 0, 0, 0));
    assertThat(result.fixed().dateAccuracy()).isEqualTo(0.0);
    assertThat(result.misses()).hasSize(2);
  }

  @Test
  void shouldReadGoldMonthBoundsAsTheirFirstAndLastDays() {
    assertThat(GoldFiles.bound(new TextNode("2022-10"), true)).isEqualTo(LocalDate.of(2022, 10, 1));
    assertThat(GoldFiles.bound(new TextNode("2022-12"), false)).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(GoldFiles.bound(new TextNode("2023"), false)).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(GoldFiles.bound(new TextNode("2023-09-09"), true)).isEqualTo(LocalDate.of(2023, 9, 9));
  }

  @Test
  void shouldPrintAFixedWidthTable() {
    Evaluation result = new Evaluator().add("a",
        List.of(gold(DAY, DAY, DatePrecision.DAY, "fixed", "John Kirby")),
        List.of(extracted(EventType.STATEMENT, DAY, DAY, DatePrecision.DAY, SENTENCE, "John Kirby"))).result();

    assertThat(result.table()).isEqualTo(String.join(System.lineSeparator(),
        "tier      gold extracted matched  recall precision date-acc actor-P actor-R actor-F1",
        "fixed        1         1       1    1.00      1.00     1.00    1.00    1.00     1.00",
        "bounded      0         0       0    1.00      1.00     1.00    1.00    1.00     1.00",
        "overall      1         1       1    1.00      1.00     1.00    1.00    1.00     1.00", ""));
  }
}

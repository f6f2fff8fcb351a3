package io.newstimeline.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.TestArticles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Holds extraction to every seed event exactly, and to a lower bar on the invented articles. */
class GoldEvaluationTest {

  private static final ArticleEvents EVENTS = ArticleEvents.using(TestArticles.gazetteer());

  @Test
  void shouldMeetTheTargetsOnTheSeedArticles() {
    Evaluation evaluation = SeedEvaluation.run(Path.of("seeds"), Path.of("src/test/resources/gold"), EVENTS);

    // Exact: every seed event found, none extra, each dated right with the right actors.
    assertThat(evaluation.overall().matched()).as(evaluation.table()).isEqualTo(evaluation.overall().gold());
    assertThat(evaluation.overall().recall()).as(evaluation.table()).isEqualTo(1.0);
    assertThat(evaluation.overall().precision()).as(evaluation.table()).isEqualTo(1.0);
    assertThat(evaluation.overall().dateAccuracy()).as(evaluation.table()).isEqualTo(1.0);
    assertThat(evaluation.overall().actorF1()).as(evaluation.table()).isEqualTo(1.0);
  }

  @Test
  void shouldGeneraliseToTheInventedArticles() {
    Evaluation evaluation = SeedEvaluation.run(Path.of("src/test/resources/articles"),
        Path.of("src/test/resources/expected"), EVENTS);

    assertThat(evaluation.overall().recall()).as(evaluation.table()).isGreaterThanOrEqualTo(0.8);
    assertThat(evaluation.overall().precision()).as(evaluation.table()).isGreaterThanOrEqualTo(0.8);
    assertThat(evaluation.overall().dateAccuracy()).as(evaluation.table()).isGreaterThanOrEqualTo(0.9);
    assertThat(evaluation.overall().actorF1()).as(evaluation.table()).isGreaterThanOrEqualTo(0.85);
  }
}

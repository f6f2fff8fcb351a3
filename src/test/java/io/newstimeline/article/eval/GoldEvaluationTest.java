package io.newstimeline.article.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.TestArticles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Holds extraction to the project's targets on the seed articles, and to a lower bar on the invented ones. */
class GoldEvaluationTest {

  private static final ArticleEvents EVENTS = ArticleEvents.using(TestArticles.gazetteer());

  @Test
  void shouldMeetTheTargetsOnTheSeedArticles() {
    Evaluation evaluation = SeedEvaluation.run(Path.of("seeds"), Path.of("src/test/resources/gold"), EVENTS);

    assertThat(evaluation.fixed().recall()).as(evaluation.table()).isGreaterThanOrEqualTo(0.9);
    assertThat(evaluation.fixed().precision()).as(evaluation.table()).isGreaterThanOrEqualTo(0.9);
    assertThat(evaluation.bounded().matched()).as(evaluation.table()).isEqualTo(evaluation.bounded().gold());
    assertThat(evaluation.overall().actorF1()).as(evaluation.table()).isGreaterThanOrEqualTo(0.9);
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

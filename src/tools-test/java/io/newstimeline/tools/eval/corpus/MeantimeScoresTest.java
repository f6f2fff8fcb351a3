package io.newstimeline.tools.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.TestArticles;
import io.newstimeline.testing.Corpora;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds date and participant extraction to the scores it reaches on MEANTIME (CC BY 4.0, © 2015 FBK, VUA,
 * UPV/EHU), read from the corpora directory ({@link Corpora}; skipped without it): each floor sits a little below the measured
 * score, so a regression fails and an improvement does not.
 */
class MeantimeScoresTest {

  private static CorpusEvaluation evaluation;

  @BeforeAll
  static void evaluate() {
    evaluation = CorpusEvaluation.run(Corpora.meantime(), TestArticles.gazetteer());
  }

  @Test
  void shouldScoreEveryCorpusOverTheWholeAnnotation() {
    assertThat(evaluation.corpora()).extracting(CorpusScores::corpus).containsExactly("airbus", "apple", "gm");
    assertThat(evaluation.overall().documents()).isEqualTo(90);
    assertThat(evaluation.overall().dates().gold()).isEqualTo(284);
  }

  @Test
  void shouldKeepTheDateValueF1() {
    assertThat(evaluation.overall().dates().valueF1()).as(evaluation.table()).isGreaterThanOrEqualTo(0.86);
    assertThat(evaluation.overall().dates().spanF1()).as(evaluation.table()).isGreaterThanOrEqualTo(0.93);
    for (CorpusScores corpus : evaluation.corpora()) {
      assertThat(corpus.dates().valueF1()).as(evaluation.table()).isGreaterThanOrEqualTo(0.82);
    }
  }

  @Test
  void shouldKeepTheEventDateAccuracy() {
    assertThat(evaluation.overall().eventDates().anchored()).isEqualTo(145);
    assertThat(evaluation.overall().eventDates().accuracy()).as(evaluation.table()).isGreaterThanOrEqualTo(0.81);
  }

  @Test
  void shouldKeepTheParticipantF1() {
    assertThat(evaluation.overall().participants().events()).as(evaluation.table()).isGreaterThan(90);
    assertThat(evaluation.overall().participants().f1()).as(evaluation.table()).isGreaterThan(0.69);
  }
}

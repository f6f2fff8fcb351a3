package io.newstimeline.tools.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.event.EventExtractor;
import io.newstimeline.testing.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SemEval-2015 Task 4 (TimeLine; CC-BY 3.0, © 2015 FBK, VUA, EHU), main track, on the corpora read
 * from {@link Corpora} (skipped without them): the scores reached are pinned just below, so a regression fails.
 */
class TimelineEvaluationTest {

  static Path semeval;

  @TempDir
  static Path output;

  static TimelineEvaluation evaluation;

  @BeforeAll
  static void run() {
    semeval = Corpora.semeval();
    evaluation = TimelineEvaluation.run(semeval, new EventExtractor(Gazetteer.load(Path.of("seeds/actors.json"))),
        output);
  }

  @Test
  void shouldScoreEveryCorpusAboveTheBestPublishedMainTrackSystemOverall() {
    assertThat(evaluation.corpora()).extracting(TimelineEvaluation.CorpusResult::corpus)
        .containsExactly("corpus_1", "corpus_2", "trial");
    assertThat(100 * evaluation.overall().f1()).isGreaterThan(8.9);
    assertThat(evaluation.corpora()).allSatisfy(corpus -> assertThat(100 * corpus.score().f1()).isGreaterThan(6.8));
  }

  @Test
  void shouldWriteOneTimelineFilePerTargetEntityInTheTaskFormat() throws IOException {
    try (Stream<Path> files = Files.list(output.resolve("corpus_1"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).contains("airbus.txt",
          "boeing_787_dreamliner.txt", "louis_gallois.txt");
    }
    EntityTimeline airbus = EntityTimeline.read(output.resolve("corpus_1").resolve("airbus.txt"));
    assertThat(airbus.entity()).isEqualTo("Airbus");
    assertThat(airbus.positions()).isNotEmpty().allSatisfy(p -> assertThat(p.mentions())
        .allMatch(m -> m.matches("\\d+-\\d+-\\S+")));
  }

  @Test
  void shouldScoreEachGoldTimelineAgainstItselfAsOne() throws IOException {
    try (Stream<Path> corpora = Files.list(semeval)) {
      for (Path corpus : corpora.filter(Files::isDirectory).toList()) {
        try (Stream<Path> dirs = Files.list(corpus)) {
          Path gold = dirs.filter(d -> d.getFileName().toString().startsWith("TimeLines")).findFirst().orElseThrow();
          try (Stream<Path> files = Files.list(gold)) {
            for (Path file : files.toList()) {
              EntityTimeline timeline = EntityTimeline.read(file);
              TemporalAwareness.Score score = TemporalAwareness.score(timeline, timeline);
              assertThat(score.f1()).as(file.toString()).isEqualTo(score.referenceReduced() == 0 ? 0 : 1.0);
            }
          }
        }
      }
    }
    assertThat(List.of(semeval)).allMatch(Files::isDirectory);
  }
}

package io.newstimeline.tools.eval.timeline;

import io.newstimeline.InputException;
import io.newstimeline.tools.eval.cat.CatReader;
import io.newstimeline.article.event.EventExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs SemEval-2015 Task 4 (TimeLine, main track) on its corpora: for each corpus, builds the
 * timeline of every target entity from the raw documents ({@link EntityTimelines}) and scores it
 * against the gold timeline with {@link TemporalAwareness}; optionally writes the timelines in the
 * task's format.
 */
public final class TimelineEvaluation {

  /** One corpus's result. */
  public record CorpusResult(String corpus, int documents, int entities, int goldMentions, int systemMentions,
      TemporalAwareness.Score score) {
  }

  private final List<CorpusResult> corpora;

  private TimelineEvaluation(List<CorpusResult> corpora) {
    this.corpora = List.copyOf(corpora);
  }

  /**
   * Evaluates every task corpus under {@code directory} (or {@code directory} itself when it is
   * one): a directory holding raw CAT documents and a gold directory whose name starts with
   * "TimeLines", with the entity list in {@code list_target_entities*.txt} or, failing that, the
   * gold files' first lines. Writes each corpus's timelines under {@code output/<corpus>/} when
   * {@code output} is not null.
   *
   * @throws InputException when no corpus is found or a file is malformed
   */
  public static TimelineEvaluation run(Path directory, EventExtractor extractor, Path output) {
    List<CorpusResult> results = new ArrayList<>();
    for (Path corpus : corpusDirectories(directory)) {
      results.add(evaluate(corpus, extractor, output));
    }
    return new TimelineEvaluation(results);
  }

  private static CorpusResult evaluate(Path corpus, EventExtractor extractor, Path output) {
    Path gold = child(corpus, "TimeLines").orElseThrow();
    Path raw = rawDocuments(corpus).orElseThrow();
    var documents = CatReader.readCorpus(raw);
    EntityTimelines timelines = new EntityTimelines(documents, extractor);
    TemporalAwareness.Score total = TemporalAwareness.Score.NONE;
    int goldMentions = 0;
    int systemMentions = 0;
    List<String> entities = entities(corpus, gold);
    for (String entity : entities) {
      Path goldFile = gold.resolve(EntityTimeline.fileName(entity));
      if (!Files.isRegularFile(goldFile)) {
        throw new InputException(goldFile + ": no gold timeline for target entity '" + entity + "'");
      }
      EntityTimeline reference = EntityTimeline.read(goldFile);
      EntityTimeline system = timelines.of(entity);
      total = total.plus(TemporalAwareness.score(reference, system));
      goldMentions += mentions(reference);
      systemMentions += mentions(system);
      if (output != null) {
        write(output.resolve(corpus.getFileName().toString()).resolve(EntityTimeline.fileName(entity)), system);
      }
    }
    return new CorpusResult(corpus.getFileName().toString(), documents.size(), entities.size(), goldMentions,
        systemMentions, total);
  }

  private static int mentions(EntityTimeline timeline) {
    return timeline.positions().stream().mapToInt(p -> p.mentions().size()).sum();
  }

  private static void write(Path file, EntityTimeline timeline) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, timeline.format(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file + ": cannot write timeline (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** The target entities: the task's list when the corpus has one, else the gold timelines' first lines. */
  private static List<String> entities(Path corpus, Path gold) {
    Set<String> entities = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(corpus)) {
      Optional<Path> list = files.filter(f -> f.getFileName().toString().startsWith("list_target_entities"))
          .findFirst();
      if (list.isPresent()) {
        for (String line : Files.readAllLines(list.get(), StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            entities.add(line.strip());
          }
        }
        return List.copyOf(entities);
      }
      try (Stream<Path> goldFiles = Files.list(gold)) {
        for (Path file : goldFiles.sorted().toList()) {
          entities.add(EntityTimeline.read(file).entity());
        }
      }
      return List.copyOf(entities);
    } catch (IOException e) {
      throw new InputException(corpus + ": cannot list (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static List<Path> corpusDirectories(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new InputException(directory + ": not a directory");
    }
    if (isCorpus(directory)) {
      return List.of(directory);
    }
    try (Stream<Path> entries = Files.list(directory)) {
      List<Path> corpora = entries.filter(Files::isDirectory).filter(TimelineEvaluation::isCorpus).sorted().toList();
      if (corpora.isEmpty()) {
        throw new InputException(directory + ": no TimeLine corpus (raw CAT documents beside a TimeLines gold directory)");
      }
      return corpora;
    } catch (IOException e) {
      throw new InputException(directory + ": cannot list (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static boolean isCorpus(Path directory) {
    return child(directory, "TimeLines").isPresent() && rawDocuments(directory).isPresent();
  }

  private static Optional<Path> child(Path directory, String prefix) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(prefix)).sorted()
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The directory of raw documents: the one (not the gold) holding .xml files. */
  private static Optional<Path> rawDocuments(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path dir : entries.filter(Files::isDirectory).sorted().toList()) {
        if (dir.getFileName().toString().startsWith("TimeLines")) {
          continue;
        }
        try (Stream<Path> files = Files.list(dir)) {
          if (files.anyMatch(f -> f.getFileName().toString().endsWith(".xml"))) {
            return Optional.of(dir);
          }
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The per-corpus results, in directory order. */
  public List<CorpusResult> corpora() {
    return corpora;
  }

  /** All corpora together (micro average). */
  public TemporalAwareness.Score overall() {
    TemporalAwareness.Score total = TemporalAwareness.Score.NONE;
    for (CorpusResult result : corpora) {
      total = total.plus(result.score());
    }
    return total;
  }

  /** The plain-text table: one row per corpus, then overall; P, R and F1 on the task's 0-100 scale. */
  public String table() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %5s %8s %9s %8s %7s %7s %7s%n",
        "corpus", "docs", "entities", "gold-ev", "sys-ev", "P", "R", "F1"));
    int documents = 0;
    int entities = 0;
    int gold = 0;
    int system = 0;
    for (CorpusResult result : corpora) {
      out.append(row(result.corpus(), result.documents(), result.entities(), result.goldMentions(),
          result.systemMentions(), result.score()));
      documents += result.documents();
      entities += result.entities();
      gold += result.goldMentions();
      system += result.systemMentions();
    }
    out.append(row("overall", documents, entities, gold, system, overall()));
    out.append("Temporal awareness (SemEval-2015 Task 4, main track): relations of the timelines' reduced graphs"
        + " implied by the other side's closure, micro-averaged over target entities.\n");
    return out.toString();
  }

  private static String row(String name, int documents, int entities, int gold, int system,
      TemporalAwareness.Score score) {
    return String.format(Locale.ROOT, "%-10s %5d %8d %9d %8d %7.2f %7.2f %7.2f%n", name, documents, entities, gold,
        system, 100 * score.precision(), 100 * score.recall(), 100 * score.f1());
  }
}

package io.newstimeline.tools.eval.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstimeline.InputException;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.tools.eval.cat.CatReader;
import io.newstimeline.article.event.EventExtractor;
import io.newstimeline.article.event.MentionDating;
import io.newstimeline.article.event.TriggerLexicon;
import io.newstimeline.article.time.ArticleDates;
import io.newstimeline.article.time.TemporalNormaliser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores extraction on annotated CAT corpora (MEANTIME): per corpus and overall, DATE value F1,
 * event-date accuracy and participant P/R/F1, with the misses for the development loop.
 */
public final class CorpusEvaluation {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<CorpusScores> corpora;
  private final CorpusScores overall;
  private final List<String> misses;

  private CorpusEvaluation(List<CorpusScores> corpora, List<String> misses) {
    this.corpora = List.copyOf(corpora);
    CorpusScores sum = CorpusScores.empty("overall");
    for (CorpusScores row : corpora) {
      sum = sum.plus("overall", row);
    }
    this.overall = sum;
    this.misses = List.copyOf(misses);
  }

  /**
   * Scores every corpus under {@code directory}: each sub-directory holding CAT {@code .xml} files
   * (as MEANTIME's {@code corpus_airbus}, named without the {@code corpus_} prefix), or the directory
   * itself when it holds them.
   *
   * Actors are recognised with {@code gazetteer}, dates resolved with its national days.
   *
   * @throws InputException when the directory holds no CAT corpus or a file is malformed
   */
  public static CorpusEvaluation run(Path directory, Gazetteer gazetteer) {
    List<Path> corpusDirs = corpusDirectories(directory);
    TemporalNormaliser times = TemporalNormaliser.standard(gazetteer.nationalDays());
    DocumentScorer scorer = new DocumentScorer(new ArticleDates(times), new MentionDating(times),
        new EventExtractor(gazetteer, TriggerLexicon.standard(), times));
    List<CorpusScores> rows = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (Path corpusDir : corpusDirs) {
      String name = corpusDir.getFileName().toString().replaceFirst("^corpus_", "");
      CorpusScores row = CorpusScores.empty(name);
      for (var document : CatReader.readCorpus(corpusDir)) {
        row = row.plus(name, scorer.score(CatArticle.of(document), misses));
      }
      rows.add(row);
    }
    return new CorpusEvaluation(rows, misses);
  }

  private static List<Path> corpusDirectories(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new InputException(directory + ": not a directory");
    }
    try (Stream<Path> entries = Files.list(directory)) {
      List<Path> all = entries.sorted().toList();
      if (all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".xml"))) {
        return List.of(directory);
      }
      List<Path> corpora = new ArrayList<>();
      for (Path dir : all) {
        if (Files.isDirectory(dir) && hasXml(dir)) {
          corpora.add(dir);
        }
      }
      if (corpora.isEmpty()) {
        throw new InputException(directory + ": no CAT corpus (.xml files, or directories of them)");
      }
      return corpora;
    } catch (IOException e) {
      throw new InputException(directory + ": cannot list (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static boolean hasXml(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".xml"));
    }
  }

  /** The per-corpus rows, in directory order. */
  public List<CorpusScores> corpora() {
    return corpora;
  }

  /** All corpora together. */
  public CorpusScores overall() {
    return overall;
  }

  /** One line per wrong or missed date, mis-dated event and mismatched actor list, for the development loop. */
  public List<String> misses() {
    return misses;
  }

  /** The plain-text table: one row per corpus, then overall. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-10s %5s | %5s %5s %6s %6s %6s %6s | %5s %8s | %5s %8s | %6s %6s %6s %6s%n",
        "corpus", "docs", "gold", "found", "span", "val-P", "val-R", "val-F1", "events", "date-acc", "at-dct",
        "dct-acc", "found", "par-P", "par-R", "par-F1"));
    for (CorpusScores row : corpora) {
      out.append(row(row));
    }
    out.append(row(overall));
    out.append("DATE value F1: relaxed span match x equal TIMEX3 value, title + first five sentences.\n");
    out.append("date-acc: gold events anchored to a date in the text, dated to its value;"
        + " dct-acc: those anchored to the creation time.\n");
    out.append("par-P/R/F1: actors of extracted events that find a gold event mention (found) against its named"
        + " PER/ORG participants.\n");
    return out.toString();
  }

  private static String row(CorpusScores row) {
    DateValueScore d = row.dates();
    ParticipantScore p = row.participants();
    return String.format(Locale.ROOT,
        "%-10s %5d | %5d %5d %6.3f %6.3f %6.3f %6.3f | %6d %8.3f | %5d %8.3f | %6d %6.3f %6.3f %6.3f%n",
        row.corpus(), row.documents(), d.gold(), d.found(), d.spanF1(), d.valuePrecision(), d.valueRecall(),
        d.valueF1(), row.eventDates().anchored(), row.eventDates().accuracy(), row.creationDates().anchored(),
        row.creationDates().accuracy(), p.events(), p.precision(), p.recall(), p.f1());
  }

  /** The scores as JSON: {@code corpora} (one object per corpus) and {@code overall}. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode rows = root.putArray("corpora");
    corpora.forEach(row -> rows.add(json(row)));
    root.set("overall", json(overall));
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Scores are plain numbers and always serialise", e);
    }
  }

  private static ObjectNode json(CorpusScores row) {
    ObjectNode node = JSON.createObjectNode();
    node.put("corpus", row.corpus());
    node.put("documents", row.documents());
    DateValueScore d = row.dates();
    ObjectNode dates = node.putObject("dates");
    dates.put("gold", d.gold());
    dates.put("found", d.found());
    dates.put("spanF1", round(d.spanF1()));
    dates.put("valuePrecision", round(d.valuePrecision()));
    dates.put("valueRecall", round(d.valueRecall()));
    dates.put("valueF1", round(d.valueF1()));
    node.set("eventDates", json(row.eventDates()));
    node.set("creationTimeEventDates", json(row.creationDates()));
    ParticipantScore p = row.participants();
    ObjectNode participants = node.putObject("participants");
    participants.put("events", p.events());
    participants.put("extracted", p.extracted());
    participants.put("gold", p.gold());
    participants.put("matched", p.matched());
    participants.put("precision", round(p.precision()));
    participants.put("recall", round(p.recall()));
    participants.put("f1", round(p.f1()));
    return node;
  }

  private static ObjectNode json(EventDateScore score) {
    ObjectNode node = JSON.createObjectNode();
    node.put("anchored", score.anchored());
    node.put("dated", score.dated());
    node.put("correct", score.correct());
    node.put("accuracy", round(score.accuracy()));
    return node;
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}

package io.newstimeline.tools.eval.ecbplus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstimeline.InputException;
import io.newstimeline.tools.eval.cat.CatDocument;
import io.newstimeline.tools.eval.cat.CatMention;
import io.newstimeline.tools.eval.cat.CatRelation;
import io.newstimeline.tools.eval.cat.CatText;
import io.newstimeline.article.event.EventExtractor;
import io.newstimeline.article.event.TracedEvent;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.SourceReport;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.timeline.TimelineModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores extraction and the timeline's merge on ECB+ (CC BY 3.0), inside the sentences the corpus lists
 * as fully annotated, per topic range: development (topics 1–{@value #LAST_DEVELOPMENT_TOPIC}), held-out
 * (the later ones) and overall.
 *
 * <ul>
 *   <li><b>Actions</b>: an extracted event's trigger finds a gold action mention ({@code ACTION_*},
 *       {@code NEG_ACTION_*}) when their tokens overlap; one to one, in reading order.
 *   <li><b>Participants</b>: in the scored sentences where the extractor found an event, the actors'
 *       mentions against the gold human participants ({@code HUMAN_PART_PER}, {@code _ORG}, {@code _GPE})
 *       that are named (hold a capitalised word other than a pronoun or determiner), one to one by overlap.
 *   <li><b>Cross-document event coreference</b>, on the gold action mentions the extractor found: the
 *       key groups them by their ECB+ chain (CROSS_DOC_COREF instance, else INTRA_DOC_COREF instance,
 *       else a singleton); the merge's response groups them by the timeline entry
 *       ({@link TimelineModel#entries}, the model the topology is held to) that their reports join when
 *       all reports of the topic are merged; the baseline's groups them by the lemma of their head word.
 *       Extracted events that find no gold mention are left out of both sides: the question is whether
 *       the mentions found are grouped right; finding them is the actions row.
 * </ul>
 *
 * <p>ECB+ documents carry no publication date, so every document is read as published on
 * {@link #REFERENCE_DAY}: relative dates ("on Tuesday") and dates by tense alone resolve against the
 * same day in every article, so they neither join nor separate reports of different articles; dates
 * written with their year resolve to themselves.
 */
public final class EcbEvaluation {

  /** The last topic of the development range; later topics are held out. */
  public static final int LAST_DEVELOPMENT_TOPIC = 25;
  /** The day every ECB+ document is read as published on (the corpus has no publication dates). */
  public static final LocalDate REFERENCE_DAY = LocalDate.of(2010, 1, 1);

  private static final Set<String> HUMAN = Set.of("HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE");
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "they", "his", "her", "their",
      "its", "it", "we", "i", "you", "this", "that", "these", "those", "our", "my", "some", "all", "both");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One topic's scores and partitions. */
  public record TopicResult(int topic, int documents, MentionScore actions, MentionScore participants,
      List<Set<String>> key, List<Set<String>> merge, List<Set<String>> lemma) {

    public CorefScores mergeScores() {
      return CorefMetrics.score(key, merge);
    }

    public CorefScores lemmaScores() {
      return CorefMetrics.score(key, lemma);
    }
  }

  /** The scores of a range of topics; coreference over the union of their partitions. */
  public record RangeScores(String range, List<Integer> topics, int documents, MentionScore actions,
      MentionScore participants, int corefMentions, CorefScores merge, CorefScores lemma,
      TopicResult worstActions, TopicResult worstMerge) {
  }

  private final List<TopicResult> topics;
  private final List<RangeScores> ranges;
  private final List<String> misses;

  private EcbEvaluation(List<TopicResult> topics, List<String> misses) {
    this.topics = List.copyOf(topics);
    this.misses = List.copyOf(misses);
    List<RangeScores> rows = new ArrayList<>();
    rows.add(range("dev 1-" + LAST_DEVELOPMENT_TOPIC,
        topics.stream().filter(t -> t.topic() <= LAST_DEVELOPMENT_TOPIC).toList()));
    rows.add(range("held-out " + (LAST_DEVELOPMENT_TOPIC + 1) + "+",
        topics.stream().filter(t -> t.topic() > LAST_DEVELOPMENT_TOPIC).toList()));
    rows.add(range("overall", topics));
    this.ranges = rows.stream().filter(r -> !r.topics().isEmpty()).toList();
  }

  /**
   * Reads ECB+ from {@code directory} and scores {@code extractor} on it.
   *
   * @throws InputException when the directory is no ECB+ corpus or a file is malformed
   */
  public static EcbEvaluation run(Path directory, EventExtractor extractor) {
    List<TopicResult> results = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (EcbCorpus.Topic topic : EcbCorpus.read(directory)) {
      results.add(topic(topic, extractor, misses));
    }
    return new EcbEvaluation(results, misses);
  }

  private static TopicResult topic(EcbCorpus.Topic topic, EventExtractor extractor, List<String> misses) {
    MentionScore actions = MentionScore.NONE;
    MentionScore participants = MentionScore.NONE;
    // Misses are listed for development topics only: held-out topics are scored, never inspected.
    boolean development = topic.number() <= LAST_DEVELOPMENT_TOPIC;
    Map<String, String> describe = new HashMap<>();
    List<NewsEvent> reports = new ArrayList<>();
    Map<String, String> mentionOfReport = new HashMap<>();
    Map<String, String> chainOf = new LinkedHashMap<>();
    Map<String, String> lemmaOf = new HashMap<>();
    for (EcbCorpus.Document document : topic.documents()) {
      CatDocument cat = document.cat();
      CatText text = cat.text();
      List<TracedEvent> traced = extractor.extractTraced(article(cat, text));
      Map<String, String> chains = chains(cat);
      List<CatMention> gold = cat.eventMentions().stream()
          .filter(m -> !m.tokenIds().isEmpty() && document.scored().contains(cat.sentenceOf(m.tokenIds())))
          .toList();
      Set<String> used = new HashSet<>();
      Set<Integer> eventSentences = new HashSet<>();
      List<TracedEvent> scored = new ArrayList<>();
      int matched = 0;
      for (TracedEvent event : traced) {
        reports.add(event.event());
        List<Integer> triggerTokens = text.tokensOverlapping(event.triggerStart(), event.triggerEnd());
        if (triggerTokens.isEmpty() || !document.scored().contains(cat.sentenceOf(triggerTokens))) {
          continue;
        }
        scored.add(event);
        eventSentences.add(cat.sentenceOf(triggerTokens));
        for (CatMention mention : gold) {
          int head = firstShared(mention.tokenIds(), triggerTokens);
          if (head < 0 || used.contains(mention.id())) {
            continue;
          }
          used.add(mention.id());
          matched++;
          String id = topic.number() + "/" + document.file() + "/" + mention.id();
          mentionOfReport.put(event.event().getId(), id);
          chainOf.put(id, chains.getOrDefault(mention.id(), "single:" + id));
          lemmaOf.put(id, HeadLemma.of(cat.token(head).text()));
          describe.put(id, "\"" + cat.words(mention.tokenIds()) + "\" " + event.event().getType() + " "
              + event.event().getActors().stream().map(a -> a.getId()).sorted().toList() + " "
              + event.event().getDate().getStart() + ".." + event.event().getDate().getEnd());
          break;
        }
      }
      for (CatMention mention : gold) {
        if (development && !used.contains(mention.id())) {
          misses.add("action missed " + topic.number() + "_" + document.file() + ": \""
              + cat.words(mention.tokenIds()) + "\" (" + mention.attribute("tag") + ")");
        }
      }
      actions = actions.plus(new MentionScore(gold.size(), scored.size(), matched));
      participants = participants.plus(participants(cat, text, scored, eventSentences));
    }
    List<Set<String>> key = groups(chainOf.keySet(), chainOf);
    List<Set<String>> lemma = groups(chainOf.keySet(), lemmaOf);
    List<Set<String>> merge = new ArrayList<>();
    for (TimelineEntry entry : TimelineModel.entries(reports)) {
      Set<String> cluster = new LinkedHashSet<>();
      for (SourceReport source : entry.getSources()) {
        String mention = mentionOfReport.get(source.getEventId());
        if (mention != null) {
          cluster.add(mention);
        }
      }
      if (!cluster.isEmpty()) {
        merge.add(cluster);
      }
    }
    if (development) {
      Map<String, Integer> entryOf = new HashMap<>();
      for (int i = 0; i < merge.size(); i++) {
        for (String mention : merge.get(i)) {
          entryOf.put(mention, i);
        }
      }
      for (Set<String> chain : key) {
        if (chain.stream().map(entryOf::get).distinct().count() > 1) {
          misses.add("chain split " + topic.number() + ": " + chain.stream().map(describe::get).toList());
        }
      }
      for (Set<String> entry : merge) {
        if (entry.stream().map(chainOf::get).distinct().count() > 1) {
          misses.add("entry joins chains " + topic.number() + ": " + entry.stream().map(describe::get).toList());
        }
      }
    }
    return new TopicResult(topic.number(), topic.documents().size(), actions, participants, key, merge, lemma);
  }

  /** Gold action mention id → its chain: the cross-document instance, else the in-document one. */
  private static Map<String, String> chains(CatDocument cat) {
    Map<String, Object> byId = cat.markablesById();
    Map<String, String> chains = new HashMap<>();
    for (CatRelation relation : cat.relations(CatRelation.Type.INTRA_DOC_COREF)) {
      relation.sources().forEach(s -> chains.put(s, "doc:" + cat.name() + "/" + relation.target()));
    }
    for (CatRelation relation : cat.relations(CatRelation.Type.CROSS_DOC_COREF)) {
      String instance = relation.attribute("note");
      if (instance.isEmpty() && byId.get(relation.target())
          instanceof io.newstimeline.tools.eval.cat.CatInstance target) {
        instance = target.instanceId();
      }
      String chain = "cross:" + (instance.isEmpty() ? cat.name() + "/" + relation.target() : instance);
      relation.sources().forEach(s -> chains.put(s, chain));
    }
    return chains;
  }

  private static MentionScore participants(CatDocument cat, CatText text, List<TracedEvent> events,
      Set<Integer> sentences) {
    List<CatMention> gold = cat.entityMentions().stream()
        .filter(m -> HUMAN.contains(m.attribute("tag")) && !m.tokenIds().isEmpty()
            && sentences.contains(cat.sentenceOf(m.tokenIds())) && named(cat, m))
        .toList();
    Map<String, List<Integer>> found = new LinkedHashMap<>();
    for (TracedEvent event : events) {
      for (TracedEvent.ActorSpan span : event.actorSpans()) {
        List<Integer> tokens = text.tokensOverlapping(span.start(), span.end());
        if (!tokens.isEmpty() && sentences.contains(cat.sentenceOf(tokens))) {
          found.putIfAbsent(tokens.get(0) + ":" + tokens.get(tokens.size() - 1), tokens);
        }
      }
    }
    Set<String> used = new HashSet<>();
    int matched = 0;
    for (List<Integer> tokens : found.values()) {
      for (CatMention mention : gold) {
        if (!used.contains(mention.id()) && firstShared(mention.tokenIds(), tokens) >= 0) {
          used.add(mention.id());
          matched++;
          break;
        }
      }
    }
    return new MentionScore(gold.size(), found.size(), matched);
  }

  private static boolean named(CatDocument cat, CatMention mention) {
    for (int id : mention.tokenIds()) {
      String word = cat.token(id).text();
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
          && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The first of {@code mention} that is also in {@code tokens}, or -1. */
  private static int firstShared(List<Integer> mention, List<Integer> tokens) {
    for (int id : mention) {
      if (tokens.contains(id)) {
        return id;
      }
    }
    return -1;
  }

  private static List<Set<String>> groups(Collection<String> mentions, Map<String, String> label) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (String mention : mentions) {
      groups.computeIfAbsent(label.get(mention), k -> new LinkedHashSet<>()).add(mention);
    }
    return List.copyOf(groups.values());
  }

  /** The document as the extractor reads it: its text, first line as title, published on {@link #REFERENCE_DAY}. */
  private static Article article(CatDocument cat, CatText text) {
    int titleEnd = text.text().indexOf('\n');
    return Article.newBuilder()
        .setId(cat.docId().isEmpty() ? cat.name() : cat.docId())
        .setSource("ECB+")
        .setUrl(null)
        .setTitle(titleEnd < 0 ? text.text() : text.text().substring(0, titleEnd))
        .setPublished(REFERENCE_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
        .setPublishedDateOnly(true)
        .setTimezone("UTC")
        .setBody(text.text())
        .setWithdrawn(false)
        .build();
  }

  private static RangeScores range(String name, List<TopicResult> results) {
    MentionScore actions = MentionScore.NONE;
    MentionScore participants = MentionScore.NONE;
    List<Set<String>> key = new ArrayList<>();
    List<Set<String>> merge = new ArrayList<>();
    List<Set<String>> lemma = new ArrayList<>();
    int documents = 0;
    for (TopicResult result : results) {
      documents += result.documents();
      actions = actions.plus(result.actions());
      participants = participants.plus(result.participants());
      key.addAll(result.key());
      merge.addAll(result.merge());
      lemma.addAll(result.lemma());
    }
    int mentions = key.stream().mapToInt(Set::size).sum();
    TopicResult worstActions = results.stream().min(Comparator.comparingDouble(t -> t.actions().f1())).orElse(null);
    TopicResult worstMerge = results.stream()
        .min(Comparator.comparingDouble(t -> t.mergeScores().conllF1() - t.lemmaScores().conllF1())).orElse(null);
    return new RangeScores(name, results.stream().map(TopicResult::topic).toList(), documents, actions, participants,
        mentions, CorefMetrics.score(key, merge), CorefMetrics.score(key, lemma), worstActions, worstMerge);
  }

  /** Per topic, in topic order. */
  public List<TopicResult> topics() {
    return topics;
  }

  /** Development, held-out (when present) and overall. */
  public List<RangeScores> ranges() {
    return ranges;
  }

  /** One line per missed gold action, split chain and wrongly joined entry of the development topics. */
  public List<String> misses() {
    return misses;
  }

  /** The range named {@code prefix...}: "dev", "held-out" or "overall". */
  public RangeScores range(String prefix) {
    return ranges.stream().filter(r -> r.range().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no range " + prefix));
  }

  /** The plain-text tables: mentions, then coreference, one row per range; with {@code perTopic}, per topic too. */
  public String table(boolean perTopic) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-13s %6s %5s | %5s %5s %6s %6s %6s | %5s %5s %6s %6s %6s%n",
        "range", "topics", "docs", "gold", "found", "act-P", "act-R", "act-F1", "gold", "found", "par-P", "par-R",
        "par-F1"));
    for (RangeScores r : ranges) {
      out.append(String.format(Locale.ROOT, "%-13s %6d %5d | %s | %s%n", r.range(), r.topics().size(), r.documents(),
          mentions(r.actions()), mentions(r.participants())));
    }
    out.append(System.lineSeparator());
    out.append(String.format(Locale.ROOT, "%-13s %8s %-6s | %6s %6s %6s %6s %6s %6s %6s %6s %6s | %6s%n",
        "range", "mentions", "model", "MUC-R", "MUC-P", "MUC-F1", "B3-R", "B3-P", "B3-F1", "CEAF-R", "CEAF-P",
        "CEAF-F", "CoNLL"));
    for (RangeScores r : ranges) {
      out.append(coref(r.range(), r.corefMentions(), "merge", r.merge()));
      out.append(coref(r.range(), r.corefMentions(), "lemma", r.lemma()));
    }
    out.append(System.lineSeparator());
    for (RangeScores r : ranges) {
      if (r.worstActions() != null) {
        out.append(String.format(Locale.ROOT, "%-13s worst topic: actions %d (F1 %.3f); merge vs lemma %d"
                + " (CoNLL %.1f vs %.1f)%n", r.range(), r.worstActions().topic(), r.worstActions().actions().f1(),
            r.worstMerge().topic(), 100 * r.worstMerge().mergeScores().conllF1(),
            100 * r.worstMerge().lemmaScores().conllF1()));
      }
    }
    if (perTopic) {
      out.append(System.lineSeparator());
      out.append(String.format(Locale.ROOT, "%5s %5s %6s %6s %6s %6s%n", "topic", "docs", "act-F1", "par-F1",
          "merge", "lemma"));
      for (TopicResult t : topics) {
        out.append(String.format(Locale.ROOT, "%5d %5d %6.3f %6.3f %6.1f %6.1f%n", t.topic(), t.documents(),
            t.actions().f1(), t.participants().f1(), 100 * t.mergeScores().conllF1(),
            100 * t.lemmaScores().conllF1()));
      }
    }
    out.append("act: extracted events' triggers against gold action mentions of the listed sentences;"
        + " par: actors against named human participants (PER, ORG, GPE) of sentences with an event.\n");
    out.append("Coreference on the gold action mentions found: merge = the timeline's entries,"
        + " lemma = same head lemma; CoNLL = mean of MUC, B3 and CEAF-e F1 (x100).\n");
    return out.toString();
  }

  private static String mentions(MentionScore s) {
    return String.format(Locale.ROOT, "%5d %5d %6.3f %6.3f %6.3f", s.gold(), s.found(), s.precision(), s.recall(),
        s.f1());
  }

  private static String coref(String range, int mentions, String model, CorefScores s) {
    return String.format(Locale.ROOT,
        "%-13s %8d %-6s | %6.1f %6.1f %6.1f %6.1f %6.1f %6.1f %6.1f %6.1f %6.1f | %6.1f%n", range, mentions, model,
        100 * s.muc().recall(), 100 * s.muc().precision(), 100 * s.muc().f1(), 100 * s.bCubed().recall(),
        100 * s.bCubed().precision(), 100 * s.bCubed().f1(), 100 * s.ceafE().recall(), 100 * s.ceafE().precision(),
        100 * s.ceafE().f1(), 100 * s.conllF1());
  }

  /** The scores as JSON: {@code ranges}, each with actions, participants and both models' coreference. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode rows = root.putArray("ranges");
    for (RangeScores r : ranges) {
      ObjectNode node = rows.addObject();
      node.put("range", r.range());
      ArrayNode numbers = node.putArray("topics");
      r.topics().forEach(numbers::add);
      node.put("documents", r.documents());
      node.set("actions", json(r.actions()));
      node.set("participants", json(r.participants()));
      node.put("corefMentions", r.corefMentions());
      node.set("merge", json(r.merge()));
      node.set("lemma", json(r.lemma()));
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Scores are plain numbers and always serialise", e);
    }
  }

  private static ObjectNode json(MentionScore s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("gold", s.gold());
    node.put("found", s.found());
    node.put("matched", s.matched());
    node.put("precision", round(s.precision()));
    node.put("recall", round(s.recall()));
    node.put("f1", round(s.f1()));
    return node;
  }

  private static ObjectNode json(CorefScores s) {
    ObjectNode node = JSON.createObjectNode();
    node.set("muc", json(s.muc()));
    node.set("bCubed", json(s.bCubed()));
    node.set("ceafE", json(s.ceafE()));
    node.put("conllF1", round(s.conllF1()));
    return node;
  }

  private static ObjectNode json(CorefScore s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("recall", round(s.recall()));
    node.put("precision", round(s.precision()));
    node.put("f1", round(s.f1()));
    return node;
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}

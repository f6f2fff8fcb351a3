package io.newstimeline.tools.eval.timeline;

import io.newstimeline.tools.eval.cat.CatDocument;
import io.newstimeline.tools.eval.cat.CatText;
import io.newstimeline.tools.eval.cat.CatToken;
import io.newstimeline.tools.eval.corpus.CatArticle;
import io.newstimeline.article.event.EventExtractor;
import io.newstimeline.article.event.TracedEvent;
import io.newstimeline.article.event.Trigger;
import io.newstimeline.article.event.TriggerLexicon;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.SourceReport;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.timeline.TimelineModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds per-entity cross-document timelines from raw CAT documents through the same path as the
 * topology: every document is extracted into reports ({@link EventExtractor}), and an entity's
 * timeline is {@link TimelineModel#entries} of the reports it takes part in, so reports of one event
 * from several documents share an entry. Each entry becomes a position (entries of one anchored
 * date share it), listing the trigger word of each of its reports as {@code docId-sentence-word}.
 * An entity takes part in a report when an actor of the report has the entity's name (ignoring case
 * and legal forms, or as its initials), or when the report's sentence names the entity in full or
 * by a distinctive last word ("Gallois", "A380", "777").
 */
public final class EntityTimelines {

  private static final Set<String> IGNORED = Set.of("inc", "corp", "corporation", "co", "ltd", "company", "plc",
      "llc", "the");

  /** Last words that many bodies share: "Singapore Airlines" is not named by "Airlines". */
  private static final Set<String> GENERIC_LAST_WORDS = Set.of("Airlines", "Airways", "Force", "Forces", "Group",
      "Motors", "Company", "Corporation", "Systems", "Bank", "Agency", "Office", "Council", "Department", "Ministry",
      "Party", "Union", "Association", "International", "Industries", "Services", "Store", "Records");

  private final List<NewsEvent> reports = new ArrayList<>();
  private final Map<String, List<String>> mentionsOf = new HashMap<>();
  private static final TriggerLexicon LEXICON = TriggerLexicon.standard();

  /** Timelines over {@code documents}, read with {@code extractor}. */
  public EntityTimelines(List<CatDocument> documents, EventExtractor extractor) {
    for (CatDocument document : documents) {
      CatArticle article = CatArticle.of(document);
      CatText text = article.text();
      String title = text.text().substring(0, Math.max(0, text.sentenceBegin(1) - 1));
      ParsedSentence headline = ParsedSentence.of(title);
      List<Trigger> headlineTriggers = LEXICON.find(headline);
      for (TracedEvent traced : extractor.extractTraced(article.article())) {
        String mention = mention(document, text, traced.triggerStart(), traced.triggerEnd());
        if (mention == null) {
          continue;
        }
        reports.add(traced.event());
        Set<String> mentions = new LinkedHashSet<>();
        mentions.add(mention);
        addSentenceEventWords(document, text, traced.event(), mentions);
        if (traced.triggerStart() >= title.length()) {
          // The headline restates the lead: its trigger of the same type is the same event.
          for (Trigger trigger : headlineTriggers) {
            if (trigger.type() == traced.event().getType()) {
              addMention(document, text, headline.token(trigger.first()).start(),
                  headline.token(trigger.end() - 1).end(), mentions);
            }
          }
        }
        mentionsOf.put(traced.event().getId(), List.copyOf(mentions));
      }
    }
  }

  /** The reports extracted from the documents, in document order. */
  public List<NewsEvent> reports() {
    return List.copyOf(reports);
  }

  /** Returns the timeline of {@code entity}. */
  public EntityTimeline of(String entity) {
    List<NewsEvent> involving = reports.stream().filter(r -> involves(entity, r)).toList();
    List<EntityTimeline.Position> positions = new ArrayList<>();
    String previousKey = null;
    int order = 0;
    for (TimelineEntry entry : TimelineModel.entries(involving)) {
      String date = taskDate(entry.getDate());
      String key = date.startsWith("XXXX") ? entry.getSortKey() : date;
      Set<String> mentions = new LinkedHashSet<>();
      for (SourceReport source : entry.getSources()) {
        mentions.addAll(mentionsOf.getOrDefault(source.getEventId(), List.of()));
      }
      if (mentions.isEmpty()) {
        continue;
      }
      if (date.startsWith("XXXX")) {
        // Only bounded ("on or before"): the task's position 0, events that could not be ordered.
        positions.add(new EntityTimeline.Position(0, date, List.copyOf(mentions)));
        continue;
      }
      if (!key.equals(previousKey)) {
        order++;
        previousKey = key;
      }
      positions.add(new EntityTimeline.Position(order, date, List.copyOf(mentions)));
    }
    return new EntityTimeline(entity, positions);
  }

  /**
   * Adds the other words of the report's sentence that name events (the trigger lexicon's, and
   * past-tense verbs): the task lists every event mention of the entity, while a report rests on
   * one trigger per clause, so the sentence's other events are placed with the report.
   */
  private static void addSentenceEventWords(CatDocument document, CatText text, NewsEvent report,
      Set<String> mentions) {
    int offset = report.getEvidenceStart();
    ParsedSentence sentence = ParsedSentence.of(report.getEvidence());
    for (Trigger trigger : LEXICON.find(sentence)) {
      addMention(document, text, offset + sentence.token(trigger.first()).start(),
          offset + sentence.token(trigger.end() - 1).end(), mentions);
    }
    for (Token token : sentence.tokens()) {
      if (token.isWord() && !token.isCapitalised() && token.lower().length() > 4 && token.lower().endsWith("ed")) {
        addMention(document, text, offset + token.start(), offset + token.end(), mentions);
      }
    }
  }

  private static void addMention(CatDocument document, CatText text, int start, int end, Set<String> mentions) {
    String mention = mention(document, text, start, end);
    if (mention != null) {
      mentions.add(mention);
    }
  }

  /** {@code docId-sentence-word} of the trigger's first token, or null when it falls outside the tokens. */
  private static String mention(CatDocument document, CatText text, int start, int end) {
    List<Integer> tokens = text.tokensOverlapping(start, end);
    if (tokens.isEmpty()) {
      return null;
    }
    CatToken token = document.token(tokens.get(0));
    return document.docId() + "-" + token.sentence() + "-" + token.text();
  }

  /** The task's date of an entry: the day, month or year its date fixes, else unanchored. */
  static String taskDate(EventDate date) {
    LocalDate start = date.getStart();
    LocalDate end = date.getEnd();
    if (start == null || end == null || date.getPrecision() == DatePrecision.ON_OR_BEFORE) {
      return EntityTimeline.UNANCHORED;
    }
    if (start.equals(end)) {
      return start.toString();
    }
    if (start.getYear() != end.getYear()) {
      return EntityTimeline.UNANCHORED;
    }
    if (start.getMonth() == end.getMonth()) {
      return String.format(Locale.ROOT, "%04d-%02d-XX", start.getYear(), start.getMonthValue());
    }
    return String.format(Locale.ROOT, "%04d-XX-XX", start.getYear());
  }

  static boolean involves(String entity, NewsEvent report) {
    Set<String> entityWords = words(entity);
    for (Actor actor : report.getActors()) {
      Set<String> actorWords = words(actor.getName());
      if (actorWords.equals(entityWords) || initials(entity).equals(actor.getName())) {
        return true;
      }
    }
    String evidence = report.getEvidence();
    if (evidence.contains(entity.strip())) {
      return true;
    }
    String[] parts = entity.strip().split("\\s+");
    String last = parts[parts.length - 1];
    boolean distinctive = parts.length > 1 && (last.chars().anyMatch(Character::isDigit)
        || (Character.isUpperCase(last.charAt(0)) && last.length() > 3 && !GENERIC_LAST_WORDS.contains(last)));
    return distinctive && Arrays.asList(evidence.split("[^\\p{L}\\p{N}]+")).contains(last);
  }

  private static Set<String> words(String name) {
    Set<String> words = new LinkedHashSet<>(Arrays.asList(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    words.remove("");
    words.removeAll(IGNORED);
    return words;
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.length() >= 2 ? initials.toString() : "";
  }
}

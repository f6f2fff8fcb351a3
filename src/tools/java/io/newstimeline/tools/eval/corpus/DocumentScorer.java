package io.newstimeline.tools.eval.corpus;

import io.newstimeline.tools.eval.cat.CatDocument;
import io.newstimeline.tools.eval.cat.CatMention;
import io.newstimeline.tools.eval.cat.CatRelation;
import io.newstimeline.tools.eval.cat.CatText;
import io.newstimeline.tools.eval.cat.CatTimex;
import io.newstimeline.article.event.EventExtractor;
import io.newstimeline.article.event.MentionDating;
import io.newstimeline.article.time.ArticleDates;
import io.newstimeline.article.time.DateMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores one annotated document: its dates against the gold DATE timexes, its events' dates against
 * their anchors, and the actors of its extracted events against the gold participants.
 */
final class DocumentScorer {

  /** MEANTIME annotates the title (sentence 0), the dateline (1) and the next four sentences. */
  static final int ANNOTATED_SENTENCES = 6;
  /** TLINK types that put an event inside (or at) a date, read from the event's side. */
  private static final Set<String> EVENT_WITHIN = Set.of("IS_INCLUDED", "SIMULTANEOUS", "DURING");
  /** The same, read from the date's side. */
  private static final Set<String> DATE_AROUND = Set.of("INCLUDES", "SIMULTANEOUS", "DURING_INV");

  private final ArticleDates dates;
  private final MentionDating dating;
  private final EventExtractor extractor;
  private final ParticipantScorer participants = new ParticipantScorer(ANNOTATED_SENTENCES);

  DocumentScorer(ArticleDates dates, MentionDating dating, EventExtractor extractor) {
    this.dates = dates;
    this.dating = dating;
    this.extractor = extractor;
  }

  /** Returns the document's scores, adding a line to {@code misses} for each miss. */
  CorpusScores score(CatArticle cat, List<String> misses) {
    int regionEnd = cat.text().sentenceBegin(ANNOTATED_SENTENCES);
    DateValueScore dateScore = scoreDates(cat, regionEnd, misses);
    EventDateScore[] eventScores = scoreEvents(cat, misses);
    ParticipantScore participantScore = participants.score(cat.document(), cat.text(),
        extractor.extractTraced(cat.article()), misses);
    return new CorpusScores("", 1, dateScore, eventScores[0], eventScores[1], participantScore);
  }

  private DateValueScore scoreDates(CatArticle cat, int regionEnd, List<String> misses) {
    CatDocument document = cat.document();
    CatText text = cat.text();
    List<CatTimex> gold = new ArrayList<>();
    List<CatTimex> otherTypes = new ArrayList<>();
    for (CatTimex timex : document.timexes()) {
      if (timex.isInText() && document.sentenceOf(timex.tokenIds()) < ANNOTATED_SENTENCES) {
        (timex.type().equals("DATE") ? gold : otherTypes).add(timex);
      }
    }
    List<DateMention> found = new ArrayList<>();
    for (DateMention mention : dates.of(cat.article())) {
      if (mention.value() == null || mention.begin() >= regionEnd) {
        continue;
      }
      boolean overDate = gold.stream().anyMatch(t -> overlaps(text, t, mention));
      boolean overOther = otherTypes.stream().anyMatch(t -> overlaps(text, t, mention));
      if (overDate || !overOther) {
        found.add(mention);
      }
    }
    int goldMatched = 0;
    int valueCorrect = 0;
    for (CatTimex timex : gold) {
      List<DateMention> over = found.stream().filter(m -> overlaps(text, timex, m)).toList();
      boolean right = over.stream().anyMatch(m -> m.value().equals(timex.value()));
      goldMatched += over.isEmpty() ? 0 : 1;
      valueCorrect += right ? 1 : 0;
      if (!right) {
        misses.add(String.format("date  %s: gold \"%s\" %s, found %s", document.name(),
            document.words(timex.tokenIds()), timex.value(),
            over.isEmpty() ? "nothing" : over.stream().map(m -> "\"" + m.text() + "\" " + m.value()).toList()));
      }
    }
    int foundMatched = 0;
    for (DateMention mention : found) {
      if (gold.stream().anyMatch(t -> overlaps(text, t, mention))) {
        foundMatched++;
      } else {
        misses.add(String.format("extra %s: \"%s\" %s", document.name(), mention.text(), mention.value()));
      }
    }
    return new DateValueScore(gold.size(), found.size(), goldMatched, foundMatched, valueCorrect);
  }

  /** Scores events anchored to a date in the text [0] and to the creation time [1]. */
  private EventDateScore[] scoreEvents(CatArticle cat, List<String> misses) {
    CatDocument document = cat.document();
    Map<String, CatTimex> timexes = new HashMap<>();
    document.timexes().forEach(t -> timexes.put(t.id(), t));
    Map<String, CatMention> events = new HashMap<>();
    for (CatMention mention : document.eventMentions()) {
      if (!mention.tokenIds().isEmpty() && document.sentenceOf(mention.tokenIds()) < ANNOTATED_SENTENCES) {
        events.put(mention.id(), mention);
      }
    }
    Map<CatMention, CatTimex> anchors = new LinkedHashMap<>();
    for (CatRelation link : document.relations(CatRelation.Type.TLINK)) {
      String type = link.attribute("reltype");
      CatMention event = null;
      CatTimex date = null;
      if (EVENT_WITHIN.contains(type) && events.containsKey(link.source())) {
        event = events.get(link.source());
        date = timexes.get(link.target());
      } else if (DATE_AROUND.contains(type) && events.containsKey(link.target())) {
        event = events.get(link.target());
        date = timexes.get(link.source());
      }
      if (event == null || date == null || !date.type().equals("DATE") || !date.isInText()) {
        continue;
      }
      CatTimex known = anchors.get(event);
      if (known == null || (known.isCreationTime() && !date.isCreationTime())) {
        anchors.put(event, date);
      }
    }
    List<CatMention> anchored = new ArrayList<>(anchors.keySet());
    List<Integer> offsets = anchored.stream().map(m -> cat.text().begin(m.tokenIds().get(0))).toList();
    List<MentionDating.MentionDate> dated = dating.date(cat.article(), offsets);
    int[][] counts = new int[2][3];
    for (int i = 0; i < anchored.size(); i++) {
      CatMention event = anchored.get(i);
      CatTimex anchor = anchors.get(event);
      String value = dated.get(i) == null ? null : dated.get(i).value();
      int[] bucket = counts[anchor.isCreationTime() ? 1 : 0];
      bucket[0]++;
      bucket[1] += value == null ? 0 : 1;
      boolean right = Objects.equals(value, anchor.value());
      bucket[2] += right ? 1 : 0;
      if (!right) {
        misses.add(String.format("event %s: \"%s\" in \"%s\" anchored to %s%s, dated %s", document.name(),
            document.words(event.tokenIds()), sentence(cat, event), anchor.value(),
            anchor.isCreationTime() ? " (creation time)" : " \"" + document.words(anchor.tokenIds()) + "\"",
            dated.get(i) == null ? "nothing" : dated.get(i).interval() + " = " + value));
      }
    }
    return new EventDateScore[] {new EventDateScore(counts[0][0], counts[0][1], counts[0][2]),
        new EventDateScore(counts[1][0], counts[1][1], counts[1][2])};
  }

  private static String sentence(CatArticle cat, CatMention event) {
    int sentence = cat.document().sentenceOf(event.tokenIds());
    CatText text = cat.text();
    return text.text().substring(text.sentenceBegin(sentence), Math.max(text.sentenceBegin(sentence),
        text.sentenceBegin(sentence + 1) - 1));
  }

  private static boolean overlaps(CatText text, CatTimex timex, DateMention mention) {
    List<Integer> tokens = timex.tokenIds();
    int begin = text.begin(tokens.get(0));
    int end = text.end(tokens.get(tokens.size() - 1));
    return mention.begin() < end && begin < mention.end();
  }
}

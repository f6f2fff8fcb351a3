package io.newstimeline.article.event;

import io.newstimeline.article.parse.ArticleSentences;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.time.AnchoredExpression;
import io.newstimeline.article.time.CalendarExpression;
import io.newstimeline.article.time.DateInterval;
import io.newstimeline.article.time.ReferenceDay;
import io.newstimeline.article.time.TemporalNormaliser;
import io.newstimeline.article.time.Tense;
import io.newstimeline.article.time.TenseDetector;
import io.newstimeline.article.time.TimeExpression;
import io.newstimeline.article.time.TimexValues;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Dates events at given trigger positions with the extractor's dating rules, whoever found the
 * triggers: how an annotated corpus scores dating apart from trigger and actor recognition. A
 * speech verb is dated as a statement, a word inside reported speech by the speech's content, any
 * other by its clause; then the article's drafts are dated together, as extraction does.
 */
public final class MentionDating {

  private final TemporalNormaliser times;
  private final TriggerLexicon triggers;

  /** Dating with the standard trigger lexicon and {@code times}'s rules. */
  public MentionDating(TemporalNormaliser times) {
    this.times = times;
    this.triggers = TriggerLexicon.standard();
  }

  /**
   * The date of an event: its days, and the TIMEX3 value of what dated it (the date expression it
   * is anchored to, else that of its days); {@code value} is null when neither has one.
   */
  public record MentionDate(DateInterval interval, String value) {
  }

  /**
   * Returns, for each of {@code offsets} (body offsets of event triggers), the date an event there
   * gets, or null when the rules leave it undated or it lies outside the reporting sentences.
   */
  public List<MentionDate> date(Article article, List<Integer> offsets) {
    List<ParsedSentence> sentences = ArticleSentences.parse(article);
    Integer[] order = new Integer[offsets.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Integer.compare(offsets.get(a), offsets.get(b)));
    EventDraft[] byInput = new EventDraft[offsets.size()];
    List<EventDraft> drafts = new ArrayList<>();
    ParsedSentence current = null;
    SentenceAnalysis analysis = null;
    for (int i : order) {
      int offset = offsets.get(i);
      ParsedSentence sentence = sentenceAt(sentences, offset);
      if (sentence == null) {
        continue;
      }
      if (sentence != current) {
        current = sentence;
        analysis = analyse(sentence);
      }
      EventDraft draft = draftAt(analysis, sentence.tokenAt(offset - sentence.sentence().start()));
      if (draft != null) {
        byInput[i] = draft;
        drafts.add(draft);
      }
    }
    new EventDating(ReferenceDay.of(article), drafts).date();
    List<MentionDate> dates = new ArrayList<>(offsets.size());
    for (EventDraft draft : byInput) {
      if (draft == null || draft.date == null) {
        dates.add(null);
      } else {
        String value = draft.timexValue != null ? draft.timexValue : TimexValues.of(draft.date).orElse(null);
        dates.add(new MentionDate(draft.date, value));
      }
    }
    return dates;
  }

  private SentenceAnalysis analyse(ParsedSentence sentence) {
    List<TimeExpression> found = times.find(sentence);
    Optional<Attribution> speech = SpeechDetector.detect(sentence)
        .map(at -> ArticleReader.withSpeechTime(sentence, at, found));
    return new SentenceAnalysis(sentence, List.of(), found, triggers.find(sentence), speech);
  }

  private static EventDraft draftAt(SentenceAnalysis sentence, int token) {
    if (token >= sentence.parsed.size()) {
      return null;
    }
    if (sentence.attribution.isPresent()) {
      Attribution at = sentence.attribution.get();
      if (token >= at.verbFirst() && token < at.verbEnd()) {
        String verb = sentence.parsed.token(at.verbFirst()).lower();
        Tense tense = SpeechVerbs.isPresent(verb) ? Tense.PRESENT : Tense.PAST;
        EventDraft draft = new EventDraft(sentence, EventType.STATEMENT, at.verbFirst(), at.verbEnd(),
            i -> !at.inContent(i), tense);
        draft.calendar = EventDating.nearestCalendar(draft);
        return draft;
      }
      if (at.inContent(token)) {
        EventDraft draft = new EventDraft(sentence, typeAt(sentence, token), token, token + 1,
            EventDating.contentWithOpeningDate(sentence, at),
            TenseDetector.of(sentence.parsed, at.contentFirst(), at.contentEnd()));
        EventDating.chooseTimes(draft);
        return draft;
      }
    }
    if (sentence.inAnchor[token]) {
      return anchorEvent(sentence, token);
    }
    Clause previous = null;
    for (Clause clause : Clause.of(sentence)) {
      if (token >= clause.first() && token < clause.end()) {
        EventDraft draft = new EventDraft(sentence, typeAt(sentence, token), token, token + 1,
            TokenRegion.between(clause.first(), clause.end()),
            TenseDetector.of(sentence.parsed, clause.first(), clause.end()));
        EventDating.chooseTimes(draft);
        if (draft.calendar == null && draft.anchored == null && clause.continues() && previous != null) {
          // "... from 2008, when the company posted a loss": as extraction, the clause borrows the date before it.
          EventDraft before = new EventDraft(sentence, draft.type, previous.end() - 1, previous.end(),
              TokenRegion.between(previous.first(), previous.end()), draft.tense);
          EventDating.chooseTimes(before);
          draft.calendar = before.calendar;
          draft.anchored = before.anchored;
        }
        return draft;
      }
      previous = clause;
    }
    return null;
  }

  /**
   * An event inside another's anchor phrase ("after Apple received criticism last month"): dated by
   * a date inside that phrase, the way the phrase itself is dated.
   */
  private static EventDraft anchorEvent(SentenceAnalysis sentence, int token) {
    ParsedSentence parsed = sentence.parsed;
    for (TimeExpression time : sentence.times) {
      if (time instanceof AnchoredExpression anchored && anchored.hasAnchorPhrase()) {
        int from = parsed.tokenAt(anchored.anchorStart());
        int to = parsed.tokenAt(anchored.anchorEnd());
        if (token >= from && token < to) {
          EventDraft draft = new EventDraft(sentence, typeAt(sentence, token), token, token + 1,
              TokenRegion.between(from, to), TenseDetector.of(parsed, from, to));
          for (TimeExpression inside : sentence.times) {
            if (inside instanceof CalendarExpression calendar && calendar.datesEvents()
                && calendar.start() >= anchored.anchorStart() && calendar.end() <= anchored.anchorEnd()) {
              draft.calendar = calendar;
              break;
            }
          }
          return draft;
        }
      }
    }
    return null;
  }

  /** The lexicon's type for a trigger at {@code token}, OTHER when the lexicon has none there. */
  private static EventType typeAt(SentenceAnalysis sentence, int token) {
    for (Trigger trigger : sentence.triggers) {
      if (token >= trigger.first() && token < trigger.end() && trigger.type() != EventType.STATEMENT) {
        return trigger.type();
      }
    }
    return EventType.OTHER;
  }

  private static ParsedSentence sentenceAt(List<ParsedSentence> sentences, int offset) {
    for (ParsedSentence sentence : sentences) {
      if (offset >= sentence.sentence().start() && offset < sentence.sentence().end()) {
        return sentence;
      }
    }
    return null;
  }
}

package io.newstimeline.article.event;

import io.newstimeline.article.parse.ArticleSentences;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.time.DateInterval;
import io.newstimeline.article.time.ReferenceDay;
import io.newstimeline.article.time.TemporalNormaliser;
import io.newstimeline.article.time.Tense;
import io.newstimeline.article.time.TenseDetector;
import io.newstimeline.article.time.TimeExpression;
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
   * Returns, for each of {@code offsets} (body offsets of event triggers), the days an event there
   * is dated to, or null when the rules leave it undated or it lies outside the reporting sentences.
   */
  public List<DateInterval> date(Article article, List<Integer> offsets) {
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
    List<DateInterval> dates = new ArrayList<>(offsets.size());
    for (EventDraft draft : byInput) {
      dates.add(draft == null ? null : draft.date);
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
        EventDraft draft = new EventDraft(sentence, typeAt(sentence, token), token, token + 1, at::inContent,
            TenseDetector.of(sentence.parsed, at.contentFirst(), at.contentEnd()));
        EventDating.chooseTimes(draft);
        return draft;
      }
    }
    for (Clause clause : Clause.of(sentence)) {
      if (token >= clause.first() && token < clause.end()) {
        EventDraft draft = new EventDraft(sentence, typeAt(sentence, token), token, token + 1,
            TokenRegion.between(clause.first(), clause.end()),
            TenseDetector.of(sentence.parsed, clause.first(), clause.end()));
        EventDating.chooseTimes(draft);
        return draft;
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

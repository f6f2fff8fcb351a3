package io.newstimeline.article.event;

import io.newstimeline.article.actor.ActorMention;
import io.newstimeline.article.actor.ActorRef;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.time.AnchoredExpression;
import io.newstimeline.article.time.CalendarExpression;
import io.newstimeline.article.time.ClauseTense;
import io.newstimeline.article.time.DateInterval;
import io.newstimeline.article.time.DurationExpression;
import io.newstimeline.article.time.TemporalContext;
import io.newstimeline.article.time.Tense;
import io.newstimeline.article.time.TenseDetector;
import io.newstimeline.article.time.TimeExpression;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventType;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dates the drafts of one article: by their own calendar words, else by the event they follow or
 * precede (which also sets {@code after}), else by tense alone. Reads only the publication day, never
 * the clock.
 */
final class EventDating {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "it");
  /** Token distance a verb between a date and a trigger adds. */
  private static final int VERB_BETWEEN = 6;
  /** Token distance a possessive date ("this year's") adds. */
  private static final int MODIFIER = 6;

  private final LocalDate published;
  private final List<EventDraft> drafts;

  /** Dating for {@code drafts}, in text order, of an article published on {@code published} in its outlet's zone. */
  EventDating(LocalDate published, List<EventDraft> drafts) {
    this.published = published;
    this.drafts = drafts;
  }

  /** Chooses the draft's calendar, anchored and duration expressions: the nearest of each in its region. */
  static void chooseTimes(EventDraft draft) {
    draft.calendar = nearestCalendar(draft);
    draft.anchored = nearestAnchored(draft);
    draft.duration = nearestDuration(draft);
  }

  /**
   * The content of reported speech together with a date that opens the sentence before the speaker:
   * "In the first quarter of last year, GM had reported a loss", "For the final quarter of 2009, Ford
   * says it made profits". When the saying is not dated by it (the verb is present, or perfect and
   * so told as background), such a date frames what was said and may date the reported event;
   * "Late last year, the White House claimed ..." dates the claim.
   */
  static TokenRegion contentWithOpeningDate(SentenceAnalysis sentence, Attribution at) {
    ParsedSentence parsed = sentence.parsed;
    int comma = at.speakerFirst() - 1;
    boolean sayingUndated = at.perfect() || SpeechVerbs.isPresent(parsed.token(at.verbFirst()).lower());
    if (!sayingUndated || comma < 1 || at.contentFirst() < at.verbEnd() || !parsed.token(comma).is(",")) {
      return at::inContent;
    }
    for (TimeExpression time : sentence.times) {
      int first = sentence.firstToken(time);
      int end = parsed.tokenAt(time.end());
      // At most a preposition and an article before it ("In", "For the"), the comma right after it.
      if (time instanceof CalendarExpression calendar && calendar.datesEvents() && first <= 2 && end == comma) {
        return i -> at.inContent(i) || (i >= first && i < end);
      }
    }
    return at::inContent;
  }

  /** The calendar expression in the draft's region nearest its trigger, outside anchor phrases; null when none. */
  static CalendarExpression nearestCalendar(EventDraft draft) {
    return nearest(draft, CalendarExpression.class, true);
  }

  private static AnchoredExpression nearestAnchored(EventDraft draft) {
    return nearest(draft, AnchoredExpression.class, false);
  }

  private static DurationExpression nearestDuration(EventDraft draft) {
    return nearest(draft, DurationExpression.class, true);
  }

  private static <T extends TimeExpression> T nearest(EventDraft draft, Class<T> kind, boolean outsideAnchors) {
    SentenceAnalysis sentence = draft.sentence;
    T best = null;
    int bestDistance = Integer.MAX_VALUE;
    T vague = null;
    for (TimeExpression time : sentence.times) {
      if (!kind.isInstance(time) || time instanceof CalendarExpression calendar && !calendar.datesEvents()) {
        continue;
      }
      if (time instanceof CalendarExpression calendar && calendar.isVague()) {
        int first = sentence.firstToken(time);
        if (vague == null && first < sentence.parsed.size() && draft.region.contains(first)
            && !sentence.parsed.isQuoted(first)) {
          vague = kind.cast(time);
        }
        continue;
      }
      int first = sentence.firstToken(time);
      if (first >= sentence.parsed.size() || !draft.region.contains(first) || sentence.parsed.isQuoted(first)
          || (outsideAnchors && sentence.inAnchor[first])) {
        continue;
      }
      int distance = Math.abs(first - draft.triggerFirst) + attachmentPenalty(sentence, time, first, draft.triggerFirst);
      if (distance < bestDistance) {
        best = kind.cast(time);
        bestDistance = distance;
      }
    }
    return best != null ? best : vague;
  }

  /**
   * How much less likely {@code time} is to date the trigger than its distance says: a tensed verb
   * between them ("fought cancer in 2004 and took time off") means it dates that verb; a possessive
   * or a noun after it ("this year's conference", "a June 3 hearing") means it dates a thing, not
   * the clause's event.
   */
  private static int attachmentPenalty(SentenceAnalysis sentence, TimeExpression time, int first, int trigger) {
    ParsedSentence parsed = sentence.parsed;
    int end = Math.min(parsed.size(), Math.max(first + 1, parsed.tokenAt(time.end())));
    int penalty = 0;
    int from = Math.min(end, trigger + 1);
    int to = Math.max(first, trigger);
    if (from < to && TenseDetector.of(parsed, from, to) != Tense.PRESENT) {
      penalty += VERB_BETWEEN;
    } else if (end <= trigger && hasConjunction(parsed, end, trigger)) {
      // "fought cancer in 2004 and took time off": the date belongs to the conjunct before.
      penalty += VERB_BETWEEN;
    }
    if (end + 1 < parsed.size() && parsed.token(end).is("'") && parsed.token(end + 1).lower().equals("s")) {
      penalty += MODIFIER;
    }
    return penalty;
  }

  private static boolean hasConjunction(ParsedSentence parsed, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = parsed.token(k).lower();
      if (w.equals("and") || w.equals("but") || w.equals("then")) {
        return true;
      }
    }
    return false;
  }

  /** Dates every draft that can be dated; the others keep a null date. */
  void date() {
    dateFromCalendar();
    dateFromAnchors();
    dateFromTense();
  }

  private TemporalContext context(EventDraft draft) {
    return new TemporalContext(published, draft.tense);
  }

  /**
   * The context a date expression resolves in: the tense of the verb governing the expression ("an
   * official said Friday" is past though the sentence also says "will pay"), as a date tagger reads it.
   */
  private TemporalContext context(EventDraft draft, TimeExpression time) {
    ParsedSentence parsed = draft.sentence.parsed;
    int first = parsed.tokenAt(time.start());
    int end = Math.max(first + 1, parsed.tokenAt(time.end()));
    return new TemporalContext(published, ClauseTense.around(parsed, first, end));
  }

  /**
   * Dates drafts by their own date expression. A statement without one is dated when the statement
   * of the sentence before it was ("Kim said on Tuesday ... . He added that ..."), else on the
   * reference day.
   */
  private void dateFromCalendar() {
    EventDraft datedStatement = null;
    for (EventDraft draft : drafts) {
      if (draft.calendar != null) {
        TemporalContext context = context(draft, draft.calendar);
        Optional<DateInterval> date = draft.calendar.resolve(context);
        if (date.isPresent()) {
          draft.date = draft.duration != null ? draft.duration.apply(date.get()) : date.get();
          draft.expression = draft.duration != null && draft.date.precision() == DatePrecision.RANGE
              ? draft.calendar.text() + " … " + draft.duration.text() : draft.calendar.text();
          draft.timexValue = draft.calendar.timexValue(context).orElse(null);
          if (draft.type == EventType.STATEMENT) {
            datedStatement = draft;
          }
        }
      } else if (draft.type == EventType.STATEMENT) {
        boolean carried = datedStatement != null && datedStatement.sentence.index() == draft.sentence.index() - 1
            && sameSpeaker(datedStatement, draft);
        draft.date = carried ? datedStatement.date : DateInterval.day(published);
        draft.expression = carried ? datedStatement.expression : null;
        draft.timexValue = carried ? datedStatement.timexValue : null;
        datedStatement = carried ? draft : null;
      }
    }
  }

  /**
   * Whether {@code later} goes on with what {@code earlier}'s speaker said: the same actor, a pronoun
   * ("he added") or a verb of continuing ("added", "went on").
   */
  private static boolean sameSpeaker(EventDraft earlier, EventDraft later) {
    if (later.speakerIds.stream().anyMatch(earlier.speakerIds::contains)) {
      return true;
    }
    Optional<Attribution> speech = later.sentence.attribution;
    if (speech.isEmpty()) {
      return false;
    }
    Attribution at = speech.get();
    boolean pronoun = at.speakerEnd() - at.speakerFirst() == 1
        && PRONOUNS.contains(later.sentence.parsed.token(at.speakerFirst()).lower());
    return pronoun || at.kind() == SpeechVerbs.Kind.CONTINUATION;
  }

  /** Dates events by the event they follow or precede, and records which event that is. */
  private void dateFromAnchors() {
    for (EventDraft draft : drafts) {
      if (draft.anchored == null) {
        continue;
      }
      EventDraft anchor = anchorOf(draft);
      DateInterval base = null;
      if (anchor != null) {
        // The contract can say "after" only; an event before its anchor is dated by it but not linked.
        if (draft.anchored.relation() == AnchoredExpression.Relation.AFTER) {
          draft.after = anchor;
        }
        base = anchor.date;
      }
      if (base == null) {
        base = phraseDate(draft);
      }
      if (draft.date == null && base != null) {
        draft.date = clip(draft.anchored.apply(base, context(draft)), draft.tense);
        draft.expression = draft.anchored.text();
      }
    }
  }

  /** The event an anchored expression refers to: by the trigger and actors of its phrase, or the previous dated event. */
  private EventDraft anchorOf(EventDraft draft) {
    SentenceAnalysis sentence = draft.sentence;
    AnchoredExpression anchored = draft.anchored;
    if (!anchored.hasAnchorPhrase()) {
      EventDraft previous = null;
      for (EventDraft other : drafts) {
        if (other == draft) {
          break;
        }
        if (other.date != null && !other.datedByTenseOnly && other.date.start() != null) {
          previous = other;
        }
      }
      return previous;
    }
    int from = sentence.parsed.tokenAt(anchored.anchorStart());
    int to = sentence.parsed.tokenAt(anchored.anchorEnd());
    EventType type = null;
    for (Trigger trigger : sentence.triggers) {
      if (trigger.first() >= from && trigger.first() < to && trigger.type() != EventType.STATEMENT) {
        type = trigger.type();
        break;
      }
    }
    if (type == null) {
      return null;
    }
    Set<ActorRef> named = new HashSet<>();
    for (ActorMention mention : sentence.mentions) {
      if (mention.firstToken() >= from && mention.firstToken() < to) {
        named.add(mention.actor());
      }
    }
    // Only events told before: a later sentence more often details a part of the event than is it.
    EventDraft before = null;
    for (EventDraft other : drafts) {
      if (other == draft) {
        break;
      }
      if (other.type == type && (named.isEmpty() || other.actors.stream().anyMatch(named::contains))) {
        before = other;
      }
    }
    return before;
  }


  /** "two days after the summit on 13 September": the anchor phrase's own date. */
  private DateInterval phraseDate(EventDraft draft) {
    AnchoredExpression anchored = draft.anchored;
    if (!anchored.hasAnchorPhrase()) {
      return null;
    }
    for (TimeExpression time : draft.sentence.times) {
      if (time instanceof CalendarExpression calendar && calendar.datesEvents() && calendar.start() >= anchored.anchorStart()
          && calendar.end() <= anchored.anchorEnd()) {
        return calendar.resolve(context(draft)).orElse(null);
      }
    }
    return null;
  }

  /** Undated events: on or before publication if past, the publication day if going on; else none. */
  private void dateFromTense() {
    for (EventDraft draft : drafts) {
      if (draft.date != null) {
        continue;
      }
      switch (draft.tense) {
        case PAST, PERFECT -> {
          draft.date = DateInterval.onOrBefore(published);
          draft.datedByTenseOnly = true;
        }
        case PROGRESSIVE -> draft.date = DateInterval.day(published);
        default -> {
          // Timeless or future without a date: nothing to put on a timeline.
        }
      }
    }
  }

  private DateInterval clip(DateInterval date, Tense tense) {
    boolean past = tense == Tense.PAST || tense == Tense.PERFECT;
    if (past && date.end() != null && date.end().isAfter(published)) {
      return DateInterval.range(date.start() == null || date.start().isAfter(published) ? null : date.start(),
          published);
    }
    return date;
  }
}

package io.newstimeline.article.event;

import io.newstimeline.article.actor.ActorRef;
import io.newstimeline.article.time.AnchoredExpression;
import io.newstimeline.article.time.CalendarExpression;
import io.newstimeline.article.time.DateInterval;
import io.newstimeline.article.time.DurationExpression;
import io.newstimeline.article.time.Tense;
import io.newstimeline.avro.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An event being assembled from one sentence, before its anchor is resolved and it becomes a NewsEvent. */
final class EventDraft {

  final SentenceAnalysis sentence;
  final EventType type;
  /** The trigger (for a statement, the speech verb) at tokens {@code [triggerFirst, triggerEnd)}. */
  final int triggerFirst;
  final int triggerEnd;
  final TokenRegion region;
  final Tense tense;
  final List<ActorRef> actors = new ArrayList<>();
  Set<String> speakerIds = Set.of();
  CalendarExpression calendar;
  AnchoredExpression anchored;
  DurationExpression duration;
  DateInterval date;
  String expression;
  /** The TIMEX3 value of the expression that dated this draft, when one did. */
  String timexValue;
  /** True when only the tense dates the event ("was sent": on or before publication). */
  boolean datedByTenseOnly;
  EventDraft after;
  String id;

  EventDraft(SentenceAnalysis sentence, EventType type, int triggerFirst, int triggerEnd, TokenRegion region,
      Tense tense) {
    this.sentence = sentence;
    this.type = type;
    this.triggerFirst = triggerFirst;
    this.triggerEnd = triggerEnd;
    this.region = region;
    this.tense = tense;
  }

  /** Returns true when this draft and {@code other} share an actor. */
  boolean sharesActorWith(EventDraft other) {
    for (ActorRef actor : actors) {
      if (other.actors.contains(actor)) {
        return true;
      }
    }
    return false;
  }
}

package io.newstimeline.article.event;

import io.newstimeline.avro.NewsEvent;
import java.util.List;

/**
 * An extracted event with where it stands in the article body: its trigger (for a statement, the
 * speech verb) and the mentions of its actors in its evidence sentence. Actors resolved from other
 * sentences ("he", a speaker named earlier) have no span here.
 *
 * @param triggerStart body offset of the trigger's first character
 * @param triggerEnd body offset after the trigger's last character
 */
public record TracedEvent(NewsEvent event, int triggerStart, int triggerEnd, List<ActorSpan> actorSpans) {

  /** A mention of actor {@code actorId} at body offsets {@code [start, end)}. */
  public record ActorSpan(String actorId, int start, int end) {
  }

  public TracedEvent {
    actorSpans = List.copyOf(actorSpans);
  }
}

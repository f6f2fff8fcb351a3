package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.NewsEvent;

/** Checks that a report can be placed on a timeline; stateless. */
public final class EventValidator {

  private EventValidator() {}

  /**
   * Returns {@code event} when it has an id, an article, at least one actor with an id, a date
   * with at least one bound, and a start not after its end. A retraction needs only its id.
   *
   * @throws InvalidEventException naming what is missing
   */
  public static NewsEvent validate(String key, NewsEvent event) {
    if (event == null) {
      throw new InvalidEventException("Event record has no value (key " + key + ")");
    }
    if (blank(event.getId())) {
      throw new InvalidEventException("Event has no id");
    }
    if (event.getRetracted()) {
      return event; // a retraction only needs to name the report it withdraws
    }
    if (blank(event.getArticleId())) {
      throw new InvalidEventException("Event " + event.getId() + " has no article id");
    }
    if (event.getActors() == null || event.getActors().isEmpty()) {
      throw new InvalidEventException("Event " + event.getId() + " has no actor");
    }
    for (Actor actor : event.getActors()) {
      if (blank(actor.getId())) {
        throw new InvalidEventException("Event " + event.getId() + " has an actor without an id");
      }
    }
    EventDate date = event.getDate();
    if (date == null || (date.getStart() == null && date.getEnd() == null)) {
      throw new InvalidEventException("Event " + event.getId() + " has no date");
    }
    if (date.getStart() != null && date.getEnd() != null && date.getStart().isAfter(date.getEnd())) {
      throw new InvalidEventException(
          "Event " + event.getId() + " starts (" + date.getStart() + ") after it ends (" + date.getEnd() + ")");
    }
    return event;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}

package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.NewsEvent;
import java.time.LocalDate;

/** Checks that a report can be placed on a timeline; stateless. */
public final class EventValidator {

  static final int MIN_YEAR = 1;
  static final int MAX_YEAR = 9998;

  private EventValidator() {}

  /**
   * Returns {@code event} when it has an id, an article, at least one actor with an id, a date
   * with at least one bound, bounds in the years 1–9998 (so sort keys and store keys, a year wider
   * at most, keep four-digit years and order as ISO strings), and a start not after its end. A retraction needs only its id.
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
    for (LocalDate bound : new LocalDate[] {date.getStart(), date.getEnd()}) {
      if (bound != null && (bound.getYear() < MIN_YEAR || bound.getYear() > MAX_YEAR)) {
        throw new InvalidEventException("Event " + event.getId() + " is dated outside the years "
            + MIN_YEAR + "–" + MAX_YEAR + ": " + bound);
      }
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

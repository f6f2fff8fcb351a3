package io.newstimeline.timeline;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.NewsEvent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Checks that a report can be placed on a timeline; stateless. What it accepts is the topic
 * contract of {@code news.events} (README, docs/SEMANTICS.md); a record it refuses goes to the
 * dead letters with the reason.
 *
 * <p><b>Legal ids</b> (event, article and actor ids): 1 to {@value #MAX_ID_LENGTH} characters, not
 * all whitespace, no control character (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) and
 * no lone surrogate. Any other character is legal, separators included: keys are built with
 * {@link CompositeKey}, which escapes them, and a lone surrogate is refused because UTF-8 cannot
 * carry it (two such ids would be stored under the same bytes).
 */
public final class EventValidator {

  /** The first and last years a bound may have: four-digit years, and a year to spare below 9999. */
  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 9998;
  /** The longest legal id, in UTF-16 characters. */
  static final int MAX_ID_LENGTH = 200;
  /** The longest text field (outlet, url, summary, evidence, date expression, actor name). */
  static final int MAX_TEXT_LENGTH = 10_000;
  /** The most actors of one report: each pair of them is a link, so the work per report grows with the square. */
  static final int MAX_ACTORS = 64;
  /** The longest a month, quarter or year interval can be, in days. */
  private static final int MONTH_DAYS = 31;
  private static final int QUARTER_DAYS = 92;
  private static final int YEAR_DAYS = 366;
  /** How much of a bad id a reason quotes. */
  private static final int QUOTED_LENGTH = 60;

  private EventValidator() {}

  /**
   * Returns {@code event} when it has a legal id, a legal article id, 1 to {@value #MAX_ACTORS}
   * actors with legal ids, text fields of at most {@value #MAX_TEXT_LENGTH} characters, and a date
   * with at least one bound, bounds in the years {@value #MIN_YEAR}–{@value #MAX_YEAR} (so sort
   * keys and store keys, a year wider at most, keep four-digit years and order as ISO strings), a
   * start not after its end, and bounds that fit the precision (a DAY is one day; ON_OR_BEFORE has
   * only an end; MONTH, QUARTER and YEAR have both bounds, at most 31, 92 and 366 days apart). A
   * retraction needs only a legal id.
   *
   * @throws InvalidEventException naming what is wrong
   */
  public static NewsEvent validate(String key, NewsEvent event) {
    if (event == null) {
      throw new InvalidEventException("Event record has no value (key " + quote(key) + ")");
    }
    String idProblem = idProblem(event.getId());
    if (event.getId() == null || event.getId().isEmpty()) {
      throw new InvalidEventException("Event has no id");
    }
    if (idProblem != null) {
      throw new InvalidEventException("Event id " + quote(event.getId()) + " " + idProblem);
    }
    String id = event.getId();
    if (event.getRetracted()) {
      return event; // a retraction only needs to name the report it withdraws
    }
    String articleProblem = idProblem(event.getArticleId());
    if (articleProblem != null) {
      throw new InvalidEventException("Event " + id + " has an article id " + quote(event.getArticleId()) + " that " + articleProblem);
    }
    if (event.getActors() == null || event.getActors().isEmpty()) {
      throw new InvalidEventException("Event " + id + " has no actor");
    }
    if (event.getActors().size() > MAX_ACTORS) {
      throw new InvalidEventException("Event " + id + " has " + event.getActors().size() + " actors, more than " + MAX_ACTORS);
    }
    for (Actor actor : event.getActors()) {
      String actorProblem = idProblem(actor.getId());
      if (actorProblem != null) {
        throw new InvalidEventException(actor.getId() == null || actor.getId().isBlank()
            ? "Event " + id + " has an actor without an id"
            : "Event " + id + " has an actor id " + quote(actor.getId()) + " that " + actorProblem);
      }
      checkText(id, "actor name", actor.getName());
    }
    checkText(id, "outlet", event.getOutlet());
    checkText(id, "url", event.getUrl());
    checkText(id, "summary", event.getSummary());
    checkText(id, "evidence", event.getEvidence());
    checkDate(id, event.getDate());
    return event;
  }

  /**
   * Why {@code id} is not a legal id ("is empty", "holds a control character U+000A"...), or null
   * when it is legal.
   */
  public static String idProblem(String id) {
    if (id == null || id.isEmpty()) {
      return "is empty";
    }
    if (id.length() > MAX_ID_LENGTH) {
      return "is " + id.length() + " characters long, more than " + MAX_ID_LENGTH;
    }
    if (id.isBlank()) {
      return "is blank";
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isISOControl(c)) {
        return "holds a control character " + codePoint(c);
      }
      if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
        i++; // a well-formed pair
      } else if (Character.isSurrogate(c)) {
        return "holds a lone surrogate " + codePoint(c);
      }
    }
    return null;
  }

  private static void checkText(String id, String field, String text) {
    if (text != null && text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidEventException("Event " + id + " has a " + field + " of " + text.length()
          + " characters, more than " + MAX_TEXT_LENGTH);
    }
  }

  private static void checkDate(String id, EventDate date) {
    if (date == null || (date.getStart() == null && date.getEnd() == null)) {
      throw new InvalidEventException("Event " + id + " has no date");
    }
    checkText(id, "date expression", date.getExpression());
    LocalDate start = date.getStart();
    LocalDate end = date.getEnd();
    for (LocalDate bound : new LocalDate[] {start, end}) {
      if (bound != null && (bound.getYear() < MIN_YEAR || bound.getYear() > MAX_YEAR)) {
        throw new InvalidEventException("Event " + id + " is dated outside the years "
            + MIN_YEAR + "–" + MAX_YEAR + ": " + bound);
      }
    }
    if (start != null && end != null && start.isAfter(end)) {
      throw new InvalidEventException("Event " + id + " starts (" + start + ") after it ends (" + end + ")");
    }
    if (!fits(date.getPrecision(), start, end)) {
      throw new InvalidEventException("Event " + id + " has a " + date.getPrecision() + " date from "
          + (start == null ? "an open start" : start) + " to " + (end == null ? "an open end" : end));
    }
  }

  /** Whether an interval from {@code start} to {@code end} (one of them at least, in order) can have {@code precision}. */
  private static boolean fits(DatePrecision precision, LocalDate start, LocalDate end) {
    if (precision == null) {
      return false;
    }
    return switch (precision) {
      case DAY -> start != null && start.equals(end);
      case ON_OR_BEFORE -> start == null;
      case MONTH -> spansAtMost(start, end, MONTH_DAYS);
      case QUARTER -> spansAtMost(start, end, QUARTER_DAYS);
      case YEAR -> spansAtMost(start, end, YEAR_DAYS);
      case RANGE -> true;
    };
  }

  private static boolean spansAtMost(LocalDate start, LocalDate end, int days) {
    return start != null && end != null && ChronoUnit.DAYS.between(start, end) < days;
  }

  /** {@code text} fit for a one-line reason: cut to {@value #QUOTED_LENGTH} characters, controls and surrogates as U+XXXX. */
  static String quote(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder quoted = new StringBuilder(Math.min(text.length(), QUOTED_LENGTH) + 8).append('"');
    for (int i = 0; i < text.length() && i < QUOTED_LENGTH; i++) {
      char c = text.charAt(i);
      quoted.append(Character.isISOControl(c) || Character.isSurrogate(c) ? codePoint(c) : String.valueOf(c));
    }
    if (text.length() > QUOTED_LENGTH) {
      quoted.append('…');
    }
    return quoted.append('"').toString();
  }

  private static String codePoint(char c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
  }
}

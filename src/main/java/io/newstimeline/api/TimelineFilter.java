package io.newstimeline.api;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a timeline page asks for: entries that can have happened within {@code from}..{@code to}
 * (their date interval overlaps it; an open bound overlaps everything on its side), with
 * {@code actor}, of {@code type} and {@code precision}; at most {@code limit} of them, after the
 * entry whose sort key is {@code after}. Every part but the limit is optional (null).
 */
record TimelineFilter(LocalDate from, LocalDate to, String actor, EventType type, DatePrecision precision,
    String after, int limit) {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  static final Set<String> PARAMS = Set.of("from", "to", "actor", "type", "precision", "after", "limit", "asOf");

  TimelineFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("'from' " + from + " is after 'to' " + to);
    }
  }

  static TimelineFilter of(ApiRequest request) {
    request.allow(PARAMS);
    return new TimelineFilter(request.date("from"), request.date("to"), request.text("actor"),
        request.constant("type", EventType.class), request.constant("precision", DatePrecision.class),
        cursor(request.text("after")), request.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
  }

  /** Whether {@code entry} passes every filter (the cursor and limit aside). */
  boolean matches(TimelineEntry entry) {
    EventDate date = entry.getDate();
    if (from != null && date.getEnd() != null && date.getEnd().isBefore(from)) {
      return false;
    }
    if (to != null && date.getStart() != null && date.getStart().isAfter(to)) {
      return false;
    }
    if (type != null && entry.getType() != type) {
      return false;
    }
    if (precision != null && date.getPrecision() != precision) {
      return false;
    }
    return actor == null || entry.getActors().stream().map(Actor::getId).anyMatch(actor::equals);
  }

  /** Whether {@code sortKey} comes after the cursor. */
  boolean afterCursor(String sortKey) {
    return after == null || sortKey.compareTo(after) > 0;
  }

  /** The opaque cursor of the page that follows the entry with {@code sortKey}. */
  static String cursorOf(String sortKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key a cursor from {@link #cursorOf} stands for, or null for none. */
  static String cursor(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("'after' is not a cursor this API returned: '" + text + "'");
    }
  }

  /** The query string that asks another instance the same (its own stores only). */
  Map<String, String> params() {
    Map<String, String> params = new LinkedHashMap<>();
    put(params, "from", from);
    put(params, "to", to);
    put(params, "actor", actor);
    put(params, "type", type);
    put(params, "precision", precision);
    put(params, "after", after == null ? null : cursorOf(after));
    params.put("limit", Integer.toString(limit));
    return params;
  }

  private static void put(Map<String, String> params, String name, Object value) {
    if (value != null) {
      params.put(name, value.toString());
    }
  }
}

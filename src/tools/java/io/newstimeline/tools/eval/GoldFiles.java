package io.newstimeline.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstimeline.InputException;
import io.newstimeline.avro.DatePrecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads gold files: a JSON array of events whose {@code date} is {@code "YYYY-MM-DD"},
 * {@code "YYYY-MM"}, {@code "YYYY"} or {@code {"from": ..., "to": ...}} (either bound may be null).
 */
public final class GoldFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFiles() {
  }

  /**
   * Returns the gold events in {@code file}.
   *
   * @throws InputException naming the file when it cannot be read or an event is malformed
   */
  public static List<GoldEvent> load(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new InputException(file + ": cannot read gold events (" + e.getMessage() + ")", e);
    }
    if (root == null || !root.isArray()) {
      throw new InputException(file + ": gold events must be a JSON array");
    }
    List<GoldEvent> events = new ArrayList<>();
    int position = 0;
    for (JsonNode node : root) {
      position++;
      try {
        events.add(event(node));
      } catch (RuntimeException e) {
        throw new InputException(file + ": gold event #" + position + " is malformed (" + e.getMessage() + ")", e);
      }
    }
    return events;
  }

  private static GoldEvent event(JsonNode node) {
    JsonNode date = node.get("date");
    LocalDate start;
    LocalDate end;
    if (date.isObject()) {
      start = bound(date.get("from"), true);
      end = bound(date.get("to"), false);
    } else {
      start = bound(date, true);
      end = bound(date, false);
    }
    List<String> actors = new ArrayList<>();
    node.path("actors").forEach(actor -> actors.add(actor.asText()));
    return new GoldEvent(start, end, DatePrecision.valueOf(node.get("precision").asText().toUpperCase(Locale.ROOT)),
        List.copyOf(actors), node.path("summary").asText(null), node.get("evidence").asText(),
        node.path("date_expression").isNull() ? null : node.path("date_expression").asText(null),
        node.path("tier").asText("fixed"));
  }

  /** The first (or last) day of a day, month or year written as text; null for JSON null. */
  static LocalDate bound(JsonNode value, boolean first) {
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText();
    try {
      return switch (text.length()) {
        case 4 -> first ? Year.parse(text).atDay(1) : Year.parse(text).atMonth(12).atEndOfMonth();
        case 7 -> first ? YearMonth.parse(text).atDay(1) : YearMonth.parse(text).atEndOfMonth();
        default -> LocalDate.parse(text);
      };
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad date '" + text + "'", e);
    }
  }
}

package io.newstimeline.article.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newstimeline.avro.EventDate;

/**
 * An event date in JSON: inclusive ISO days ({@code null} for an open bound), the precision and the
 * words that fixed it.
 */
@JsonPropertyOrder({"start", "end", "precision", "expression"})
public record DateJson(String start, String end, String precision, String expression) {

  /** Returns {@code date} as JSON. */
  public static DateJson of(EventDate date) {
    return new DateJson(date.getStart() == null ? null : date.getStart().toString(),
        date.getEnd() == null ? null : date.getEnd().toString(), date.getPrecision().name(), date.getExpression());
  }
}

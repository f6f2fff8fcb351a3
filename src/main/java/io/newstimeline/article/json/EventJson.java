package io.newstimeline.article.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.NewsEvent;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An event as the {@code extract} command prints it, with a stable field order; the curated events
 * file uses the same fields (plus {@code articleId}).
 */
@JsonPropertyOrder({"article", "id", "type", "date", "actors", "summary", "evidence", "evidenceStart", "evidenceEnd",
    "after"})
public record EventJson(String article, String id, String type, DateJson date, List<String> actors, String summary,
    String evidence, Integer evidenceStart, Integer evidenceEnd, String after) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Returns {@code event} in JSON form, actors by display name. */
  public static EventJson of(NewsEvent event) {
    return new EventJson(event.getArticleId(), event.getId(), event.getType().name(), DateJson.of(event.getDate()),
        event.getActors().stream().map(Actor::getName).toList(), event.getSummary(), event.getEvidence(),
        event.getEvidenceStart(), event.getEvidenceEnd(), event.getAfter());
  }

  /** Returns {@code events} as one pretty-printed JSON array. */
  public static String toJson(List<NewsEvent> events) {
    try {
      return JSON.writeValueAsString(events.stream().map(EventJson::of).toList());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.newstimeline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import io.newstimeline.view.TimelineJson;
import java.io.IOException;
import java.time.Instant;

/** The API's JSON shapes of the topology's values (docs in {@code openapi.yaml}); stateless. */
final class ApiJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot render JSON", e);
    }
  }

  static JsonNode parse(byte[] body) throws IOException {
    return MAPPER.readTree(body);
  }

  static ObjectNode entry(TimelineEntry entry) {
    ObjectNode node = TimelineJson.entry(entry);
    node.put("firstReportedAt", entry.getFirstReportedAt().toString());
    node.put("lastReportedAt", entry.getLastReportedAt().toString());
    return node;
  }

  static ObjectNode actor(Actor actor) {
    return object().put("id", actor.getId()).put("name", actor.getName()).put("kind", actor.getKind().name());
  }

  static ObjectNode item(ActorTimelineItem item) {
    ObjectNode node = object()
        .put("entryId", item.getEntryId())
        .put("sortKey", item.getSortKey())
        .put("type", item.getType().name());
    node.set("date", TimelineJson.date(item.getDate()));
    node.put("summary", item.getSummary());
    ArrayNode others = node.putArray("otherActors");
    item.getOtherActors().forEach(others::add);
    return node;
  }

  static ObjectNode link(ActorLink link) {
    ObjectNode node = object();
    node.set("a", actor(link.getActorA()));
    node.set("b", actor(link.getActorB()));
    node.put("count", link.getCount());
    node.set("first", object().put("entryId", link.getFirstEntryId()).put("sortKey", link.getFirstSortKey())
        .set("date", TimelineJson.date(link.getFirstDate())));
    node.set("last", object().put("entryId", link.getLastEntryId()).put("sortKey", link.getLastSortKey())
        .set("date", TimelineJson.date(link.getLastDate())));
    return node;
  }

  static ObjectNode alert(LinkAlert alert) {
    ObjectNode node = object();
    node.set("a", actor(alert.getActorA()));
    node.set("b", actor(alert.getActorB()));
    node.put("entryId", alert.getEntryId());
    node.set("date", TimelineJson.date(alert.getDate()));
    node.put("summary", alert.getSummary());
    node.put("reportedAt", alert.getReportedAt().toString());
    return node;
  }

  /** A change of the timeline: the entry after it, or null when it left the timeline, and why. */
  static ObjectNode revision(TimelineRevision revision) {
    ObjectNode node = object()
        .put("entryId", revision.getEntryId())
        .put("revision", revision.getRevision())
        .put("reason", revision.getReason())
        .put("causeEventId", revision.getCauseEventId());
    node.set("entry", revision.getAfter() == null ? null : entry(revision.getAfter()));
    if (revision.getBefore() != null) {
      node.put("previousSortKey", revision.getBefore().getSortKey());
    }
    return node;
  }

  static String instant(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}

package io.newstimeline.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.SourceReport;
import io.newstimeline.avro.TimelineEntry;
import java.util.Comparator;
import java.util.List;

/** Renders timeline entries as a JSON array in timeline order, the shape dashboards and auditors read; stateless. */
public final class TimelineJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TimelineJson() {}

  /** The entries, sorted by sort key, as pretty-printed JSON. */
  public static String entries(List<TimelineEntry> entries) {
    ArrayNode array = MAPPER.createArrayNode();
    entries.stream().sorted(Comparator.comparing(TimelineEntry::getSortKey)).forEach(e -> array.add(entry(e)));
    try {
      return MAPPER.writeValueAsString(array);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot render JSON", e);
    }
  }

  /** One entry as compact JSON without its revision counter: the canonical form digests are taken over. */
  public static String canonicalWithoutRevision(TimelineEntry entry) {
    ObjectNode node = entry(entry);
    node.remove("revision");
    return node.toString();
  }

  /** One entry with its actors, date, sources and evidence: the shape of {@code news.timeline} values in JSON. */
  public static ObjectNode entry(TimelineEntry entry) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", entry.getId());
    node.put("sortKey", entry.getSortKey());
    node.put("type", entry.getType().name());
    node.set("date", date(entry.getDate()));
    ArrayNode actors = node.putArray("actors");
    for (Actor actor : entry.getActors()) {
      actors.addObject().put("id", actor.getId()).put("name", actor.getName()).put("kind", actor.getKind().name());
    }
    node.put("summary", entry.getSummary());
    node.put("corroboration", entry.getCorroboration());
    node.put("revision", entry.getRevision());
    node.put("after", entry.getAfter());
    ArrayNode sources = node.putArray("sources");
    for (SourceReport source : entry.getSources()) {
      sources.addObject()
          .put("eventId", source.getEventId())
          .put("articleId", source.getArticleId())
          .put("outlet", source.getOutlet())
          .put("url", source.getUrl())
          .put("published", source.getPublished().toString())
          .put("evidence", source.getEvidence());
    }
    return node;
  }

  /** A date as its bounds, precision and the words that fixed it. */
  public static ObjectNode date(EventDate date) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("start", date.getStart() == null ? null : date.getStart().toString());
    node.put("end", date.getEnd() == null ? null : date.getEnd().toString());
    node.put("precision", date.getPrecision().name());
    node.put("expression", date.getExpression());
    return node;
  }
}

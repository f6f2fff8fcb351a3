package io.newstimeline.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstimeline.schema.SchemaLogEntry.ConfigEntry;
import io.newstimeline.schema.SchemaLogEntry.ConfigRemoved;
import io.newstimeline.schema.SchemaLogEntry.IdWatermark;
import io.newstimeline.schema.SchemaLogEntry.VersionEntry;
import io.newstimeline.schema.SchemaLogEntry.VersionRemoved;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@link SchemaLogEntry}s as the JSON keys and values of the schema log's topic, and reads
 * them back. The shapes are modelled on Confluent's own {@code _schemas} records, but the two are
 * not interchangeable: the registry refuses a topic holding Confluent's records.
 *
 * <table>
 *   <caption>Records by key type</caption>
 *   <tr><th>Key</th><th>Value</th></tr>
 *   <tr><td>{@code {"keytype":"SCHEMA","subject":"s","version":1}}</td>
 *       <td>{@code {"subject":"s","version":1,"id":7,"schema":"...","deleted":false}}, plus
 *           {@code "metadata"} and {@code "ruleSet"} objects when the schema has them, or null
 *           (tombstone: version permanently deleted)</td></tr>
 *   <tr><td>{@code {"keytype":"CONFIG","subject":"s"}}, with {@code "subject":null} for the registry</td>
 *       <td>{@code {"compatibilityLevel":"FULL","normalize":true}}, either field left out when not
 *           set, or null (config removed)</td></tr>
 *   <tr><td>{@code {"keytype":"ID_WATERMARK"}}</td>
 *       <td>{@code {"maxId":7}}: every id up to 7 was handed out</td></tr>
 * </table>
 *
 * <p>Keys are written with a fixed field order, so equal keys are equal bytes and compaction keeps
 * one record per key. Our keys never carry the {@code magic} field that Confluent's always do, which
 * is how {@link #writtenByThisRegistry} tells the two apart. Records written before metadata, rule
 * sets and {@code normalize} existed read as entries without them.
 */
final class SchemaLogCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaLogCodec() {
  }

  private static final Set<String> KEY_TYPES = Set.of("SCHEMA", "CONFIG", "ID_WATERMARK");

  /**
   * Returns true when {@code key} is one this registry writes: a JSON object with one of its key
   * types and no {@code magic} field (Confluent Schema Registry's keys always have one).
   */
  static boolean writtenByThisRegistry(byte[] key) {
    if (key == null) {
      return false;
    }
    try {
      JsonNode node = JSON.readTree(key);
      return node != null && node.isObject() && !node.has("magic") && KEY_TYPES.contains(node.path("keytype").asText());
    } catch (IOException e) {
      return false;
    }
  }

  /** Returns the record key of {@code entry}. */
  static byte[] key(SchemaLogEntry entry) {
    SchemaLogKey key = entry.key();
    ObjectNode node = JSON.createObjectNode().put("keytype", key.type().name());
    switch (key.type()) {
      case SCHEMA -> node.put("subject", key.subject()).put("version", key.version());
      case CONFIG -> node.put("subject", key.subject());
      case ID_WATERMARK -> { }
    }
    return write(node);
  }

  /** Returns the record value of {@code entry}, or null for a tombstone. */
  static byte[] value(SchemaLogEntry entry) {
    if (entry instanceof VersionEntry v) {
      ObjectNode node = JSON.createObjectNode().put("subject", v.subject()).put("version", v.version())
          .put("id", v.id()).put("schema", v.schema()).put("deleted", v.deleted());
      SchemaContent content = v.content();
      if (content.metadata() != null) {
        node.set("metadata", content.metadataJson());
      }
      if (content.ruleSet() != null) {
        node.set("ruleSet", content.ruleSetJson());
      }
      return write(node);
    }
    if (entry instanceof ConfigEntry c) {
      ObjectNode node = JSON.createObjectNode();
      if (c.level() != null) {
        node.put("compatibilityLevel", c.level().name());
      }
      if (c.normalize() != null) {
        node.put("normalize", c.normalize());
      }
      return write(node);
    }
    if (entry instanceof IdWatermark w) {
      return write(JSON.createObjectNode().put("maxId", w.maxId()));
    }
    return null;
  }

  /**
   * Returns the entry a record holds, or empty when its key type is unknown to this version.
   *
   * @throws IllegalArgumentException when the key or value is not the JSON described above
   */
  static Optional<SchemaLogEntry> decode(byte[] key, byte[] value) {
    if (key == null) {
      return Optional.empty();
    }
    JsonNode keyNode = read(key);
    String subject = keyNode.path("subject").isTextual() ? keyNode.get("subject").asText() : null;
    String keyType = keyNode.path("keytype").asText();
    JsonNode valueNode = value == null ? null : read(value);
    switch (keyType) {
      case "SCHEMA" -> {
        int version = required(keyNode, "version").asInt();
        if (valueNode == null) {
          return Optional.of(new VersionRemoved(subject, version));
        }
        int id = required(valueNode, "id").asInt();
        SchemaContent content = SchemaContent.of(required(valueNode, "schema").asText(), valueNode.get("metadata"),
            valueNode.get("ruleSet"));
        return Optional.of(new VersionEntry(subject, version, id, content.schema(),
            valueNode.path("deleted").asBoolean(false), content.metadata(), content.ruleSet()));
      }
      case "CONFIG" -> {
        if (valueNode == null) {
          return Optional.of(new ConfigRemoved(subject));
        }
        JsonNode levelNode = valueNode.get("compatibilityLevel");
        JsonNode normalizeNode = valueNode.get("normalize");
        if ((levelNode == null || levelNode.isNull()) && (normalizeNode == null || normalizeNode.isNull())) {
          throw new IllegalArgumentException("Missing field 'compatibilityLevel' in " + valueNode);
        }
        CompatibilityLevel level = null;
        if (levelNode != null && !levelNode.isNull()) {
          level = CompatibilityLevel.forName(levelNode.asText())
              .orElseThrow(() -> new IllegalArgumentException("Unknown compatibility level " + levelNode.asText()));
        }
        Boolean normalize = normalizeNode == null || normalizeNode.isNull() ? null : normalizeNode.asBoolean();
        return Optional.of(new ConfigEntry(subject, level, normalize));
      }
      case "ID_WATERMARK" -> {
        return valueNode == null ? Optional.empty() : Optional.of(new IdWatermark(required(valueNode, "maxId").asInt()));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("Missing field '" + field + "' in " + node);
    }
    return value;
  }

  private static byte[] write(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(byte[] bytes) {
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("Not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalArgumentException("Not JSON: " + e.getMessage(), e);
    }
  }
}

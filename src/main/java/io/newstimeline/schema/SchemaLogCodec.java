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

/**
 * Writes {@link SchemaLogEntry}s as the JSON keys and values of the {@code _schemas} topic, and
 * reads them back. The shapes are modelled on Confluent's own {@code _schemas} records, but the
 * two are not interchangeable: never point both registries at one topic.
 *
 * <table>
 *   <caption>Records by key type</caption>
 *   <tr><th>Key</th><th>Value</th></tr>
 *   <tr><td>{@code {"keytype":"SCHEMA","subject":"s","version":1}}</td>
 *       <td>{@code {"subject":"s","version":1,"id":7,"schema":"...","deleted":false}}, or null (tombstone:
 *           version permanently deleted)</td></tr>
 *   <tr><td>{@code {"keytype":"CONFIG","subject":"s"}}, with {@code "subject":null} for the registry</td>
 *       <td>{@code {"compatibilityLevel":"FULL"}}, or null (level removed)</td></tr>
 *   <tr><td>{@code {"keytype":"ID_WATERMARK"}}</td>
 *       <td>{@code {"maxId":7}}: every id up to 7 was handed out</td></tr>
 * </table>
 *
 * <p>Keys are written with a fixed field order, so equal keys are equal bytes and compaction keeps
 * one record per key. Records with an unknown key type are skipped when read.
 */
final class SchemaLogCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaLogCodec() {
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
      return write(JSON.createObjectNode().put("subject", v.subject()).put("version", v.version()).put("id", v.id())
          .put("schema", v.schema()).put("deleted", v.deleted()));
    }
    if (entry instanceof ConfigEntry c) {
      return write(JSON.createObjectNode().put("compatibilityLevel", c.level().name()));
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
        return Optional.of(new VersionEntry(subject, version, required(valueNode, "id").asInt(),
            required(valueNode, "schema").asText(), valueNode.path("deleted").asBoolean(false)));
      }
      case "CONFIG" -> {
        if (valueNode == null) {
          return Optional.of(new ConfigRemoved(subject));
        }
        String level = required(valueNode, "compatibilityLevel").asText();
        return Optional.of(new ConfigEntry(subject, CompatibilityLevel.forName(level)
            .orElseThrow(() -> new IllegalArgumentException("Unknown compatibility level " + level))));
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

package io.newstimeline.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * What makes a schema one schema in Confluent's registry: its text and, since Confluent Platform
 * 7.4, its {@code metadata} (tags, properties) and {@code ruleSet} (data-quality and migration
 * rules). Equal content gets one global id and one {@link #guid()} under every subject.
 *
 * <p>Metadata and rule sets are kept as opaque JSON objects in a canonical form (keys sorted, no
 * whitespace), so the same object sent with other key order or spacing is the same content; an
 * empty or absent object is null.
 *
 * @param schema the schema in Avro's canonical JSON form
 * @param metadata the metadata object as canonical JSON, or null
 * @param ruleSet the rule set object as canonical JSON, or null
 */
public record SchemaContent(String schema, String metadata, String ruleSet) {

  private static final ObjectMapper CANONICAL = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  public SchemaContent {
    Objects.requireNonNull(schema, "schema");
  }

  /** Returns content without metadata or rules. */
  public static SchemaContent of(String schema) {
    return new SchemaContent(schema, null, null);
  }

  /**
   * Returns content with {@code metadata} and {@code ruleSet} put in canonical form.
   *
   * @throws IllegalArgumentException when either is neither null nor a JSON object
   */
  static SchemaContent of(String schema, JsonNode metadata, JsonNode ruleSet) {
    return new SchemaContent(schema, canonical(metadata, "metadata"), canonical(ruleSet, "ruleSet"));
  }

  /**
   * Returns Confluent's {@code guid} of this content: a UUID that names the content itself (a
   * name-based UUID of its canonical form), so every registry that holds it gives the same one.
   */
  public String guid() {
    String identity = schema + '\u0000' + Objects.toString(metadata, "") + '\u0000' + Objects.toString(ruleSet, "");
    return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Returns the metadata as a JSON object, or null. */
  JsonNode metadataJson() {
    return tree(metadata);
  }

  /** Returns the rule set as a JSON object, or null. */
  JsonNode ruleSetJson() {
    return tree(ruleSet);
  }

  /** Returns this content with {@code metadata} and {@code ruleSet} where it has none: Confluent's carry-over. */
  SchemaContent inheritingFrom(SchemaContent previous) {
    return new SchemaContent(schema, metadata != null ? metadata : previous.metadata,
        ruleSet != null ? ruleSet : previous.ruleSet);
  }

  private static String canonical(JsonNode node, String field) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("'" + field + "' must be a JSON object");
    }
    if (node.isEmpty()) {
      return null;
    }
    try {
      return CANONICAL.writeValueAsString(CANONICAL.treeToValue(node, Object.class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("'" + field + "' is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static JsonNode tree(String json) {
    if (json == null) {
      return null;
    }
    try {
      return CANONICAL.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON is unreadable: " + json, e);
    }
  }
}

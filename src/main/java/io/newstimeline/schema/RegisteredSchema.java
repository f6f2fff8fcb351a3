package io.newstimeline.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One version of a subject: what {@code GET /subjects/{subject}/versions/{version}} answers, and
 * (with the same fields) what a registration answers in Confluent Platform 8.
 *
 * @param subject the subject, e.g. {@code news.events-value}
 * @param version the version under that subject, from 1
 * @param id the schema's global id, shared by every subject holding the same schema
 * @param schema the schema in Avro's canonical JSON form
 * @param metadata the schema's metadata (tags, properties), or null
 * @param ruleSet the schema's rule set, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "guid", allowGetters = true, ignoreUnknown = true)
public record RegisteredSchema(String subject, int version, int id, String schema, JsonNode metadata,
    JsonNode ruleSet) {

  /** A version of a schema without metadata or rules. */
  public RegisteredSchema(String subject, int version, int id, String schema) {
    this(subject, version, id, schema, null, null);
  }

  /** Returns the version of {@code subject} holding {@code content}. */
  static RegisteredSchema of(String subject, int version, int id, SchemaContent content) {
    return new RegisteredSchema(subject, version, id, content.schema(), content.metadataJson(), content.ruleSetJson());
  }

  /** Returns the globally unique id of the schema's content (see {@link SchemaContent#guid()}). */
  @JsonProperty("guid")
  public String guid() {
    return SchemaContent.of(schema, metadata, ruleSet).guid();
  }
}

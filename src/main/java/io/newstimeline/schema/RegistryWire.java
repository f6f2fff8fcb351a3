package io.newstimeline.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The JSON bodies of Confluent's Schema Registry REST API v1 that are not plain lists or
 * {@link RegisteredSchema}/{@link SubjectVersion}, shared by the embedded server and the REST
 * client. Field names and order follow Confluent's; Avro is the default schema type, so
 * {@code schemaType} is left out of answers as Confluent leaves it out for Avro.
 */
final class RegistryWire {

  /** The media type of every answer, and of the requests Confluent's own client sends. */
  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  /** The JSON mapper for request and answer bodies; unknown request fields are ignored, as Confluent does. */
  static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RegistryWire() {
  }

  /**
   * The body of every error answer, e.g. {@code {"error_code":40401,"message":"Subject 'x' not found."}}.
   *
   * @param errorCode the Confluent error code
   * @param message the message
   */
  record ErrorMessage(@JsonProperty("error_code") int errorCode, @JsonProperty("message") String message) {
  }

  /**
   * The body of {@code POST /subjects/{subject}/versions}, {@code POST /subjects/{subject}} and the
   * compatibility checks.
   *
   * @param schema the schema text
   * @param schemaType AVRO, or null for AVRO
   * @param references schema references; this registry accepts none
   * @param metadata the schema's metadata (tags, properties), or null
   * @param ruleSet the schema's rule set, or null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record SchemaRequest(String schema, String schemaType, List<JsonNode> references, JsonNode metadata,
      JsonNode ruleSet) {

    SchemaRequest(String schema) {
      this(schema, null, null, null, null);
    }
  }

  /**
   * The answer to a registration in Confluent Platform before 8: the schema's global id. Newer
   * registries answer with more fields (see {@link RegisteredSchema}); this reads either.
   *
   * @param id the id
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record RegisterSchemaResponse(int id) {
  }

  /**
   * The answer to {@code GET /schemas/ids/{id}} and {@code GET /schemas/guids/{guid}}.
   *
   * @param schema the schema text
   * @param metadata the schema's metadata, or null
   * @param ruleSet the schema's rule set, or null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SchemaString(String schema, JsonNode metadata, JsonNode ruleSet) {

    static SchemaString of(SchemaContent content) {
      return new SchemaString(content.schema(), content.metadataJson(), content.ruleSetJson());
    }
  }

  /**
   * The answer to {@code GET /config} and {@code GET|DELETE /config/{subject}}; fields not set are left out.
   *
   * @param compatibilityLevel the level's name, e.g. {@code BACKWARD}, or null
   * @param normalize whether schemas are normalized, or null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Config(String compatibilityLevel, Boolean normalize) {

    Config(String compatibilityLevel) {
      this(compatibilityLevel, null);
    }

    static Config of(RegistryConfig config) {
      return new Config(config.level() == null ? null : config.level().name(), config.normalize());
    }
  }

  /**
   * The body of {@code PUT /config} and {@code PUT /config/{subject}}, echoed back as the answer
   * as Confluent does; fields not given are left as they were.
   *
   * @param compatibility the level's name, or null
   * @param normalize whether to normalize schemas, or null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ConfigUpdateRequest(String compatibility, Boolean normalize) {

    ConfigUpdateRequest(String compatibility) {
      this(compatibility, null);
    }
  }

  /**
   * The answer to a compatibility check; {@code messages} only when asked for with {@code verbose=true}.
   *
   * @param isCompatible whether the schema may be registered
   * @param messages why not, or null when not asked for
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CompatibilityCheckResponse(@JsonProperty("is_compatible") boolean isCompatible, List<String> messages) {
  }
}

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
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record SchemaRequest(String schema, String schemaType, List<JsonNode> references) {
  }

  /**
   * The answer to a registration: the schema's global id.
   *
   * @param id the id
   */
  record RegisterSchemaResponse(int id) {
  }

  /**
   * The answer to {@code GET /schemas/ids/{id}}.
   *
   * @param schema the schema text
   */
  record SchemaString(String schema) {
  }

  /**
   * The answer to {@code GET /config} and {@code GET|DELETE /config/{subject}}.
   *
   * @param compatibilityLevel the level's name, e.g. {@code BACKWARD}
   */
  record Config(String compatibilityLevel) {
  }

  /**
   * The body of {@code PUT /config} and {@code PUT /config/{subject}}, echoed back as the answer.
   *
   * @param compatibility the level's name
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ConfigUpdateRequest(String compatibility) {
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

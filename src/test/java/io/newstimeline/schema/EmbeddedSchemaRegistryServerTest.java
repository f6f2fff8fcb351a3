package io.newstimeline.schema;

import static io.newstimeline.schema.ConfluentWire.V1_JSON;
import static io.newstimeline.schema.ConfluentWire.quote;
import static io.newstimeline.schema.ConfluentWire.schemaBody;
import static io.newstimeline.schema.RegistryAssertions.field;
import static io.newstimeline.schema.RegistryAssertions.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedSchemaRegistryServerTest {

  private static final String V1 = record("Person", field("id", "string"));
  private static final String V2_NO_DEFAULT = record("Person", field("id", "string"), field("age", "int"));

  private EmbeddedSchemaRegistryServer server;
  private ConfluentWire wire;

  @BeforeEach
  void startServer() {
    server = EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(), 0);
    wire = new ConfluentWire(server.url());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void shouldListenOnLoopbackOnly() {
    assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port());
  }

  @Test
  void shouldAnswerTheRootWithAnEmptyObject() {
    assertAnswer(wire.send("GET", "/", null), 200, "{}");
  }

  @Test
  void shouldRegisterASchemaAndAnswerItsId() {
    assertAnswer(wire.send("POST", "/subjects/people-value/versions?normalize=false", schemaBody(V1)), 200, version("people-value", 1, 1, V1));
    assertAnswer(wire.send("POST", "/subjects/archive-value/versions", schemaBody(V1)), 200, version("archive-value", 1, 1, V1));
  }

  @Test
  void shouldAnswerTheSchemaOfAnId() {
    register("people-value", V1);

    assertAnswer(wire.send("GET", "/schemas/ids/1?fetchMaxId=false", null), 200, "{\"schema\":" + quote(V1) + "}");
    assertAnswer(wire.send("GET", "/schemas/ids/1/schema", null), 200, V1);
    assertAnswer(wire.send("GET", "/schemas/ids/1/versions", null), 200, "[{\"subject\":\"people-value\",\"version\":1}]");
    assertAnswer(wire.send("GET", "/schemas/ids/1/subjects", null), 200, "[\"people-value\"]");
  }

  @Test
  void shouldAnswerSubjectsVersionsAndTheLatestVersion() {
    register("people-value", V1);

    assertAnswer(wire.send("GET", "/subjects", null), 200, "[\"people-value\"]");
    assertAnswer(wire.send("GET", "/subjects/people-value/versions", null), 200, "[1]");
    assertAnswer(wire.send("GET", "/subjects/people-value/versions/latest", null), 200,
        version("people-value", 1, 1, V1));
    assertAnswer(wire.send("GET", "/subjects/people-value/versions/1/schema", null), 200, V1);
  }

  @Test
  void shouldLookUpASchemaUnderASubject() {
    register("people-value", V1);

    assertAnswer(wire.send("POST", "/subjects/people-value?normalize=false&deleted=false", schemaBody(V1)), 200,
        version("people-value", 1, 1, V1));
    assertAnswer(wire.send("POST", "/subjects/people-value", schemaBody(V2_NO_DEFAULT)), 404,
        "{\"error_code\":40403,\"message\":\"Schema not found\"}");
  }

  @Test
  void shouldAnswerTheSupportedSchemaTypes() {
    assertAnswer(wire.send("GET", "/schemas/types", null), 200, "[\"AVRO\"]");
  }

  @Test
  void shouldAnswerNotFoundErrorsWithConfluentCodes() {
    register("people-value", V1);

    assertAnswer(wire.send("GET", "/subjects/nobody-value/versions", null), 404,
        "{\"error_code\":40401,\"message\":\"Subject 'nobody-value' not found.\"}");
    assertAnswer(wire.send("GET", "/subjects/people-value/versions/9", null), 404,
        "{\"error_code\":40402,\"message\":\"Version 9 not found.\"}");
    assertAnswer(wire.send("GET", "/schemas/ids/9", null), 404,
        "{\"error_code\":40403,\"message\":\"Schema 9 not found\"}");
  }

  @Test
  void shouldAnswerConflictForAnIncompatibleSchema() {
    register("people-value", V1);

    HttpResponse<String> answer = wire.send("POST", "/subjects/people-value/versions", schemaBody(V2_NO_DEFAULT));

    assertAnswer(answer, 409, "{\"error_code\":409,\"message\":" + quote(
        "Schema being registered is incompatible with an earlier schema for subject \"people-value\", details: "
            + "[{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'age' at path '/fields/1' "
            + "in the new schema has no default value and is missing in the old schema', additionalInfo:'age'}, "
            + "{oldSchemaVersion: 1}, {oldSchema: '" + V1 + "'}, {compatibility: 'BACKWARD'}]") + "}");
  }

  @Test
  void shouldAnswerUnprocessableForInvalidSchemasTypesAndVersions() {
    assertAnswer(wire.send("POST", "/subjects/people-value/versions", schemaBody("{\"type\":\"nope\"}")), 422,
        "{\"error_code\":42201,\"message\":\"Either the input schema or one its references is invalid\"}");
    assertAnswer(wire.send("POST", "/subjects/people-value/versions",
            "{\"schema\":" + quote(V1) + ",\"schemaType\":\"PROTOBUF\"}"), 422,
        "{\"error_code\":42201,\"message\":\"Schema type PROTOBUF is not supported; this registry only supports AVRO\"}");
    assertAnswer(wire.send("POST", "/subjects/people-value/versions",
            "{\"schema\":" + quote(V1) + ",\"schemaType\":\"AVRO\",\"references\":[]}"), 200, version("people-value", 1, 1, V1));
    assertAnswer(wire.send("GET", "/subjects/people-value/versions/zero", null), 422,
        "{\"error_code\":42202,\"message\":\"The specified version 'zero' is not a valid version id. "
            + "Allowed values are between [1, 2^31-1] and the string \\\"latest\\\"\"}");
  }

  @Test
  void shouldReadAndWriteTheGlobalCompatibilityLevel() {
    assertAnswer(wire.send("GET", "/config", null), 200, "{\"compatibilityLevel\":\"BACKWARD\"}");
    assertAnswer(wire.send("PUT", "/config", "{\"compatibility\":\"FULL\"}"), 200, "{\"compatibility\":\"FULL\"}");
    assertAnswer(wire.send("GET", "/config", null), 200, "{\"compatibilityLevel\":\"FULL\"}");
    assertAnswer(wire.send("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422,
        "{\"error_code\":42203,\"message\":\"Invalid compatibility level. Valid values are none, backward, forward, "
            + "full, backward_transitive, forward_transitive, and full_transitive\"}");
  }

  @Test
  void shouldReadWriteAndDeleteASubjectCompatibilityLevel() {
    assertAnswer(wire.send("GET", "/config/people-value", null), 404,
        "{\"error_code\":40408,\"message\":\"Subject 'people-value' does not have subject-level compatibility configured\"}");
    assertAnswer(wire.send("GET", "/config/people-value?defaultToGlobal=true", null), 200,
        "{\"compatibilityLevel\":\"BACKWARD\"}");
    assertAnswer(wire.send("PUT", "/config/people-value", "{\"compatibility\":\"NONE\"}"), 200,
        "{\"compatibility\":\"NONE\"}");
    assertAnswer(wire.send("GET", "/config/people-value", null), 200, "{\"compatibilityLevel\":\"NONE\"}");
    assertAnswer(wire.send("DELETE", "/config/people-value", null), 200, "{\"compatibilityLevel\":\"NONE\"}");
    assertAnswer(wire.send("DELETE", "/config/people-value", null), 404,
        "{\"error_code\":40401,\"message\":\"Subject 'people-value' not found.\"}");
  }

  @Test
  void shouldTestCompatibilityAgainstAVersion() {
    register("people-value", V1);

    assertAnswer(wire.send("POST", "/compatibility/subjects/people-value/versions/latest", schemaBody(V1)), 200,
        "{\"is_compatible\":true}");
    assertAnswer(wire.send("POST", "/compatibility/subjects/people-value/versions/latest?verbose=true", schemaBody(V1)),
        200, "{\"is_compatible\":true,\"messages\":[]}");
    assertAnswer(wire.send("POST", "/compatibility/subjects/people-value/versions/1", schemaBody(V2_NO_DEFAULT)), 200,
        "{\"is_compatible\":false}");
    assertAnswer(wire.send("POST", "/compatibility/subjects/people-value/versions?verbose=true", schemaBody(V2_NO_DEFAULT)),
        200, "{\"is_compatible\":false,\"messages\":["
            + quote("{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'age' at path '/fields/1' "
                + "in the new schema has no default value and is missing in the old schema', additionalInfo:'age'}")
            + "," + quote("{oldSchemaVersion: 1}") + "," + quote("{oldSchema: '" + V1 + "'}") + ","
            + quote("{compatibility: 'BACKWARD'}") + "]}");
    assertAnswer(wire.send("POST", "/compatibility/subjects/people-value/versions/latest?verbose=true",
            schemaBody("{\"type\":\"nope\"}")), 200,
        "{\"is_compatible\":false,\"messages\":[\"Either the input schema or one its references is invalid\"]}");
  }

  @Test
  void shouldSoftDeleteThenPermanentlyDeleteAVersion() {
    register("people-value", V1);

    assertAnswer(wire.send("DELETE", "/subjects/people-value/versions/1?permanent=true", null), 404,
        "{\"error_code\":40407,\"message\":\"Subject 'people-value' Version 1 was not deleted first before being "
            + "permanently deleted\"}");
    assertAnswer(wire.send("DELETE", "/subjects/people-value/versions/1", null), 200, "1");
    assertAnswer(wire.send("DELETE", "/subjects/people-value/versions/1", null), 404,
        "{\"error_code\":40406,\"message\":\"Subject 'people-value' Version 1 was soft deleted.Set permanent=true "
            + "to delete permanently\"}");
    assertAnswer(wire.send("GET", "/subjects/people-value/versions?deleted=true", null), 200, "[1]");
    assertAnswer(wire.send("DELETE", "/subjects/people-value/versions/1?permanent=true", null), 200, "1");
    assertAnswer(wire.send("GET", "/subjects?deleted=true", null), 200, "[]");
  }

  @Test
  void shouldSoftDeleteThenPermanentlyDeleteASubject() {
    register("people-value", V1);

    assertAnswer(wire.send("DELETE", "/subjects/people-value?permanent=true", null), 404,
        "{\"error_code\":40405,\"message\":\"Subject 'people-value' was not deleted first before being permanently "
            + "deleted\"}");
    assertAnswer(wire.send("DELETE", "/subjects/people-value", null), 200, "[1]");
    assertAnswer(wire.send("GET", "/subjects", null), 200, "[]");
    assertAnswer(wire.send("GET", "/subjects?deleted=true", null), 200, "[\"people-value\"]");
    assertAnswer(wire.send("DELETE", "/subjects/people-value", null), 404,
        "{\"error_code\":40404,\"message\":\"Subject 'people-value' was soft deleted.Set permanent=true to delete "
            + "permanently\"}");
    assertAnswer(wire.send("GET", "/schemas/ids/1", null), 200, "{\"schema\":" + quote(V1) + "}");
    assertAnswer(wire.send("DELETE", "/subjects/people-value?permanent=true", null), 200, "[1]");
    assertAnswer(wire.send("GET", "/schemas/ids/1", null), 404, "{\"error_code\":40403,\"message\":\"Schema 1 not found\"}");
  }

  @Test
  void shouldAcceptEveryConfluentRequestContentType() {
    assertAnswer(wire.send("POST", "/subjects/a-value/versions", schemaBody(V1), "application/vnd.schemaregistry+json"),
        200, version("a-value", 1, 1, V1));
    assertAnswer(wire.send("POST", "/subjects/b-value/versions", schemaBody(V1), "application/json; charset=UTF-8"),
        200, version("b-value", 1, 1, V1));
    assertAnswer(wire.send("POST", "/subjects/c-value/versions", schemaBody(V1), "application/octet-stream"),
        200, version("c-value", 1, 1, V1));
    assertAnswer(wire.send("POST", "/subjects/d-value/versions", schemaBody(V1), null), 200, version("d-value", 1, 1, V1));
    assertAnswer(wire.send("POST", "/subjects/e-value/versions", schemaBody(V1), "text/plain"), 415,
        "{\"error_code\":415,\"message\":\"HTTP 415 Unsupported Media Type\"}");
  }

  @Test
  void shouldAnswerUnknownPathsMethodsAndBodiesLikeConfluent() {
    assertAnswer(wire.send("GET", "/nothing/here", null), 404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");
    assertAnswer(wire.send("GET", "/schemas/ids/abc", null), 404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");
    assertAnswer(wire.send("PUT", "/subjects", "{}"), 405, "{\"error_code\":405,\"message\":\"HTTP 405 Method Not Allowed\"}");
    assertAnswer(wire.send("POST", "/subjects//versions", schemaBody(V1)), 422,
        "{\"error_code\":42208,\"message\":\"The specified subject '' is not a valid.\"}");
    assertAnswer(wire.send("GET", "/subjects/", null), 200, "[]");
    HttpResponse<String> malformed = wire.send("POST", "/subjects/people-value/versions", "{\"schema\":");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).startsWith("{\"error_code\":400,\"message\":\"");
  }

  @Test
  void shouldStoreAndReturnMetadataAndRuleSetsWithEveryRead() {
    String metadata = "{\"properties\":{\"owner\":\"Bob\",\"email\":\"bob@acme.com\"}}";
    String ruleSet = "{\"domainRules\":[{\"name\":\"checkId\",\"kind\":\"CONDITION\",\"type\":\"CEL\"}]}";
    String body = "{\"schema\":" + quote(V1) + ",\"metadata\":" + metadata + ",\"ruleSet\":" + ruleSet + "}";
    String guid = new SchemaContent(V1, "{\"properties\":{\"email\":\"bob@acme.com\",\"owner\":\"Bob\"}}",
        "{\"domainRules\":[{\"kind\":\"CONDITION\",\"name\":\"checkId\",\"type\":\"CEL\"}]}").guid();
    String sorted = "\"metadata\":{\"properties\":{\"email\":\"bob@acme.com\",\"owner\":\"Bob\"}},"
        + "\"ruleSet\":{\"domainRules\":[{\"kind\":\"CONDITION\",\"name\":\"checkId\",\"type\":\"CEL\"}]}";
    String full = "{\"subject\":\"people-value\",\"version\":1,\"id\":1,\"schema\":" + quote(V1) + "," + sorted
        + ",\"guid\":" + quote(guid) + "}";

    assertAnswer(wire.send("POST", "/subjects/people-value/versions", body), 200, full);
    assertAnswer(wire.send("GET", "/subjects/people-value/versions/1", null), 200, full);
    assertAnswer(wire.send("POST", "/subjects/people-value", body), 200, full);
    assertAnswer(wire.send("GET", "/subjects/people-value/metadata?key=owner&value=Bob", null), 200, full);
    assertAnswer(wire.send("GET", "/schemas/ids/1", null), 200, "{\"schema\":" + quote(V1) + "," + sorted + "}");
    assertAnswer(wire.send("GET", "/schemas/guids/" + guid, null), 200, "{\"schema\":" + quote(V1) + "," + sorted + "}");
    assertAnswer(wire.send("GET", "/subjects/people-value/metadata?key=owner&value=Alice", null), 404,
        "{\"error_code\":40403,\"message\":\"Schema not found\"}");
  }

  @Test
  void shouldGiveTheSameSchemaWithOtherMetadataANewIdAndCarryMetadataOverWhenNoneIsGiven() {
    String owned = "{\"schema\":" + quote(V1) + ",\"metadata\":{\"properties\":{\"owner\":\"Bob\"}}}";
    assertThat(wire.send("POST", "/subjects/people-value/versions", schemaBody(V1)).body()).contains("\"id\":1");
    assertThat(wire.send("POST", "/subjects/people-value/versions", owned).body()).contains("\"version\":2,\"id\":2");

    // As Confluent does: a registration without metadata keeps the subject's latest metadata.
    assertThat(wire.send("POST", "/subjects/people-value/versions", schemaBody(V1)).body())
        .contains("\"version\":2,\"id\":2", "\"owner\":\"Bob\"");
  }

  @Test
  void shouldStoreNormalizeOnSubjectAndGlobalConfigs() {
    assertAnswer(wire.send("PUT", "/config/people-value", "{\"compatibility\":\"FULL\",\"normalize\":true}"), 200,
        "{\"compatibility\":\"FULL\",\"normalize\":true}");
    assertAnswer(wire.send("GET", "/config/people-value", null), 200,
        "{\"compatibilityLevel\":\"FULL\",\"normalize\":true}");
    assertAnswer(wire.send("PUT", "/config/people-value", "{\"normalize\":false}"), 200, "{\"normalize\":false}");
    assertAnswer(wire.send("GET", "/config/people-value", null), 200,
        "{\"compatibilityLevel\":\"FULL\",\"normalize\":false}");

    assertAnswer(wire.send("PUT", "/config", "{\"normalize\":true}"), 200, "{\"normalize\":true}");
    assertAnswer(wire.send("GET", "/config", null), 200, "{\"compatibilityLevel\":\"BACKWARD\",\"normalize\":true}");
    assertAnswer(wire.send("GET", "/config/other-value?defaultToGlobal=true", null), 200,
        "{\"compatibilityLevel\":\"BACKWARD\",\"normalize\":true}");
  }

  @Test
  void shouldAnswerConfluentFeaturesItLacksWithOperationNotPermitted() {
    assertAnswer(wire.send("GET", "/exporters", null), 422,
        "{\"error_code\":42205,\"message\":\"Operation not permitted: GET /exporters is not supported by this registry\"}");
    assertAnswer(wire.send("PUT", "/mode", "{\"mode\":\"READONLY\"}"), 422,
        "{\"error_code\":42205,\"message\":\"Operation not permitted: PUT /mode is not supported by this registry\"}");
    assertAnswer(wire.send("GET", "/mode", null), 200, "{\"mode\":\"READWRITE\"}");
  }

  @Test
  void shouldAnswerAssociationLookupsWithNotFoundSoConfluentSerdesFallBackToTheTopicName() {
    assertThat(wire.send("GET", "/associations/resources/-/news.timeline?resourceType=topic", null).statusCode()).isEqualTo(404);
  }

  @Test
  void shouldDecodePercentEncodedSubjects() {
    assertAnswer(wire.send("POST", "/subjects/news%2Fevents%20v1/versions", schemaBody(V1)), 200, version("news/events v1", 1, 1, V1));

    assertAnswer(wire.send("GET", "/subjects", null), 200, "[\"news/events v1\"]");
  }

  @Test
  void shouldReportABusyPortWithTheFlagThatChangesIt() {
    PortInUseException e = catchThrowableOfType(PortInUseException.class,
        () -> EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(), server.port()));

    assertThat(e).hasMessage("Port " + server.port() + " is already in use; choose another with --registry-port");
    assertThat(e.port()).isEqualTo(server.port());
  }

  private void register(String subject, String schema) {
    assertThat(wire.send("POST", "/subjects/" + subject + "/versions", schemaBody(schema)).statusCode()).isEqualTo(200);
  }

  /** Returns the JSON of a version without metadata, as registration, lookup and reads answer it. */
  private static String version(String subject, int version, int id, String schema) {
    return "{\"subject\":" + quote(subject) + ",\"version\":" + version + ",\"id\":" + id + ",\"schema\":" + quote(schema)
        + ",\"guid\":" + quote(SchemaContent.of(schema).guid()) + "}";
  }

  private static void assertAnswer(HttpResponse<String> answer, int status, String body) {
    assertThat(answer.statusCode()).as("status of %s", answer.uri()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).contains(V1_JSON);
    assertThat(answer.body()).isEqualTo(body);
  }
}

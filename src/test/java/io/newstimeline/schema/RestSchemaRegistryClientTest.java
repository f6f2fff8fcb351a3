package io.newstimeline.schema;

import static io.newstimeline.schema.RegistryAssertions.assertRegistryError;
import static io.newstimeline.schema.RegistryAssertions.field;
import static io.newstimeline.schema.RegistryAssertions.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.Actor;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientTest {

  private static final Schema V1 = new Schema.Parser().parse(record("Person", field("id", "string")));
  private static final Schema V2_NO_DEFAULT =
      new Schema.Parser().parse(record("Person", field("id", "string"), field("age", "int")));

  private EmbeddedSchemaRegistryServer server;
  private RestSchemaRegistryClient client;

  @BeforeEach
  void startServer() {
    server = EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(), 0);
    client = new RestSchemaRegistryClient(server.url());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void shouldRegisterAndResolveSchemasOverHttp() {
    int id = client.register("actors-value", Actor.getClassSchema());

    assertThat(id).isEqualTo(1);
    assertThat(new RestSchemaRegistryClient(server.url()).getById(id)).isEqualTo(Actor.getClassSchema());
    assertThat(client.getLatest("actors-value"))
        .isEqualTo(new RegisteredSchema("actors-value", 1, 1, Actor.getClassSchema().toString()));
    assertThat(client.lookup("actors-value", Actor.getClassSchema()).version()).isEqualTo(1);
    assertThat(client.getSubjects()).containsExactly("actors-value");
    assertThat(client.getVersions("actors-value")).containsExactly(1);
  }

  @Test
  void shouldAnswerRegisteredIdsAndSchemasFromItsCacheOnceKnown() {
    int id = client.register("people-value", V1);
    client.getById(id);
    server.close();

    assertThat(client.register("people-value", V1)).isEqualTo(id);
    assertThat(client.getById(id)).isEqualTo(V1);
  }

  @Test
  void shouldRaiseTheRegistrysErrorCodesAndMessages() {
    client.register("people-value", V1);

    assertRegistryError(() -> client.getLatest("nobody-value"), 40401, "Subject 'nobody-value' not found.");
    assertRegistryError(() -> client.getById(99), 40403, "Schema 99 not found");
    assertRegistryError(() -> client.register("people-value", V2_NO_DEFAULT), 409,
        "Schema being registered is incompatible with an earlier schema for subject \"people-value\", details: "
            + "[{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'age' at path '/fields/1' "
            + "in the new schema has no default value and is missing in the old schema', additionalInfo:'age'}, "
            + "{oldSchemaVersion: 1}, {oldSchema: '" + V1 + "'}, {compatibility: 'BACKWARD'}]");
  }

  @Test
  void shouldNameTheUrlWhenTheRegistryCannotBeReached() {
    String url = server.url();
    server.close();

    assertRegistryError(() -> new RestSchemaRegistryClient(url).getById(1), 503,
        "Cannot reach the schema registry at " + url + ": connection refused");
  }

  @Test
  void shouldSetAndApplyCompatibilityLevels() {
    client.register("people-value", V1);
    assertThat(client.testCompatibility("people-value", V2_NO_DEFAULT)).hasSize(4);

    client.setCompatibility(CompatibilityLevel.FULL);
    client.setCompatibility("people-value", CompatibilityLevel.NONE);

    assertThat(client.getCompatibility()).isEqualTo(CompatibilityLevel.FULL);
    assertThat(client.getCompatibility("people-value")).isEqualTo(CompatibilityLevel.NONE);
    assertThat(client.getCompatibility("others-value")).isEqualTo(CompatibilityLevel.FULL);
    assertThat(client.testCompatibility("people-value", V2_NO_DEFAULT)).isEmpty();
    assertThat(client.register("people-value", V2_NO_DEFAULT)).isEqualTo(2);
  }

  @Test
  void shouldSoftAndPermanentlyDeleteSubjectsAndVersions() {
    client.register("people-value", V1);
    client.register("places-value", V1);

    assertThat(client.deleteVersion("places-value", VersionId.LATEST, false)).isEqualTo(1);
    assertThat(client.deleteVersion("places-value", VersionId.of(1), true)).isEqualTo(1);
    assertThat(client.deleteSubject("people-value", false)).containsExactly(1);
    assertThat(client.deleteSubject("people-value", true)).containsExactly(1);

    assertThat(client.getSubjects()).isEqualTo(List.of());
  }
}

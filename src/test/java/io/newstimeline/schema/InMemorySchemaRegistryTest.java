package io.newstimeline.schema;

import static io.newstimeline.schema.RegistryAssertions.assertRegistryError;
import static io.newstimeline.schema.RegistryAssertions.field;
import static io.newstimeline.schema.RegistryAssertions.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.Actor;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryTest {

  private static final String V1 = record("Person", field("id", "string"));
  private static final String V2_WITH_DEFAULT = record("Person", field("id", "string"), field("age", "int", "0"));
  private static final String V2_NO_DEFAULT = record("Person", field("id", "string"), field("age", "int"));
  private static final String OTHER = record("Place", field("name", "string"));

  private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

  @Test
  void shouldStartIdsAtOneAndShareThemAcrossSubjects() {
    int first = registry.register("people-value", V1);
    int other = registry.register("places-value", OTHER);
    int sameSchemaElsewhere = registry.register("archive-value", V1);

    assertThat(List.of(first, other, sameSchemaElsewhere)).containsExactly(1, 2, 1);
    assertThat(registry.version("archive-value", VersionId.LATEST, false))
        .isEqualTo(new RegisteredSchema("archive-value", 1, 1, V1));
  }

  @Test
  void shouldReturnTheExistingIdWithoutANewVersionWhenTheSameSchemaIsRegisteredAgain() {
    registry.register("people-value", V1);
    registry.register("people-value", V2_WITH_DEFAULT);

    int again = registry.register("people-value", V1);

    assertThat(again).isEqualTo(1);
    assertThat(registry.versions("people-value", false)).containsExactly(1, 2);
  }

  @Test
  void shouldTreatSchemasDifferingOnlyInWhitespaceAsTheSameSchema() {
    int compact = registry.register("people-value", V1);
    int spaced = registry.register("people-value", "{ \"type\": \"record\", \"name\": \"Person\",\n"
        + "  \"fields\": [ { \"name\": \"id\", \"type\": \"string\" } ] }");

    assertThat(spaced).isEqualTo(compact);
    assertThat(registry.version("people-value", VersionId.of(1), false).schema()).isEqualTo(V1);
  }

  @Test
  void shouldRegisterAnAvroSchemaObjectAndResolveItById() {
    Schema actor = Actor.getClassSchema();

    int id = registry.register("actors-value", actor);

    assertThat(registry.getById(id)).isEqualTo(actor);
    assertThat(registry.schema(id)).isEqualTo(actor.toString());
  }

  @Test
  void shouldNumberVersionsPerSubjectAndResolveLatest() {
    registry.register("people-value", V1);
    registry.register("places-value", OTHER);
    registry.register("people-value", V2_WITH_DEFAULT);

    assertThat(registry.version("people-value", VersionId.parse("latest"), false))
        .isEqualTo(new RegisteredSchema("people-value", 2, 3, V2_WITH_DEFAULT));
    assertThat(registry.version("people-value", VersionId.parse("-1"), false).version()).isEqualTo(2);
    assertThat(registry.version("places-value", VersionId.parse("1"), false))
        .isEqualTo(new RegisteredSchema("places-value", 1, 2, OTHER));
    assertThat(registry.subjects(false)).containsExactly("people-value", "places-value");
  }

  @Test
  void shouldRejectAFieldAddedWithoutDefaultUnderBackward() {
    registry.register("people-value", V1);

    assertRegistryError(() -> registry.register("people-value", V2_NO_DEFAULT), 409,
        "Schema being registered is incompatible with an earlier schema for subject \"people-value\", details: "
            + "[{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'age' at path '/fields/1' "
            + "in the new schema has no default value and is missing in the old schema', additionalInfo:'age'}, "
            + "{oldSchemaVersion: 1}, {oldSchema: '" + V1 + "'}, {compatibility: 'BACKWARD'}]");
    assertThat(registry.versions("people-value", true)).containsExactly(1);
  }

  @Test
  void shouldAcceptAFieldAddedWithDefaultUnderBackward() {
    registry.register("people-value", V1);

    assertThat(registry.register("people-value", V2_WITH_DEFAULT)).isEqualTo(2);
  }

  @Test
  void shouldRejectRemovingAFieldWithoutDefaultUnderForward() {
    registry.setSubjectCompatibility("people-value", CompatibilityLevel.FORWARD);
    registry.register("people-value", V2_NO_DEFAULT);

    assertThat(registry.testCompatibility("people-value", V1)).containsExactly(
        "{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'age' at path '/fields/1' "
            + "in the old schema has no default value and is missing in the new schema', additionalInfo:'age'}",
        "{oldSchemaVersion: 1}",
        "{oldSchema: '" + V2_NO_DEFAULT + "'}",
        "{compatibility: 'FORWARD'}");
  }

  @Test
  void shouldAcceptAnyChangeUnderNone() {
    registry.setGlobalCompatibility(CompatibilityLevel.NONE);
    registry.register("people-value", V1);

    assertThat(registry.register("people-value", OTHER)).isEqualTo(2);
  }

  @Test
  void shouldCheckOnlyTheLatestVersionUnlessTransitive() {
    String intId = record("Person", field("id", "int"));
    String stringId = record("Person", field("id", "string"));
    String candidate = record("Person", field("id", "string"), field("age", "int", "0"));
    registry.setSubjectCompatibility("people-value", CompatibilityLevel.NONE);
    registry.register("people-value", intId);
    registry.register("people-value", stringId);

    registry.setSubjectCompatibility("people-value", CompatibilityLevel.BACKWARD);
    assertThat(registry.testCompatibility("people-value", candidate)).isEmpty();
    registry.setSubjectCompatibility("people-value", CompatibilityLevel.BACKWARD_TRANSITIVE);
    assertThat(registry.testCompatibility("people-value", candidate)).containsExactly(
        "{errorType:'TYPE_MISMATCH', description:'The type (path '/fields/0/type') of a field in the new schema "
            + "does not match with the old schema', additionalInfo:'reader type: STRING not compatible with writer type: INT'}",
        "{oldSchemaVersion: 1}",
        "{oldSchema: '" + intId + "'}",
        "{compatibility: 'BACKWARD_TRANSITIVE'}");
  }

  @Test
  void shouldRejectTextThatIsNotAnAvroSchema() {
    assertRegistryError(() -> registry.register("people-value", "{\"type\":\"record\",\"name\":\"Person\"}"), 42201,
        "Either the input schema or one its references is invalid");
    assertRegistryError(() -> registry.register("people-value", "not json"), 42201,
        "Either the input schema or one its references is invalid");
    assertRegistryError(() -> registry.register("people-value", " "), 42201, "Empty schema");
    assertThat(registry.subjects(true)).isEmpty();
  }

  @Test
  void shouldRejectEmptySubjectsAndSubjectsWithControlCharacters() {
    assertRegistryError(() -> registry.register("", V1), 42208, "The specified subject '' is not a valid.");
    assertRegistryError(() -> registry.register("bad\nsubject", V1), 42208,
        "The specified subject 'bad\nsubject' is not a valid.");
    assertRegistryError(() -> registry.setSubjectCompatibility(" ", CompatibilityLevel.NONE), 42208,
        "The specified subject ' ' is not a valid.");
  }

  @Test
  void shouldFindTheVersionHoldingASchemaUnderASubject() {
    registry.register("people-value", V1);
    registry.register("people-value", V2_WITH_DEFAULT);

    assertThat(registry.lookup("people-value", V1, false)).isEqualTo(new RegisteredSchema("people-value", 1, 1, V1));
    assertRegistryError(() -> registry.lookup("people-value", OTHER, false), 40403, "Schema not found");
    assertRegistryError(() -> registry.lookup("nobody-value", V1, false), 40401, "Subject 'nobody-value' not found.");
  }

  @Test
  void shouldAnswerNotFoundForUnknownSubjectsVersionsAndIds() {
    registry.register("people-value", V1);

    assertRegistryError(() -> registry.version("nobody-value", VersionId.LATEST, false), 40401,
        "Subject 'nobody-value' not found.");
    assertRegistryError(() -> registry.version("people-value", VersionId.of(7), false), 40402, "Version 7 not found.");
    assertRegistryError(() -> registry.versions("nobody-value", false), 40401, "Subject 'nobody-value' not found.");
    assertRegistryError(() -> registry.schema(42), 40403, "Schema 42 not found");
    assertRegistryError(() -> registry.getById(42), 40403, "Schema 42 not found");
    assertRegistryError(() -> registry.versionsOf(42, false), 40403, "Schema not found");
  }

  @Test
  void shouldHideASoftDeletedVersionButKeepItsIdResolvable() {
    registry.register("people-value", V1);
    registry.register("people-value", V2_WITH_DEFAULT);

    assertThat(registry.deleteVersion("people-value", VersionId.of(1), false)).isEqualTo(1);

    assertThat(registry.versions("people-value", false)).containsExactly(2);
    assertThat(registry.versions("people-value", true)).containsExactly(1, 2);
    assertRegistryError(() -> registry.version("people-value", VersionId.of(1), false), 40402, "Version 1 not found.");
    assertThat(registry.version("people-value", VersionId.of(1), true)).isEqualTo(new RegisteredSchema("people-value", 1, 1, V1));
    assertThat(registry.schema(1)).isEqualTo(V1);
    assertThat(registry.versionsOf(1, false)).isEmpty();
    assertThat(registry.versionsOf(1, true)).containsExactly(new SubjectVersion("people-value", 1));
    assertRegistryError(() -> registry.deleteVersion("people-value", VersionId.of(1), false), 40406,
        "Subject 'people-value' Version 1 was soft deleted.Set permanent=true to delete permanently");
  }

  @Test
  void shouldDeleteAVersionPermanentlyOnlyAfterASoftDelete() {
    registry.register("people-value", V1);
    registry.register("people-value", V2_WITH_DEFAULT);

    assertRegistryError(() -> registry.deleteVersion("people-value", VersionId.of(2), true), 40407,
        "Subject 'people-value' Version 2 was not deleted first before being permanently deleted");
    registry.deleteVersion("people-value", VersionId.LATEST, false);
    assertThat(registry.deleteVersion("people-value", VersionId.of(2), true)).isEqualTo(2);

    assertThat(registry.versions("people-value", true)).containsExactly(1);
    assertRegistryError(() -> registry.schema(2), 40403, "Schema 2 not found");
    assertRegistryError(() -> registry.deleteVersion("people-value", VersionId.of(2), true), 40402,
        "Version 2 not found.");
  }

  @Test
  void shouldSoftDeleteThenPermanentlyDeleteASubject() {
    registry.register("people-value", V1);
    registry.register("people-value", V2_WITH_DEFAULT);
    registry.register("places-value", OTHER);

    assertThat(registry.deleteSubject("people-value", false)).containsExactly(1, 2);
    assertThat(registry.subjects(false)).containsExactly("places-value");
    assertThat(registry.subjects(true)).containsExactly("people-value", "places-value");
    assertRegistryError(() -> registry.version("people-value", VersionId.LATEST, false), 40401,
        "Subject 'people-value' not found.");
    assertRegistryError(() -> registry.deleteSubject("people-value", false), 40404,
        "Subject 'people-value' was soft deleted.Set permanent=true to delete permanently");

    assertThat(registry.deleteSubject("people-value", true)).containsExactly(1, 2);
    assertThat(registry.subjects(true)).containsExactly("places-value");
    assertRegistryError(() -> registry.deleteSubject("people-value", true), 40401, "Subject 'people-value' not found.");
  }

  @Test
  void shouldRefuseToPermanentlyDeleteASubjectWithLiveVersions() {
    registry.register("people-value", V1);

    assertRegistryError(() -> registry.deleteSubject("people-value", true), 40405,
        "Subject 'people-value' was not deleted first before being permanently deleted");
    assertThat(registry.versions("people-value", false)).containsExactly(1);
  }

  @Test
  void shouldGiveASoftDeletedSchemaANewVersionWithItsOldIdWhenRegisteredAgain() {
    registry.register("people-value", V1);
    registry.deleteSubject("people-value", false);

    int id = registry.register("people-value", V1);

    assertThat(id).isEqualTo(1);
    assertThat(registry.versions("people-value", true)).containsExactly(2);
    assertThat(registry.version("people-value", VersionId.LATEST, false))
        .isEqualTo(new RegisteredSchema("people-value", 2, 1, V1));
  }

  @Test
  void shouldNeverReuseAnIdAfterAPermanentDelete() {
    registry.register("people-value", V1);
    registry.register("places-value", OTHER);
    registry.deleteSubject("places-value", false);
    registry.deleteSubject("places-value", true);

    int next = registry.register("places-value", OTHER);

    assertThat(next).isEqualTo(3);
  }

  @Test
  void shouldApplyTheSubjectLevelThenTheGlobalLevelThenBackward() {
    assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
    assertThat(registry.compatibilityInScope("people-value")).isEqualTo(CompatibilityLevel.BACKWARD);

    registry.setGlobalCompatibility(CompatibilityLevel.FULL);
    assertThat(registry.compatibilityInScope("people-value")).isEqualTo(CompatibilityLevel.FULL);
    assertThat(registry.subjectCompatibility("people-value")).isEmpty();

    registry.setSubjectCompatibility("people-value", CompatibilityLevel.NONE);
    assertThat(registry.compatibilityInScope("people-value")).isEqualTo(CompatibilityLevel.NONE);

    assertThat(registry.deleteSubjectCompatibility("people-value")).isEqualTo(CompatibilityLevel.NONE);
    assertThat(registry.compatibilityInScope("people-value")).isEqualTo(CompatibilityLevel.FULL);
    assertRegistryError(() -> registry.deleteSubjectCompatibility("people-value"), 40401,
        "Subject 'people-value' not found.");

    assertThat(registry.deleteGlobalCompatibility()).isEqualTo(CompatibilityLevel.FULL);
    assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
  }

  @Test
  void shouldDropTheSubjectLevelWhenItsLastLiveVersionIsSoftDeleted() {
    registry.setSubjectCompatibility("people-value", CompatibilityLevel.NONE);
    registry.register("people-value", V1);

    registry.deleteVersion("people-value", VersionId.of(1), false);

    assertThat(registry.subjectCompatibility("people-value")).isEmpty();
  }

  @Test
  void shouldTestCompatibilityAgainstOneVersion() {
    registry.register("people-value", V1);
    registry.register("people-value", V2_WITH_DEFAULT);

    assertThat(registry.testCompatibility("people-value", VersionId.LATEST, V2_NO_DEFAULT)).isEmpty();
    assertThat(registry.testCompatibility("people-value", VersionId.of(1), V2_NO_DEFAULT)).containsExactly(
        "{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'age' at path '/fields/1' "
            + "in the new schema has no default value and is missing in the old schema', additionalInfo:'age'}",
        "{oldSchemaVersion: 1}",
        "{oldSchema: '" + V1 + "'}",
        "{compatibility: 'BACKWARD'}");
    assertThat(registry.testCompatibility("nobody-value", VersionId.LATEST, V1)).isEmpty();
    assertRegistryError(() -> registry.testCompatibility("nobody-value", VersionId.of(1), V1), 40401,
        "Subject 'nobody-value' not found.");
    assertRegistryError(() -> registry.testCompatibility("people-value", VersionId.of(3), V1), 40402,
        "Version 3 not found.");
  }

  @Test
  void shouldListTheSubjectsAndVersionsHoldingAnId() {
    registry.register("people-value", V1);
    registry.register("archive-value", V1);

    assertThat(registry.versionsOf(1, false))
        .containsExactly(new SubjectVersion("archive-value", 1), new SubjectVersion("people-value", 1));
    assertThat(registry.subjectsOf(1, false)).containsExactly("archive-value", "people-value");
  }

  @Test
  void shouldAnswerAStoreErrorAndChangeNothingWhenTheLogFails() {
    FailingSchemaLog log = new FailingSchemaLog();
    InMemorySchemaRegistry failing = new InMemorySchemaRegistry(log);
    failing.register("people-value", V1);

    log.failing = true;
    assertRegistryError(() -> failing.register("places-value", OTHER), 50001,
        "Register schema operation failed while writing to the Kafka store");

    log.failing = false;
    assertThat(failing.subjects(true)).containsExactly("people-value");
    assertThat(failing.register("places-value", OTHER)).isEqualTo(2);
  }

  /** An in-memory log that refuses appends while {@link #failing}. */
  private static final class FailingSchemaLog implements SchemaLog {
    private final InMemorySchemaLog delegate = new InMemorySchemaLog();
    private boolean failing;

    @Override
    public void append(List<SchemaLogEntry> entries) {
      if (failing) {
        throw new IllegalStateException("broker down");
      }
      delegate.append(entries);
    }

    @Override
    public void replay(java.util.function.Consumer<SchemaLogEntry> consumer) {
      delegate.replay(consumer);
    }
  }
}

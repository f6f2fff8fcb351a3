package io.newstimeline.schema;

import static io.newstimeline.schema.RegistryAssertions.field;
import static io.newstimeline.schema.RegistryAssertions.record;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaLogReplayTest {

  private static final String V1 = record("Person", field("id", "string"));
  private static final String V2 = record("Person", field("id", "string"), field("age", "int", "0"));
  private static final String PLACE = record("Place", field("name", "string"));
  private static final String THING = record("Thing", field("name", "string"));

  @Test
  void shouldRebuildTheSameIdsVersionsConfigsAndDeletesFromTheLog() {
    InMemorySchemaLog log = new InMemorySchemaLog();
    writeHistory(new InMemorySchemaRegistry(log));

    InMemorySchemaRegistry restarted = new InMemorySchemaRegistry(log);

    assertHistory(restarted);
  }

  @Test
  void shouldRebuildTheSameStateFromACompactedLog() {
    InMemorySchemaLog log = new InMemorySchemaLog();
    writeHistory(new InMemorySchemaRegistry(log));

    InMemorySchemaRegistry restarted = new InMemorySchemaRegistry(log.compacted());

    assertHistory(restarted);
  }

  @Test
  void shouldKeepOneEntryPerKeyAfterCompaction() {
    InMemorySchemaLog log = new InMemorySchemaLog();
    writeHistory(new InMemorySchemaRegistry(log));

    assertThat(log.compacted().entries()).extracting(SchemaLogEntry::key).doesNotHaveDuplicates();
    assertThat(log.compacted().entries()).noneMatch(SchemaLogEntry::isTombstone);
  }

  /** Registers, evolves, configures and deletes, leaving ids 1..4 handed out and id 3 permanently gone. */
  private static void writeHistory(InMemorySchemaRegistry registry) {
    registry.register("people-value", V1);
    registry.register("people-value", V2);
    registry.register("places-value", PLACE);
    registry.setGlobalCompatibility(CompatibilityLevel.FULL);
    registry.setSubjectCompatibility("people-value", CompatibilityLevel.NONE);
    registry.deleteVersion("people-value", VersionId.of(1), false);
    registry.deleteSubject("places-value", false);
    registry.deleteSubject("places-value", true);
    registry.register("things-value", THING);
  }

  private static void assertHistory(InMemorySchemaRegistry registry) {
    assertThat(registry.subjects(true)).containsExactly("people-value", "things-value");
    assertThat(registry.versions("people-value", true)).containsExactly(1, 2);
    assertThat(registry.versions("people-value", false)).containsExactly(2);
    assertThat(registry.version("people-value", VersionId.of(1), true)).isEqualTo(new RegisteredSchema("people-value", 1, 1, V1));
    assertThat(registry.version("things-value", VersionId.LATEST, false)).isEqualTo(new RegisteredSchema("things-value", 1, 4, THING));
    assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.FULL);
    assertThat(registry.subjectCompatibility("people-value")).contains(CompatibilityLevel.NONE);
    assertThat(registry.register("places-value", PLACE)).as("a permanently deleted id is not reused").isEqualTo(5);
  }
}

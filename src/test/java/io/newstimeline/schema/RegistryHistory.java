package io.newstimeline.schema;

import static io.newstimeline.schema.RegistryAssertions.field;
import static io.newstimeline.schema.RegistryAssertions.record;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history touching every kind of log entry (registrations, evolution, levels, soft and permanent
 * deletes), and the state a registry rebuilt from it must have.
 */
final class RegistryHistory {

  static final String V1 = record("Person", field("id", "string"));
  static final String V2 = record("Person", field("id", "string"), field("age", "int", "0"));
  static final String PLACE = record("Place", field("name", "string"));
  static final String THING = record("Thing", field("name", "string"));

  private RegistryHistory() {
  }

  /** Registers, evolves, configures and deletes, leaving ids 1 to 4 handed out and id 3 permanently gone. */
  static void write(InMemorySchemaRegistry registry) {
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

  /** Asserts {@code registry} holds exactly what {@link #write} left, and hands out id 5 next. */
  static void assertRebuilt(InMemorySchemaRegistry registry) {
    assertThat(registry.subjects(true)).containsExactly("people-value", "things-value");
    assertThat(registry.versions("people-value", true)).containsExactly(1, 2);
    assertThat(registry.versions("people-value", false)).containsExactly(2);
    assertThat(registry.version("people-value", VersionId.of(1), true))
        .isEqualTo(new RegisteredSchema("people-value", 1, 1, V1));
    assertThat(registry.version("people-value", VersionId.of(2), false))
        .isEqualTo(new RegisteredSchema("people-value", 2, 2, V2));
    assertThat(registry.version("things-value", VersionId.LATEST, false))
        .isEqualTo(new RegisteredSchema("things-value", 1, 4, THING));
    assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.FULL);
    assertThat(registry.subjectCompatibility("people-value")).contains(CompatibilityLevel.NONE);
    assertThat(registry.register("places-value", PLACE)).as("a permanently deleted id is not reused").isEqualTo(5);
  }
}

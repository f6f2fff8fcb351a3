package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaLogReplayTest {

  @Test
  void shouldRebuildTheSameIdsVersionsConfigsAndDeletesFromTheLog() {
    InMemorySchemaLog log = new InMemorySchemaLog();
    RegistryHistory.write(new InMemorySchemaRegistry(log));

    InMemorySchemaRegistry restarted = new InMemorySchemaRegistry(log);

    RegistryHistory.assertRebuilt(restarted);
  }

  @Test
  void shouldRebuildTheSameStateFromACompactedLog() {
    InMemorySchemaLog log = new InMemorySchemaLog();
    RegistryHistory.write(new InMemorySchemaRegistry(log));

    InMemorySchemaRegistry restarted = new InMemorySchemaRegistry(log.compacted());

    RegistryHistory.assertRebuilt(restarted);
  }

  @Test
  void shouldKeepOneEntryPerKeyAndNoTombstoneAfterCompaction() {
    InMemorySchemaLog log = new InMemorySchemaLog();
    RegistryHistory.write(new InMemorySchemaRegistry(log));

    assertThat(log.compacted().entries()).extracting(SchemaLogEntry::key).doesNotHaveDuplicates();
    assertThat(log.compacted().entries()).noneMatch(SchemaLogEntry::isTombstone);
  }
}

package io.newstimeline.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@link SchemaLog} kept in a list: durable for the life of the object. Several registries
 * created one after the other on the same instance behave like restarts on the same topic.
 */
public final class InMemorySchemaLog implements SchemaLog {

  private final List<SchemaLogEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(List<SchemaLogEntry> newEntries) {
    entries.addAll(newEntries);
  }

  @Override
  public synchronized void replay(Consumer<SchemaLogEntry> consumer) {
    List.copyOf(entries).forEach(consumer);
  }

  /** Returns every entry appended so far, oldest first. */
  public synchronized List<SchemaLogEntry> entries() {
    return List.copyOf(entries);
  }

  /**
   * Returns a new log holding what Kafka's log compaction eventually leaves: the last entry per key,
   * in the order those entries were written, with tombstones removed.
   */
  public synchronized InMemorySchemaLog compacted() {
    Map<SchemaLogKey, Integer> lastIndexByKey = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      lastIndexByKey.put(entries.get(i).key(), i);
    }
    InMemorySchemaLog compacted = new InMemorySchemaLog();
    for (int i = 0; i < entries.size(); i++) {
      SchemaLogEntry entry = entries.get(i);
      if (lastIndexByKey.get(entry.key()) == i && !entry.isTombstone()) {
        compacted.entries.add(entry);
      }
    }
    return compacted;
  }
}

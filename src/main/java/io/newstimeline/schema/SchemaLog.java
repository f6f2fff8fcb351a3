package io.newstimeline.schema;

import java.util.List;
import java.util.function.Consumer;

/**
 * The registry's durable history: every state change is appended as {@link SchemaLogEntry}s, and a
 * registry started on the same log replays them to rebuild exactly the same ids, versions,
 * compatibility levels and deletes.
 *
 * <p>One registry writes a log at a time; the registry applies an entry to its state only after
 * {@link #append} returned, so it never answers with something the log does not hold.
 */
public interface SchemaLog extends AutoCloseable {

  /**
   * Appends {@code entries} in order and returns once all of them are durable. Each entry on its
   * own is a valid change, so a failure part way leaves a consistent prefix.
   *
   * @throws RuntimeException when the entries may not all be durable
   */
  void append(List<SchemaLogEntry> entries);

  /** Passes every entry to {@code consumer} in the order it was appended, up to the latest append. */
  void replay(Consumer<SchemaLogEntry> consumer);

  /** Releases the log's resources; the default does nothing. */
  @Override
  default void close() {
  }
}

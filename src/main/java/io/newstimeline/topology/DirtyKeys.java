package io.newstimeline.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The keys whose published view is out of date, so that a processor publishes each view at most
 * once per interval instead of once per change. A popular actor changes with almost every event;
 * re-publishing its whole rolling view each time cost ~6.6 KB of output per event
 * (docs/BENCHMARKS.md). Kept in a changelogged store, not only in memory: a commit can fall
 * between a change and the next flush, and a crash there must still publish the view after
 * restore. The store is an in-memory one (see {@link #store}): it holds only the keys changed since
 * the last flush, and a RocksDB store would make every flush step over the tombstones of all the
 * keys flushed before.
 */
final class DirtyKeys {

  /** What a flush does with each dirty key. */
  interface Publisher {
    /** Publishes the current view of {@code key}; {@code timestamp} is that of its first change since the last flush. */
    void publish(String key, long timestamp);
  }

  private final KeyValueStore<String, Long> marks;

  private DirtyKeys(KeyValueStore<String, Long> marks) {
    this.marks = marks;
  }

  /**
   * The dirty keys in store {@code storeName} of {@code context}'s task, flushed to
   * {@code publisher} every {@code interval} of wall-clock time.
   */
  static DirtyKeys schedule(ProcessorContext<?, ?> context, String storeName, Duration interval, Publisher publisher) {
    DirtyKeys dirty = new DirtyKeys(context.getStateStore(storeName));
    context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, now -> dirty.flush(publisher));
    return dirty;
  }

  /** The changelogged in-memory store of the dirty keys named {@code name}: key → timestamp of its first change since the last flush. */
  static StoreBuilder<KeyValueStore<String, Long>> store(String name) {
    return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.Long());
  }

  /** Marks {@code key} as changed by a record of {@code timestamp}. */
  void mark(String key, long timestamp) {
    if (marks.get(key) == null) {
      marks.put(key, timestamp);
    }
  }

  /** Publishes every dirty key, in key order, and forgets it. */
  void flush(Publisher publisher) {
    List<KeyValue<String, Long>> due = new ArrayList<>();
    try (KeyValueIterator<String, Long> it = marks.all()) {
      it.forEachRemaining(due::add);
    }
    for (KeyValue<String, Long> mark : due) {
      publisher.publish(mark.key, mark.value);
      marks.delete(mark.key);
    }
  }
}

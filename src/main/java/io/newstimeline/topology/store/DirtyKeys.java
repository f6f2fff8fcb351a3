package io.newstimeline.topology.store;

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
 *
 * <p>The flush is spread over the interval: the keys fall into {@value #SLICES} slices by hash, and
 * each tenth of the interval publishes one slice. Publishing every dirty key at once each second
 * blocked the stream thread and swelled the next commit, so the timeline entries committed with it
 * were late: the slowest 5% of produce-to-timeline latencies all fell in the same ~300 ms of every
 * second (docs/BENCHMARKS.md).
 */
public final class DirtyKeys {

  /** How many parts the interval's flush is spread over. */
  public static final int SLICES = 10;

  /** What a flush does with each dirty key. */
  public interface Publisher {
    /** Publishes the current view of {@code key}; {@code timestamp} is that of its first change since the last flush. */
    void publish(String key, long timestamp);
  }

  private final KeyValueStore<String, Long> marks;
  private final long tickMs;
  private long lastTick;

  private DirtyKeys(KeyValueStore<String, Long> marks, long tickMs, long now) {
    this.marks = marks;
    this.tickMs = tickMs;
    this.lastTick = now / tickMs;
  }

  /**
   * The dirty keys in store {@code storeName} of {@code context}'s task, each published to
   * {@code publisher} once per {@code interval} of wall-clock time if it changed.
   */
  public static DirtyKeys schedule(ProcessorContext<?, ?> context, String storeName, Duration interval, Publisher publisher) {
    long tickMs = Math.max(1, interval.toMillis() / SLICES);
    DirtyKeys dirty = new DirtyKeys(context.getStateStore(storeName), tickMs, context.currentSystemTimeMs());
    context.schedule(Duration.ofMillis(tickMs), PunctuationType.WALL_CLOCK_TIME, now -> dirty.flushDue(now, publisher));
    return dirty;
  }

  /** The changelogged in-memory store of the dirty keys named {@code name}: key → timestamp of its first change since the last flush. */
  public static StoreBuilder<KeyValueStore<String, Long>> store(String name) {
    return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.Long());
  }

  /** Marks {@code key} as changed by a record of {@code timestamp}. */
  public void mark(String key, long timestamp) {
    if (marks.get(key) == null) {
      marks.put(key, timestamp);
    }
  }

  /**
   * Publishes, in key order, the dirty keys of every slice whose tick has come since the last
   * call, and forgets them. A punctuation that comes late (a stall, or a test advancing the clock
   * by a whole interval) catches up on all the slices it missed.
   */
  void flushDue(long now, Publisher publisher) {
    long tick = now / tickMs;
    long ticks = Math.min(tick - lastTick, SLICES);
    if (ticks <= 0) {
      return;
    }
    lastTick = tick;
    List<KeyValue<String, Long>> due = new ArrayList<>();
    try (KeyValueIterator<String, Long> it = marks.all()) {
      while (it.hasNext()) {
        KeyValue<String, Long> mark = it.next();
        if (Math.floorMod(tick - slice(mark.key), SLICES) < ticks) {
          due.add(mark);
        }
      }
    }
    for (KeyValue<String, Long> mark : due) {
      publisher.publish(mark.key, mark.value);
      marks.delete(mark.key);
    }
  }

  private static int slice(String key) {
    return Math.floorMod(key.hashCode(), SLICES);
  }
}

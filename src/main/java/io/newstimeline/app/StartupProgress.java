package io.newstimeline.app;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * What a starting Kafka Streams application is doing, in one line: its state and for how long,
 * the tasks it has been given, and each state-store partition it is still rebuilding from its
 * changelog with how far it has got. Without tasks after a while, it is waiting on its consumer
 * group (members of an earlier instance, a rebalance). Fed by Kafka Streams' listeners.
 */
final class StartupProgress implements StateRestoreListener {

  private record Restore(String store, long start, long end, long restored) {}

  private final Map<TopicPartition, Restore> restoring = new TreeMap<>(
      (a, b) -> a.topic().equals(b.topic()) ? Integer.compare(a.partition(), b.partition()) : a.topic().compareTo(b.topic()));
  private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
  private volatile long stateSince = System.nanoTime();
  private long restoredPartitions;

  /** Records a change of state, for {@link KafkaStreams#setStateListener}. */
  void onStateChange(KafkaStreams.State newState) {
    state = newState;
    stateSince = System.nanoTime();
  }

  @Override
  public synchronized void onRestoreStart(TopicPartition partition, String store, long start, long end) {
    restoring.put(partition, new Restore(store, start, end, 0));
  }

  @Override
  public synchronized void onBatchRestored(TopicPartition partition, String store, long batchEnd, long count) {
    Restore r = restoring.get(partition);
    if (r != null) {
      restoring.put(partition, new Restore(r.store(), r.start(), r.end(), r.restored() + count));
    }
  }

  @Override
  public synchronized void onRestoreEnd(TopicPartition partition, String store, long total) {
    if (restoring.remove(partition) != null) {
      restoredPartitions++;
    }
  }

  @Override
  public synchronized void onRestoreSuspended(TopicPartition partition, String store, long total) {
    restoring.remove(partition);
  }

  /** One line on where {@code streams} stands, e.g. for a start-up that takes long. */
  synchronized String describe(KafkaStreams streams) {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stateSince);
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s for %d s", state, seconds));
    int tasks = 0;
    try {
      for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
        tasks += thread.activeTasks().size();
      }
    } catch (IllegalStateException notRunning) {
      // metadata is unavailable while the client is not running
    }
    if (tasks == 0 && restoring.isEmpty() && restoredPartitions == 0 && state == KafkaStreams.State.REBALANCING) {
      line.append("; no tasks assigned yet (waiting for the consumer group: a rebalance, or members of an"
          + " earlier instance to expire)");
    } else {
      line.append("; ").append(tasks).append(" active tasks");
    }
    if (!restoring.isEmpty()) {
      line.append("; restoring ").append(restoring.size()).append(" store partitions: ")
          .append(restoring.entrySet().stream()
              .map(e -> String.format(Locale.ROOT, "%s-%d %,d/%,d", e.getValue().store(), e.getKey().partition(),
                  e.getValue().restored(), e.getValue().end() - e.getValue().start()))
              .collect(Collectors.joining(", ")));
    }
    if (restoredPartitions > 0) {
      line.append("; ").append(restoredPartitions).append(" store partitions restored");
    }
    return line.toString();
  }
}

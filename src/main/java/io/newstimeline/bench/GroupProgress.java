package io.newstimeline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Tells when a Kafka Streams application has processed everything it can see: the offsets its
 * consumer group committed on every source topic, external and repartition, have reached the
 * topics' ends.
 *
 * <p>Exactly-once complicates "the end": a transactional writer (the application itself, on its
 * repartition topics) leaves a commit marker after its last record, which takes an offset no
 * consumer ever commits past. So ends are read with {@code read_committed} (the last stable
 * offset, which also leaves out open transactions) and, on topics the application writes, one
 * offset short of the end counts as the end. Committed offsets are read before the ends, so a
 * record written between the two reads can only make the check fail, never pass early.
 */
final class GroupProgress {

  /** What {@link #awaitCaughtUp} returns when there was nothing left to wait for. */
  static final long ALREADY_CAUGHT_UP = Long.MIN_VALUE;

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final Admin admin;
  private final String groupId;
  private final Set<String> externalTopics;
  private final Set<String> internalTopics;
  private List<TopicPartition> partitions;

  /**
   * Progress of application {@code applicationId} running {@code topology}: its sources named
   * {@code *-repartition} are the application's own topics, prefixed with its id.
   */
  GroupProgress(Admin admin, String applicationId, Topology topology) {
    this.admin = admin;
    this.groupId = applicationId;
    Set<String> sources = topology.describe().subtopologies().stream()
        .flatMap(s -> s.nodes().stream())
        .filter(node -> node instanceof TopologyDescription.Source)
        .flatMap(node -> ((TopologyDescription.Source) node).topicSet().stream())
        .collect(Collectors.toSet());
    this.externalTopics = sources.stream().filter(t -> !t.endsWith("-repartition")).collect(Collectors.toSet());
    this.internalTopics = sources.stream().filter(t -> t.endsWith("-repartition"))
        .map(t -> applicationId + "-" + t).collect(Collectors.toSet());
  }

  /** The application's repartition topics, full names. */
  Set<String> internalTopics() {
    return internalTopics;
  }

  /** True when every source partition's committed offset has reached its end. */
  boolean caughtUp() {
    if (partitions == null || partitions.isEmpty()) {
      partitions = partitionsOf(externalTopics, internalTopics);
      if (partitions.isEmpty()) {
        return false;
      }
    }
    Map<TopicPartition, OffsetAndMetadata> committed =
        get(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata());
    Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
    Map<TopicPartition, Long> ends = new HashMap<>();
    get(admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all())
        .forEach((tp, info) -> ends.put(tp, info.offset()));
    for (TopicPartition tp : partitions) {
      OffsetAndMetadata offset = committed.get(tp);
      long done = offset == null ? 0 : offset.offset();
      long end = ends.getOrDefault(tp, 0L);
      long markerAllowance = internalTopics.contains(tp.topic()) ? 1 : 0;
      if (done < end - markerAllowance) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the nanoTime at which the group was first seen caught up, checking every {@code every};
   * two checks in a row must agree, so a check taken between two commits cannot end the wait.
   * Returns {@link #ALREADY_CAUGHT_UP} when the very first check finds it caught up: the work was
   * done before the wait began (e.g. while a multi-threaded app was still rebalancing), so no rate
   * can be computed from it.
   *
   * @throws IllegalStateException when it has not caught up within {@code timeout}
   */
  long awaitCaughtUp(Duration every, Duration timeout, Runnable healthCheck) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long firstSeen = -1;
    boolean firstCheck = true;
    while (true) {
      healthCheck.run();
      long checkedAt = System.nanoTime();
      if (caughtUp()) {
        if (firstCheck) {
          return ALREADY_CAUGHT_UP;
        }
        if (firstSeen >= 0) {
          return firstSeen;
        }
        firstSeen = checkedAt;
      } else {
        firstSeen = -1;
      }
      firstCheck = false;
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Application " + groupId + " did not catch up within " + timeout.toSeconds() + " s");
      }
      Thread.sleep(every.toMillis());
    }
  }

  private List<TopicPartition> partitionsOf(Collection<String> external, Collection<String> internal) {
    List<String> topics = new ArrayList<>(external);
    topics.addAll(internal);
    List<TopicPartition> all = new ArrayList<>();
    try {
      admin.describeTopics(topics).topicNameValues().forEach((name, future) -> get(future).partitions()
          .forEach(p -> all.add(new TopicPartition(name, p.partition()))));
    } catch (IllegalStateException e) {
      return List.of(); // repartition topics are created by the application as it starts; ask again
    }
    return all;
  }

  private static <T> T get(KafkaFuture<T> future) {
    try {
      return future.get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not read group progress: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading group progress", e);
    }
  }
}

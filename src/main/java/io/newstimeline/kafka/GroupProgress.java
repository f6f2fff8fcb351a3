package io.newstimeline.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Tells how far a Kafka Streams application has got through everything it can see, and when it
 * has processed all of it: the offsets its consumer group committed on every source topic,
 * external and repartition, have reached the topics' ends. Stateful (it remembers the ends of the
 * previous check); one instance per application, used from one thread.
 *
 * <p>Exactly-once complicates "the end": a transactional writer leaves a commit marker after its
 * last record, which takes an offset no consumer has to commit past. So ends are read with
 * {@code read_committed} (the last stable offset, which also leaves out open transactions), and:
 * <ul>
 *   <li>on the repartition topics, which the application writes transactionally, the last offset
 *       is always a marker, so one offset short of the end counts as the end;
 *   <li>on the external topics, which anyone may write, with or without transactions, the end is
 *       the offset after the last committed data record. While the topic grows that is the last
 *       stable offset; once it has stopped growing (the same end at two checks in a row) and the
 *       group is still short of it, the tail of the partition is read to find its last data
 *       record, once per end.
 * </ul>
 * Committed offsets are read before the ends, so a record written between the two reads can only
 * make a check fail, never pass early.
 */
public final class GroupProgress implements AutoCloseable {

  /** What {@link #awaitCaughtUp} returns when there was nothing left to wait for. */
  public static final long ALREADY_CAUGHT_UP = Long.MIN_VALUE;

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final String REPARTITION_SUFFIX = "-repartition";

  /** Records processed and records to process on one source topic, summed over its partitions. */
  public record TopicProgress(String topic, long done, long total) {

    /** Whether every partition of the topic has been processed to its end. */
    public boolean reached() {
      return done >= total;
    }
  }

  /** One check: every source topic's progress in topology order, and whether all of them are processed. */
  public record Check(List<TopicProgress> topics, boolean caughtUp) {}

  /** The data end found for a partition whose last stable offset was {@code end}. */
  private record DataEnd(long end, long dataEnd) {}

  private final String groupId;
  private final Admin admin;
  private final String bootstrapServers;
  private final Set<String> sources;
  private final Set<String> internalTopics;
  private final Map<TopicPartition, Long> previousEnds = new HashMap<>();
  private final Map<TopicPartition, DataEnd> dataEnds = new HashMap<>();
  private List<TopicPartition> partitions = List.of();
  private KafkaConsumer<byte[], byte[]> tailReader;

  /**
   * Progress of application {@code applicationId} running {@code topology} on the cluster at
   * {@code bootstrapServers}: its sources named {@code *-repartition} are the application's own
   * topics, prefixed with its id.
   */
  public GroupProgress(String bootstrapServers, String applicationId, Topology topology) {
    this.groupId = applicationId;
    this.bootstrapServers = bootstrapServers;
    this.admin = Admin.create(KafkaClientConfigs.common(bootstrapServers, "news-timeline-progress-" + applicationId));
    Set<String> external = new LinkedHashSet<>();
    Set<String> internal = new LinkedHashSet<>();
    topology.describe().subtopologies().stream()
        .sorted((a, b) -> Integer.compare(a.id(), b.id()))
        .flatMap(s -> s.nodes().stream())
        .filter(node -> node instanceof TopologyDescription.Source)
        .flatMap(node -> ((TopologyDescription.Source) node).topicSet().stream().sorted())
        .forEach(t -> {
          if (t.endsWith(REPARTITION_SUFFIX)) {
            internal.add(applicationId + "-" + t);
          } else {
            external.add(t);
          }
        });
    Set<String> all = new LinkedHashSet<>(external);
    all.addAll(internal);
    this.sources = Collections.unmodifiableSet(all);
    this.internalTopics = Collections.unmodifiableSet(internal);
  }

  /** Every source topic of the application, full names, external ones first, in topology order. */
  public Set<String> sourceTopics() {
    return sources;
  }

  /** The application's repartition topics, full names. */
  public Set<String> internalTopics() {
    return internalTopics;
  }

  /** True when every source partition's committed offset has reached its end. */
  public boolean caughtUp() {
    return check().caughtUp();
  }

  /**
   * Returns the progress now. Before the application has created its repartition topics there is
   * nothing to measure: no topics, not caught up.
   */
  public Check check() {
    if (partitions.isEmpty()) {
      partitions = partitionsOf(sources);
      if (partitions.isEmpty()) {
        return new Check(List.of(), false);
      }
    }
    Map<TopicPartition, OffsetAndMetadata> committed =
        get(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata());
    Map<TopicPartition, Long> ends = get(StableOffsets.of(admin, partitions));

    Map<String, long[]> byTopic = new LinkedHashMap<>();
    sources.forEach(topic -> byTopic.put(topic, new long[2]));
    boolean caughtUp = true;
    for (TopicPartition tp : partitions) {
      OffsetAndMetadata offset = committed.get(tp);
      long done = offset == null ? 0 : offset.offset();
      long end = ends.getOrDefault(tp, 0L);
      long target = target(tp, end);
      Long previousEnd = previousEnds.put(tp, end);
      if (done < target && !internalTopics.contains(tp.topic()) && previousEnd != null && previousEnd == end) {
        target = dataEnd(tp, end); // stopped growing, not reached: is the rest only markers?
      }
      caughtUp &= done >= target;
      long[] sums = byTopic.get(tp.topic());
      sums[0] += Math.min(done, target);
      sums[1] += target;
    }
    List<TopicProgress> topics = new ArrayList<>();
    byTopic.forEach((topic, sums) -> topics.add(new TopicProgress(topic, sums[0], sums[1])));
    return new Check(List.copyOf(topics), caughtUp);
  }

  /**
   * Returns the nanoTime at which the group was first seen caught up, checking every {@code every}
   * and handing each check to {@code onCheck} (which may throw to stop waiting, e.g. when the
   * application has failed); two checks in a row must agree, so a check taken between two commits
   * cannot end the wait. Returns {@link #ALREADY_CAUGHT_UP} when the very first check finds it
   * caught up: the work was done before the wait began (e.g. while a multi-threaded app was still
   * rebalancing), so no rate can be computed from it.
   *
   * @throws IllegalStateException when it has not caught up within {@code timeout}
   */
  public long awaitCaughtUp(Duration every, Duration timeout, Consumer<Check> onCheck) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long firstSeen = -1;
    boolean firstCheck = true;
    while (true) {
      long checkedAt = System.nanoTime();
      Check check = check();
      onCheck.accept(check);
      if (check.caughtUp()) {
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
        throw new IllegalStateException("Application " + groupId + " did not catch up within " + timeout.toSeconds()
            + " s: " + describe(check));
      }
      Thread.sleep(every.toMillis());
    }
  }

  @Override
  public void close() {
    if (tailReader != null) {
      tailReader.close();
    }
    admin.close();
  }

  /** The end to reach on {@code tp} whose last stable offset is {@code end}, without reading the partition. */
  private long target(TopicPartition tp, long end) {
    DataEnd known = dataEnds.get(tp);
    if (known != null && known.end() == end) {
      return known.dataEnd();
    }
    return internalTopics.contains(tp.topic()) ? Math.max(0, end - 1) : end;
  }

  /** The offset after the last committed data record of {@code tp} below {@code end}, read once per end. */
  private long dataEnd(TopicPartition tp, long end) {
    DataEnd known = dataEnds.get(tp);
    if (known == null || known.end() != end) {
      known = new DataEnd(end, lastDataOffset(tp, end) + 1);
      dataEnds.put(tp, known);
    }
    return known.dataEnd();
  }

  /** The offset of the last committed data record of {@code partition} below {@code end}, or -1 when it has none. */
  private long lastDataOffset(TopicPartition partition, long end) {
    KafkaConsumer<byte[], byte[]> reader = tailReader();
    reader.assign(List.of(partition));
    long window = 16;
    while (true) {
      long from = Math.max(0, end - window);
      reader.seek(partition, from);
      long last = -1;
      long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
      while (reader.position(partition) < end) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Could not read the tail of " + partition + " within " + REQUEST_TIMEOUT);
        }
        for (ConsumerRecord<byte[], byte[]> record : reader.poll(POLL)) {
          if (record.offset() < end) {
            last = Math.max(last, record.offset());
          }
        }
      }
      if (last >= 0 || from == 0) {
        return last;
      }
      window *= 8; // a tail of only markers and aborted records: look further back
    }
  }

  private KafkaConsumer<byte[], byte[]> tailReader() {
    if (tailReader == null) {
      Map<String, Object> props = KafkaClientConfigs.consumer(bootstrapServers, "news-timeline-progress-tail", "unused");
      props.remove(ConsumerConfig.GROUP_ID_CONFIG);
      tailReader = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
    return tailReader;
  }

  private List<TopicPartition> partitionsOf(Set<String> topics) {
    List<TopicPartition> all = new ArrayList<>();
    try {
      admin.describeTopics(topics).topicNameValues().forEach((name, future) -> get(future).partitions()
          .forEach(p -> all.add(new TopicPartition(name, p.partition()))));
    } catch (IllegalStateException e) {
      return List.of(); // repartition topics are created by the application as it starts; ask again
    }
    return all;
  }

  private static String describe(Check check) {
    return check.topics().stream().map(t -> t.topic() + " " + t.done() + "/" + t.total()).toList().toString();
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

package io.newstimeline.tools.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * What an application wrote, per topic: records (end offsets, transaction markers included) and
 * bytes on the broker's disk. Divided by the input events, it shows where the work of a topology
 * goes: every record is encoded, sent, appended, and for changelogs also written to RocksDB.
 */
final class TopicFootprint {

  /** Records and bytes of one topic. */
  record Usage(long records, long bytes) {}

  private TopicFootprint() {}

  /** Records and bytes of each topic in {@code topics} that exists, by name. */
  static Map<String, Usage> of(Admin admin, Collection<String> topics) {
    try {
      Map<String, Usage> usage = new TreeMap<>();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      admin.describeTopics(topics).topicNameValues().forEach((name, future) -> {
        try {
          future.get(30, TimeUnit.SECONDS).partitions()
              .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest()));
        } catch (ExecutionException | TimeoutException e) {
          // gone or never created: nothing written
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      Map<String, Long> records = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
          .collect(Collectors.groupingBy(e -> e.getKey().topic(), Collectors.summingLong(e -> e.getValue().offset())));
      Map<String, Long> bytes = new HashMap<>();
      Collection<Integer> brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream()
          .map(node -> node.id()).toList();
      for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get(30, TimeUnit.SECONDS).values()) {
        for (LogDirDescription dir : dirs.values()) {
          for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
            if (records.containsKey(replica.getKey().topic())) {
              bytes.merge(replica.getKey().topic(), replica.getValue().size(), Long::sum);
            }
          }
        }
      }
      records.forEach((topic, count) -> usage.put(topic, new Usage(count, bytes.getOrDefault(topic, 0L))));
      return usage;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not read topic sizes: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading topic sizes", e);
    }
  }
}

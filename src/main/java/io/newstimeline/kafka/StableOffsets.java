package io.newstimeline.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * The end of each partition as a {@code read_committed} consumer sees it: the last stable offset,
 * which leaves out open transactions. What "processed everything" is measured against wherever
 * exactly-once writers are involved.
 */
public final class StableOffsets {

  private StableOffsets() {}

  /** The last stable offset of each of {@code partitions}. */
  public static KafkaFuture<Map<TopicPartition, Long>> of(Admin admin, Collection<TopicPartition> partitions) {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
    return admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
        .thenApply(infos -> {
          Map<TopicPartition, Long> ends = new HashMap<>();
          infos.forEach((tp, info) -> ends.put(tp, info.offset()));
          return ends;
        });
  }
}

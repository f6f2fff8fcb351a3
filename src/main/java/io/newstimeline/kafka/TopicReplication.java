package io.newstimeline.kafka;

/**
 * How many copies of a topic a cluster keeps and how many must have a write before it is
 * acknowledged: three copies and two in-sync replicas on a cluster of three brokers or more, so
 * one broker may be lost without losing an acknowledged record or stopping the writers; as many
 * copies as there are brokers, each required, on a smaller one.
 *
 * @param factor the replication factor
 * @param minInsyncReplicas the {@code min.insync.replicas} of the topic
 */
public record TopicReplication(short factor, int minInsyncReplicas) {

  /** The replication factor wanted on a cluster with enough brokers. */
  public static final int MAX_FACTOR = 3;

  /** The replication of topics on a cluster of {@code brokers} brokers. */
  public static TopicReplication forBrokers(int brokers) {
    short factor = (short) Math.max(1, Math.min(MAX_FACTOR, brokers));
    return new TopicReplication(factor, factor >= MAX_FACTOR ? 2 : 1);
  }
}

package io.newstimeline.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicListing;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;

/**
 * The transactions open on a set of partitions, each with what its coordinator says of it, and
 * the explicit abort of those proven hanging.
 *
 * <p>A transaction open on a partition is <em>hanging</em> when no commit or abort marker will
 * ever reach the partition: its coordinator has no transaction of that producer at all, or has
 * one that is {@code Ongoing} without the partition in it. Only such a one may be
 * aborted, and only by an operator ({@code transactions --abort-hanging}): a coordinator that is
 * preparing or completing a commit or an abort ({@code PrepareCommit}, {@code CompleteCommit},
 * {@code PrepareAbort}, {@code CompleteAbort}, {@code PrepareEpochFence}) may still write its
 * marker, and an abort written ahead of a commit's marker throws away committed output; an
 * {@code Empty} or {@code Unknown} state proves nothing either. Every
 * other transaction is left to its coordinator, which ends it when its producer is fenced by a
 * restart or when it times out.
 *
 * <p>A transaction counts as open only if it starts at the same offset before and after the
 * coordinator was asked: one that ended meanwhile has moved on.
 */
public final class HangingTransactions {

  /**
   * A transaction open on a partition.
   *
   * @param partition where it holds the last stable offset
   * @param producer its producer's id, epoch and start offset on the partition
   * @param coordinator what the coordinator knows of the producer's transaction; empty when nothing
   * @param seenOpen how long this checker has seen it open at the same start offset
   */
  public record Open(TopicPartition partition, ProducerState producer, Optional<TransactionDescription> coordinator,
      Duration seenOpen) {

    /** Whether no marker will ever reach the partition, so that aborting it loses nothing committed. */
    public boolean hanging() {
      return coordinator.isEmpty() || coordinator.get().state() == TransactionState.ONGOING
          && !coordinator.get().topicPartitions().contains(partition);
    }

    /** What the coordinator says, e.g. "Ongoing, producer 7 epoch 3, on 4 partitions, started 12 s ago". */
    public String coordinatorSays() {
      if (coordinator.isEmpty()) {
        return "no transaction of this producer";
      }
      TransactionDescription d = coordinator.get();
      String says = d.state() + ", producer " + d.producerId() + " epoch " + d.producerEpoch() + ", on "
          + d.topicPartitions().size() + " partitions" + (d.topicPartitions().contains(partition) ? " including this one"
          : "");
      // The coordinator's start time is its own clock when the transaction began; absent when none is open.
      return d.transactionStartTimeMs().isPresent() && d.transactionStartTimeMs().getAsLong() > 0
          ? says + ", started " + (System.currentTimeMillis() - d.transactionStartTimeMs().getAsLong()) / 1000 + " s ago"
          : says;
    }

    @Override
    public String toString() {
      return partition + " from offset " + producer.currentTransactionStartOffset().orElse(-1) + " (producer "
          + producer.producerId() + " epoch " + producer.producerEpoch() + ", seen open " + seenOpen.toSeconds()
          + " s; coordinator: " + coordinatorSays() + ")";
    }
  }

  private final Admin admin;
  private final Duration timeout;
  /** When this checker first saw each open transaction, by partition, producer id and start offset. */
  private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();

  /** Asks the cluster through {@code admin}, waiting at most {@code timeout} for each answer. */
  public HangingTransactions(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /** The transactions open on every partition of the topics whose names pass {@code ours}. */
  public List<Open> open(Predicate<String> ours) {
    return open(partitionsOf(ours));
  }

  /** The transactions open on {@code partitions}, with what their coordinators say. */
  public List<Open> open(Collection<TopicPartition> partitions) {
    if (partitions.isEmpty()) {
      return List.of();
    }
    Map<TopicPartition, List<ProducerState>> before = openTransactions(partitions);
    if (before.isEmpty()) {
      return List.of();
    }
    Set<Long> producerIds = before.values().stream().flatMap(List::stream).map(ProducerState::producerId)
        .collect(Collectors.toSet());
    Map<Long, TransactionDescription> known = coordinatorsView(producerIds);
    Map<TopicPartition, List<ProducerState>> after = openTransactions(before.keySet());
    long now = System.nanoTime();
    List<Open> open = new ArrayList<>();
    before.forEach((tp, producers) -> {
      for (ProducerState p : producers) {
        boolean stillOpen = after.getOrDefault(tp, List.of()).stream()
            .anyMatch(q -> q.producerId() == p.producerId()
                && q.currentTransactionStartOffset().equals(p.currentTransactionStartOffset()));
        if (stillOpen) {
          long since = firstSeen.computeIfAbsent(tp + "/" + p.producerId() + "/" + p.currentTransactionStartOffset(),
              key -> now);
          open.add(new Open(tp, p, Optional.ofNullable(known.get(p.producerId())), Duration.ofNanos(now - since)));
        }
      }
    });
    return open;
  }

  /**
   * Aborts {@code transaction} if it is hanging.
   *
   * @throws IllegalArgumentException naming the coordinator's state when it is not hanging
   */
  public void abort(Open transaction) {
    if (!transaction.hanging()) {
      throw new IllegalArgumentException("Not aborting the transaction on " + transaction.partition()
          + ": its coordinator may still write its marker (" + transaction.coordinatorSays() + ")");
    }
    ProducerState p = transaction.producer();
    get(admin.abortTransaction(new AbortTransactionSpec(transaction.partition(), p.producerId(),
        (short) p.producerEpoch(), p.coordinatorEpoch().orElse(0))).all(),
        "abort the hanging transaction on " + transaction.partition());
  }

  private List<TopicPartition> partitionsOf(Predicate<String> ours) {
    Set<String> names = get(admin.listTopics().listings(), "list topics").stream()
        .map(TopicListing::name).filter(ours).collect(Collectors.toSet());
    List<TopicPartition> partitions = new ArrayList<>();
    if (names.isEmpty()) {
      return partitions;
    }
    get(admin.describeTopics(names).allTopicNames(), "describe topics").forEach((name, description) ->
        description.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
    return partitions;
  }

  /** The producers with an open transaction on each of {@code partitions} that has any. */
  private Map<TopicPartition, List<ProducerState>> openTransactions(Collection<TopicPartition> partitions) {
    Map<TopicPartition, List<ProducerState>> open = new HashMap<>();
    get(admin.describeProducers(partitions).all(), "describe the producers of " + partitions.size() + " partitions")
        .forEach((tp, description) -> {
          List<ProducerState> producers = description.activeProducers().stream()
              .filter(p -> p.currentTransactionStartOffset().isPresent()).toList();
          if (!producers.isEmpty()) {
            open.put(tp, producers);
          }
        });
    return open;
  }

  /** What the coordinators say of the current transaction of each of {@code producerIds} they know. */
  private Map<Long, TransactionDescription> coordinatorsView(Set<Long> producerIds) {
    Collection<TransactionListing> listings = get(admin.listTransactions(
        new ListTransactionsOptions().filterProducerIds(producerIds)).all(), "list transactions");
    if (listings.isEmpty()) {
      return Map.of();
    }
    Map<String, TransactionDescription> described = get(admin.describeTransactions(
        listings.stream().map(TransactionListing::transactionalId).toList()).all(), "describe transactions");
    Map<Long, TransactionDescription> byProducer = new HashMap<>();
    for (TransactionListing listing : listings) {
      TransactionDescription d = described.get(listing.transactionalId());
      if (d != null && d.producerId() == listing.producerId()) {
        byProducer.put(listing.producerId(), d);
      }
    }
    return byProducer;
  }

  private <T> T get(KafkaFuture<T> future, String what) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptException(e);
    } catch (ExecutionException e) {
      throw new KafkaException("Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new KafkaException("Could not " + what + " within " + timeout.toSeconds() + " s", e);
    }
  }
}

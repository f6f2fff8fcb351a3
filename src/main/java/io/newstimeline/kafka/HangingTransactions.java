package io.newstimeline.kafka;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and aborts hanging transactions on the application's partitions: data of a transaction
 * that is open on a partition while the transaction's coordinator does not count the partition in
 * any ongoing transaction of that producer, so that no commit or abort marker will ever be written
 * there. Such a partition's last stable offset never moves again: {@code read_committed} readers
 * and exactly-once restores wait on it forever. This is what Kafka's own
 * {@code kafka-transactions.sh find-hanging} and {@code abort} do by hand.
 *
 * <p>A partition is judged hanging only if its open transaction starts at the same offset before
 * and after the coordinator was asked: a transaction that completed meanwhile has moved on, and a
 * live one is in the coordinator's partition set, so neither is aborted.
 */
public final class HangingTransactions {

  private static final Logger log = LoggerFactory.getLogger(HangingTransactions.class);
  private static final Set<TransactionState> IN_PROGRESS = Set.of(
      TransactionState.ONGOING, TransactionState.PREPARE_COMMIT, TransactionState.PREPARE_ABORT);

  /**
   * A transaction open on a partition that its coordinator does not know about.
   *
   * @param partition where it holds the last stable offset
   * @param producer its producer's id, epoch, start offset and coordinator epoch
   * @param coordinatorSays what the coordinator knows of the producer's transaction
   */
  public record Hanging(TopicPartition partition, ProducerState producer, String coordinatorSays) {

    @Override
    public String toString() {
      return partition + " (producer " + producer.producerId() + ", epoch " + producer.producerEpoch()
          + ", open since offset " + producer.currentTransactionStartOffset().orElse(-1) + "; coordinator: "
          + coordinatorSays + ")";
    }
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** How long a transaction may stay open, last written to that long ago, before a check mentions it. */
  private static final Duration LONG_OPEN = Duration.ofSeconds(30);

  private final Admin admin;
  private final Duration timeout;

  /**
   * Aborts, at start-up, the hanging transactions on the partitions of the topics whose names pass
   * {@code ours} on {@code bootstrapServers}. Not being allowed to look (a secured cluster that
   * denies it) or a cluster that does not answer is logged and left to Kafka's own time-outs: the
   * check must not stop a start.
   */
  public static List<Hanging> abortAtStartup(String bootstrapServers, Predicate<String> ours) {
    try (Admin admin = Admin.create(KafkaClientConfigs.common(bootstrapServers, "news-timeline-transaction-check"))) {
      List<Hanging> aborted = new HangingTransactions(admin, TIMEOUT).abortAll(ours);
      log.debug("Start-up check: {} hanging transactions aborted", aborted.size());
      return aborted;
    } catch (KafkaException e) {
      log.warn("Could not check the application's partitions for hanging transactions: {}", e.getMessage());
      return List.of();
    }
  }

  /** Asks the cluster through {@code admin}, waiting at most {@code timeout} for each answer. */
  public HangingTransactions(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /**
   * Aborts the hanging transactions on every partition of the topics whose names pass
   * {@code ours}, logging each; returns what it aborted.
   */
  public List<Hanging> abortAll(Predicate<String> ours) {
    List<Hanging> hanging = find(partitionsOf(ours));
    for (Hanging h : hanging) {
      ProducerState p = h.producer();
      get(admin.abortTransaction(new AbortTransactionSpec(h.partition(), p.producerId(), (short) p.producerEpoch(),
          p.coordinatorEpoch().orElse(0))).all(), "abort the hanging transaction on " + h.partition());
      log.warn("Aborted a hanging transaction on {}: no commit or abort would ever have reached the partition, and"
          + " readers of committed records would have waited on it for good", h);
    }
    return hanging;
  }

  /** The hanging transactions on {@code partitions}. */
  public List<Hanging> find(Collection<TopicPartition> partitions) {
    if (partitions.isEmpty()) {
      return List.of();
    }
    Map<TopicPartition, List<ProducerState>> before = openTransactions(partitions);
    if (before.isEmpty()) {
      return List.of();
    }
    Set<Long> producerIds = before.values().stream().flatMap(List::stream).map(ProducerState::producerId)
        .collect(Collectors.toSet());
    Map<Long, List<TransactionDescription>> known = coordinatorsView(producerIds);
    Map<TopicPartition, List<ProducerState>> after = openTransactions(before.keySet());
    List<Hanging> hanging = new ArrayList<>();
    before.forEach((tp, producers) -> {
      for (ProducerState p : producers) {
        boolean stillOpen = after.getOrDefault(tp, List.of()).stream()
            .anyMatch(q -> q.producerId() == p.producerId()
                && q.currentTransactionStartOffset().equals(p.currentTransactionStartOffset()));
        List<TransactionDescription> transactions = known.getOrDefault(p.producerId(), List.of());
        boolean coordinatorCountsIt = transactions.stream()
            .anyMatch(d -> d.producerId() == p.producerId() && IN_PROGRESS.contains(d.state())
                && d.topicPartitions().contains(tp));
        String coordinatorSays = transactions.isEmpty() ? "no transaction of this producer"
            : transactions.stream().map(HangingTransactions::describe).collect(Collectors.joining("; "));
        if (stillOpen && !coordinatorCountsIt) {
          hanging.add(new Hanging(tp, p, coordinatorSays));
        } else if (stillOpen && System.currentTimeMillis() - p.lastTimestamp() > LONG_OPEN.toMillis()) {
          // Not hanging, yet holding readers back for long: say so, for whoever looks into a slow start.
          log.info("A transaction has been open on {} since offset {} for {} s; its coordinator: {}", tp,
              p.currentTransactionStartOffset().orElse(-1), (System.currentTimeMillis() - p.lastTimestamp()) / 1000,
              coordinatorSays);
        }
      }
    });
    return hanging;
  }

  private static String describe(TransactionDescription d) {
    return d.state() + " with producer " + d.producerId() + " epoch " + d.producerEpoch() + " on "
        + d.topicPartitions().size() + " partitions";
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

  /** What the coordinators say of the transactions of {@code producerIds}, by producer id. */
  private Map<Long, List<TransactionDescription>> coordinatorsView(Set<Long> producerIds) {
    Collection<TransactionListing> listings = get(admin.listTransactions(
        new ListTransactionsOptions().filterProducerIds(producerIds)).all(), "list transactions");
    if (listings.isEmpty()) {
      return Map.of();
    }
    Map<String, TransactionDescription> described = get(admin.describeTransactions(
        listings.stream().map(TransactionListing::transactionalId).toList()).all(), "describe transactions");
    Map<Long, List<TransactionDescription>> byProducer = new HashMap<>();
    for (TransactionListing listing : listings) {
      TransactionDescription d = described.get(listing.transactionalId());
      if (d != null) {
        byProducer.computeIfAbsent(listing.producerId(), id -> new ArrayList<>()).add(d);
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

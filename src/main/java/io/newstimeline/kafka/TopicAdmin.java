package io.newstimeline.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the application's topics on a cluster from their {@link TopicSpec}s. Wraps an
 * {@link Admin} client, which it closes.
 */
public final class TopicAdmin implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

  private final Admin admin;
  private final Duration timeout;

  /** Wraps {@code admin}, waiting at most {@code timeout} for each cluster operation. */
  public TopicAdmin(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /** Returns a topic admin connected to {@code bootstrapServers}, waiting at most 30 s per operation. */
  public static TopicAdmin connect(String bootstrapServers) {
    return new TopicAdmin(Admin.create(KafkaClientConfigs.common(bootstrapServers, "news-timeline-topic-admin")), DEFAULT_TIMEOUT);
  }

  /**
   * Returns the names of the topics it created: those of {@code specs} that did not exist, created
   * with their partitions and configs and the {@link #replication()} of the cluster (three replicas,
   * two in sync, on three brokers or more), and waited for until every partition has a leader. Existing topics are left as they are; a topic created
   * meanwhile by someone else counts as existing.
   */
  public List<String> ensureTopics(Collection<TopicSpec> specs) {
    Set<String> existing = get(admin.listTopics().names(), "list topics");
    warnAboutPartitionMismatches(specs.stream().filter(spec -> existing.contains(spec.name())).toList());
    List<TopicSpec> absent = specs.stream().filter(spec -> !existing.contains(spec.name())).toList();
    if (absent.isEmpty()) {
      log.debug("All {} topics exist", specs.size());
      return List.of();
    }
    TopicReplication replication = replication();
    List<NewTopic> missing = absent.stream()
        .map(spec -> new NewTopic(spec.name(), spec.partitions(), replication.factor()).configs(withMinIsr(spec, replication)))
        .toList();
    Map<String, KafkaFuture<Void>> results = admin.createTopics(missing).values();
    List<String> created = new ArrayList<>();
    for (NewTopic topic : missing) {
      try {
        get(results.get(topic.name()), "create topic " + topic.name());
        created.add(topic.name());
      } catch (KafkaException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
        log.debug("Topic {} was created meanwhile by another client", topic.name());
      }
    }
    waitForTopics(created);
    if (!created.isEmpty()) {
      log.info("Created topics {}", created);
    }
    return List.copyOf(created);
  }

  /**
   * Returns once every topic in {@code names} exists and each of its partitions has a leader.
   *
   * @throws KafkaException when that does not happen within the timeout
   */
  public void waitForTopics(Collection<String> names) {
    if (names.isEmpty()) {
      return;
    }
    Instant deadline = Instant.now().plus(timeout);
    Collection<String> waiting = names;
    while (true) {
      waiting = notReady(waiting);
      if (waiting.isEmpty()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new KafkaException("Topics " + waiting + " have no leader after " + timeout.toMillis() + " ms");
      }
      pause();
    }
  }

  /** Returns the partition count of each existing topic among {@code names}; missing topics are left out. */
  public Map<String, Integer> partitionCounts(Collection<String> names) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    admin.describeTopics(names).topicNameValues().forEach((name, future) -> {
      try {
        counts.put(name, get(future, "describe topic " + name).partitions().size());
      } catch (KafkaException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
      }
    });
    return counts;
  }

  /** Closes the admin client. */
  @Override
  public void close() {
    admin.close(timeout);
  }

  /** The replication of topics created on this cluster, from the number of brokers it has now. */
  public TopicReplication replication() {
    return TopicReplication.forBrokers(get(admin.describeCluster().nodes(), "describe cluster").size());
  }

  /** The spec's configs with the cluster's {@code min.insync.replicas}, unless the spec sets its own. */
  private static Map<String, String> withMinIsr(TopicSpec spec, TopicReplication replication) {
    Map<String, String> configs = new LinkedHashMap<>(spec.configs());
    configs.putIfAbsent("min.insync.replicas", Integer.toString(replication.minInsyncReplicas()));
    return configs;
  }

  private List<String> notReady(Collection<String> names) {
    List<String> notReady = new ArrayList<>();
    admin.describeTopics(names).topicNameValues().forEach((name, future) -> {
      try {
        TopicDescription description = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (description.partitions().stream().map(TopicPartitionInfo::leader).anyMatch(leader -> leader == null || leader.isEmpty())
            || !leadersServe(name, description)) {
          notReady.add(name);
        }
      } catch (ExecutionException | TimeoutException e) {
        notReady.add(name);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptException(e);
      }
    });
    return notReady;
  }

  /**
   * Whether every partition's leader answers for it. Metadata names a new partition's leader a
   * moment before that broker takes the partition on; an idempotent producer whose first batch
   * was refused in that moment while a later one was taken loops on OUT_OF_ORDER_SEQUENCE_NUMBER
   * (seen in the bench, which writes right after creating its topics). Listing offsets goes to the
   * leader itself.
   */
  private boolean leadersServe(String topic, TopicDescription description) throws InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetSpec> partitions = description.partitions().stream()
        .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
    try {
      admin.listOffsets(partitions).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException e) {
      log.debug("Topic {} is not served yet: {}", topic, e.getCause().toString());
      return false;
    }
  }

  private void warnAboutPartitionMismatches(List<TopicSpec> existing) {
    if (existing.isEmpty()) {
      return;
    }
    Map<String, Integer> wanted = existing.stream().collect(Collectors.toMap(TopicSpec::name, TopicSpec::partitions));
    partitionCounts(wanted.keySet()).forEach((name, actual) -> {
      if (!actual.equals(wanted.get(name))) {
        log.warn("Topic {} has {} partitions where {} are declared; left unchanged", name, actual, wanted.get(name));
      }
    });
  }

  private void pause() {
    try {
      Thread.sleep(POLL_INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptException(e);
    }
  }

  private <T> T get(KafkaFuture<T> future, String what) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new KafkaException("Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new KafkaException("Could not " + what + " within " + timeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptException(e);
    }
  }
}

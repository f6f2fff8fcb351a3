package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("broker")
class EmbeddedKafkaBrokerIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private static EmbeddedKafkaBroker broker;

  @TempDir
  Path tempDir;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0));
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void shouldDeliverAProducedRecordToAConsumer() throws Exception {
    String topic = createTopic(broker, "plain");

    produce(broker, topic, "k1", "v1");

    assertThat(consumeAll(broker, topic, 1)).containsExactly("k1=v1");
  }

  @Test
  void shouldShowOnlyCommittedTransactionsToReadCommittedConsumers() throws Exception {
    String topic = createTopic(broker, "tx");

    try (KafkaProducer<String, String> producer = producer(
        KafkaClientConfigs.transactionalProducer(broker.bootstrapServers(), "it-tx-producer", "tx-" + UUID.randomUUID()))) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k1", "aborted"));
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k1", "committed"));
      producer.commitTransaction();
    }

    assertThat(consumeAll(broker, topic, 1)).containsExactly("k1=committed");
  }

  @Test
  void shouldKeepTopicsRecordsAndClusterIdWhenRestartedOnTheSameDataDir() throws Exception {
    Path dataDir = tempDir.resolve("kafka");
    String clusterId;
    String topic;
    try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0).withDataDir(dataDir))) {
      clusterId = first.clusterId();
      topic = createTopic(first, "restart");
      produce(first, topic, "k1", "before restart");
    }

    try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0).withDataDir(dataDir))) {
      assertThat(second.clusterId()).isEqualTo(clusterId);
      try (Admin admin = Admin.create(KafkaClientConfigs.common(second.bootstrapServers(), "it-admin"))) {
        assertThat(admin.describeCluster().clusterId().get()).isEqualTo(clusterId);
        assertThat(admin.listTopics().names().get()).contains(topic);
      }
      assertThat(consumeAll(second, topic, 1)).containsExactly("k1=before restart");
    }
    assertThat(dataDir).isDirectory();
  }

  @Test
  void shouldRefuseABusyPortWithOneLineNamingTheFlagAndLeaveNothingRunning() throws IOException {
    Set<String> threadsBefore = liveThreadNames();
    try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = busy.getLocalPort();
      Path dataDir = tempDir.resolve("never-created");

      assertThatThrownBy(() -> EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(port).withDataDir(dataDir)))
          .isInstanceOf(PortInUseException.class)
          .hasMessage("Port " + port + " is already in use; choose another with --kafka-port");
      assertThat(dataDir).doesNotExist();
    }
    assertThat(liveThreadNames()).isSubsetOf(threadsBefore);
  }

  @Test
  void shouldRefuseADataDirInUseByAnotherBroker() {
    assertThatThrownBy(() -> EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0).withDataDir(broker.dataDir())))
        .isInstanceOf(BrokerStartupException.class)
        .hasMessage("Data directory " + broker.dataDir() + " is in use by another broker; choose another with --data-dir");
  }

  @Test
  void shouldDeleteATemporaryDataDirOnClose() {
    Path dataDir;
    try (EmbeddedKafkaBroker temporary = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0))) {
      dataDir = temporary.dataDir();
      assertThat(dataDir).isDirectory();
    }

    assertThat(Files.exists(dataDir)).isFalse();
  }

  private static String createTopic(EmbeddedKafkaBroker target, String name) throws Exception {
    String topic = name + "-" + UUID.randomUUID();
    try (Admin admin = Admin.create(KafkaClientConfigs.common(target.bootstrapServers(), "it-admin"))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    return topic;
  }

  private static void produce(EmbeddedKafkaBroker target, String topic, String key, String value) throws Exception {
    try (KafkaProducer<String, String> producer = producer(KafkaClientConfigs.producer(target.bootstrapServers(), "it-producer"))) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
  }

  private static KafkaProducer<String, String> producer(Map<String, Object> props) {
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  /** Returns "key=value" of the records in {@code topic}, polling until {@code expected} arrived, plus any in one more poll. */
  private static List<String> consumeAll(EmbeddedKafkaBroker target, String topic, int expected) {
    List<String> seen = new ArrayList<>();
    Map<String, Object> props = KafkaClientConfigs.consumer(target.bootstrapServers(), "it-consumer", "g-" + UUID.randomUUID());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(Set.of(topic));
      Instant deadline = Instant.now().plus(TIMEOUT);
      while (seen.size() < expected && Instant.now().isBefore(deadline)) {
        consumer.poll(Duration.ofMillis(100)).forEach(record -> seen.add(format(record)));
      }
      consumer.poll(Duration.ofMillis(100)).forEach(record -> seen.add(format(record)));
    }
    return seen;
  }

  private static String format(ConsumerRecord<String, String> record) {
    return record.key() + "=" + record.value();
  }

  private static Set<String> liveThreadNames() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .collect(Collectors.toSet());
  }
}

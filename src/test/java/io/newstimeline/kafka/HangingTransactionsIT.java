package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hanging transactions on a real broker: a transaction open on a partition that its coordinator
 * counts in an ongoing transaction is refused an abort; once the coordinator has lost it (here: its
 * transaction log is gone) it is hanging, and its abort lets {@code read_committed} readers past it.
 */
@Tag("broker")
class HangingTransactionsIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String TOPIC = "orders";
  private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

  @TempDir Path dataDir;

  @Test
  void shouldRefuseToAbortALiveTransactionAndAbortOneItsCoordinatorLost() throws Exception {
    int port = LoopbackPorts.pickFree();
    try (EmbeddedKafkaBroker broker = start(port)) {
      try (Admin admin = Admin.create(KafkaClientConfigs.common(broker.bootstrapServers(), "test"))) {
        admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
      }
      KafkaProducer<String, String> producer = new KafkaProducer<>(
          KafkaClientConfigs.transactionalProducer(broker.bootstrapServers(), "test", "orders-writer"),
          new StringSerializer(), new StringSerializer());
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(TOPIC, "k", "open")).get();

      try (Admin admin = Admin.create(KafkaClientConfigs.common(broker.bootstrapServers(), "test"))) {
        HangingTransactions transactions = new HangingTransactions(admin, TIMEOUT);
        List<HangingTransactions.Open> open = transactions.open(TOPIC::equals);
        assertThat(open).extracting(HangingTransactions.Open::partition).containsExactly(PARTITION);
        assertThat(open.get(0).hanging()).isFalse();
        assertThat(open.get(0).coordinator()).get().extracting(d -> d.state())
            .isEqualTo(org.apache.kafka.clients.admin.TransactionState.ONGOING);
        assertThatThrownBy(() -> transactions.abort(open.get(0))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Ongoing");
      }
      producer.commitTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(TOPIC, "k", "never decided")).get();
      producer.flush();
      // Dropped without a word: the transaction stays open on the partition.
      producer.close(Duration.ZERO);
    }
    // The coordinator's memory of every transaction goes with its log.
    try (var entries = Files.list(dataDir)) {
      for (Path p : entries.filter(p -> p.getFileName().toString().startsWith("__transaction_state-")).toList()) {
        Utils.delete(p.toFile());
      }
    }

    try (EmbeddedKafkaBroker broker = start(port);
        Admin admin = Admin.create(KafkaClientConfigs.common(broker.bootstrapServers(), "test"))) {
      assertThat(StableOffsets.of(admin, List.of(PARTITION)).get()).isEqualTo(Map.of(PARTITION, 2L));

      HangingTransactions transactions = new HangingTransactions(admin, TIMEOUT);
      List<HangingTransactions.Open> open = transactions.open(TOPIC::equals);

      assertThat(open).extracting(HangingTransactions.Open::partition).containsExactly(PARTITION);
      assertThat(open.get(0).producer().currentTransactionStartOffset()).hasValue(2);
      assertThat(open.get(0).hanging()).isTrue();
      assertThat(open.get(0).coordinatorSays()).isEqualTo("no transaction of this producer");
      transactions.abort(open.get(0));
      assertThat(StableOffsets.of(admin, List.of(PARTITION)).get()).isEqualTo(Map.of(PARTITION, 4L));
      assertThat(committedValues(broker)).containsExactly("open");
      assertThat(transactions.open(List.of(PARTITION))).isEmpty();
    }
  }

  private EmbeddedKafkaBroker start(int port) {
    return EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(port).withDataDir(dataDir));
  }

  private static List<String> committedValues(EmbeddedKafkaBroker broker) {
    Map<String, Object> props = KafkaClientConfigs.consumer(broker.bootstrapServers(), "test", "test-reader");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
        new StringDeserializer())) {
      consumer.assign(Set.of(PARTITION));
      List<String> values = new java.util.ArrayList<>();
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (consumer.position(PARTITION) < 4 && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
      }
      return values;
    }
  }
}

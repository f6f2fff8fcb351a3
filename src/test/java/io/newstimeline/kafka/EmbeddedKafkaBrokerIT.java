package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.junit.jupiter.api.Test;

class EmbeddedKafkaBrokerIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private static EmbeddedKafkaBroker broker;

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
    String topic = createTopic("plain");

    try (KafkaProducer<String, String> producer = producer(KafkaClientConfigs.producer(broker.bootstrapServers(), "plain-producer"))) {
      producer.send(new ProducerRecord<>(topic, "k1", "v1")).get();
    }

    assertThat(consumeAll(topic, 1)).containsExactly("k1=v1");
  }

  @Test
  void shouldShowCommittedTransactionsToReadCommittedConsumers() throws Exception {
    String topic = createTopic("tx");

    try (KafkaProducer<String, String> producer = producer(
        KafkaClientConfigs.transactionalProducer(broker.bootstrapServers(), "tx-producer", "tx-" + UUID.randomUUID()))) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k1", "aborted"));
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k1", "committed"));
      producer.commitTransaction();
    }

    assertThat(consumeAll(topic, 1)).containsExactly("k1=committed");
  }

  private static String createTopic(String name) throws Exception {
    String topic = name + "-" + UUID.randomUUID();
    try (Admin admin = Admin.create(KafkaClientConfigs.common(broker.bootstrapServers(), "it-admin"))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    return topic;
  }

  private static KafkaProducer<String, String> producer(Map<String, Object> props) {
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  /** Returns "key=value" of the records in {@code topic}, polling until {@code expected} arrived and one more poll saw nothing new. */
  private static List<String> consumeAll(String topic, int expected) {
    List<String> seen = new ArrayList<>();
    Map<String, Object> props = KafkaClientConfigs.consumer(broker.bootstrapServers(), "it-consumer", "g-" + UUID.randomUUID());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(Set.of(topic));
      Instant deadline = Instant.now().plus(TIMEOUT);
      while (seen.size() < expected && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          seen.add(record.key() + "=" + record.value());
        }
      }
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
        seen.add(record.key() + "=" + record.value());
      }
    }
    return seen;
  }
}

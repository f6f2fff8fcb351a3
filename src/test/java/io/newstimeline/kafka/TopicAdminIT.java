package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("broker")
class TopicAdminIT {

  private static EmbeddedKafkaBroker broker;
  private static Admin admin;
  private static TopicAdmin topicAdmin;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0));
    admin = Admin.create(KafkaClientConfigs.common(broker.bootstrapServers(), "it-admin"));
    topicAdmin = new TopicAdmin(Admin.create(KafkaClientConfigs.common(broker.bootstrapServers(), "it-topic-admin")),
        Duration.ofSeconds(15));
  }

  @AfterAll
  static void stopBroker() {
    if (topicAdmin != null) {
      topicAdmin.close();
    }
    if (admin != null) {
      admin.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void shouldCreateEveryCatalogueTopicWithItsPartitionsAndCompaction() throws Exception {
    List<TopicSpec> specs = TopicCatalog.defaults().all();

    List<String> created = topicAdmin.ensureTopics(specs);

    assertThat(created).containsExactlyElementsOf(specs.stream().map(TopicSpec::name).toList());
    Map<String, TopicDescription> descriptions = admin.describeTopics(created).allTopicNames().get();
    Map<String, Config> configs = topicConfigs(created);
    for (TopicSpec spec : specs) {
      TopicDescription description = descriptions.get(spec.name());
      assertThat(description.partitions()).as(spec.name()).hasSize(spec.partitions());
      assertThat(description.partitions()).as(spec.name()).allSatisfy(partition -> {
        assertThat(partition.replicas()).hasSize(1);
        assertThat(partition.leader()).isNotNull();
      });
      assertThat(configs.get(spec.name()).get("cleanup.policy").value())
          .as(spec.name())
          .isEqualTo(spec.compacted() ? "compact" : "delete");
    }
    assertThat(specs).filteredOn(TopicSpec::compacted).isNotEmpty();
  }

  @Test
  void shouldCreateNothingTheSecondTime() {
    List<TopicSpec> specs = TopicCatalog.withPrefix(uniquePrefix()).all();
    assertThat(topicAdmin.ensureTopics(specs)).hasSameSizeAs(specs);

    List<String> createdAgain = topicAdmin.ensureTopics(specs);

    assertThat(createdAgain).isEmpty();
  }

  @Test
  void shouldCreateOnlyTheMissingTopicsAndLeaveExistingOnesAsTheyAre() throws Exception {
    TopicCatalog catalog = TopicCatalog.withPrefix(uniquePrefix());
    admin.createTopics(List.of(new NewTopic(catalog.timeline(), 1, (short) 1))).all().get();

    List<String> created = topicAdmin.ensureTopics(catalog.all());

    assertThat(created).hasSize(catalog.all().size() - 1).doesNotContain(catalog.timeline());
    assertThat(topicAdmin.partitionCounts(List.of(catalog.timeline()))).containsEntry(catalog.timeline(), 1);
  }

  @Test
  void shouldLeaveMissingTopicsOutOfPartitionCounts() {
    String missing = uniquePrefix() + "missing";

    assertThat(topicAdmin.partitionCounts(List.of(missing))).isEmpty();
  }

  private static String uniquePrefix() {
    return "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
  }

  private static Map<String, Config> topicConfigs(List<String> topics) throws Exception {
    List<ConfigResource> resources = topics.stream().map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
    return admin.describeConfigs(resources).all().get().entrySet().stream()
        .collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue));
  }
}

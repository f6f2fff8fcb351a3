package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {

  private final Map<String, String> props = BrokerProperties.of(Path.of("/data"), 9092, 9093);

  @Test
  void shouldCombineBrokerAndControllerInOneNode() {
    assertThat(props)
        .containsEntry("process.roles", "broker,controller")
        .containsEntry("node.id", "1")
        .containsEntry("controller.quorum.voters", "1@127.0.0.1:9093");
  }

  @Test
  void shouldListenAndAdvertiseOnLoopbackOnly() {
    assertThat(props)
        .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093")
        .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9092");
  }

  @Test
  void shouldReplicateInternalTopicsOnceSoGroupsAndTransactionsWorkOnOneNode() {
    assertThat(props)
        .containsEntry("offsets.topic.replication.factor", "1")
        .containsEntry("transaction.state.log.replication.factor", "1")
        .containsEntry("transaction.state.log.min.isr", "1")
        .containsEntry("share.coordinator.state.topic.replication.factor", "1")
        .containsEntry("group.initial.rebalance.delay.ms", "0");
  }

  @Test
  void shouldLeaveTopicCreationToTheApplication() {
    assertThat(props).containsEntry("auto.create.topics.enable", "false");
  }

  @Test
  void shouldKeepLogsAndMetadataInTheDataDir() {
    assertThat(props)
        .containsEntry("log.dirs", Path.of("/data").toString())
        .containsEntry("metadata.log.dir", Path.of("/data").toString());
  }

  @Test
  void shouldMakeANodeOfAThreeNodeClusterReplicateThriceWithTwoInSync() {
    Map<String, String> node = BrokerProperties.of(Path.of("/data"), 19192, 2, ClusterVoters.of(3, 19093), List.of());

    assertThat(node)
        .containsEntry("node.id", "2")
        .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093,2@127.0.0.1:19094,3@127.0.0.1:19095")
        .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19192,CONTROLLER://127.0.0.1:19094")
        .containsEntry("offsets.topic.replication.factor", "3")
        .containsEntry("transaction.state.log.replication.factor", "3")
        .containsEntry("transaction.state.log.min.isr", "2")
        .containsEntry("default.replication.factor", "3")
        .containsEntry("min.insync.replicas", "2");
  }
}

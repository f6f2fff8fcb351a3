package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;

class ClusterVotersTest {

  @Test
  void shouldReadTheVotersInIdOrderAndWriteThemBackAsKafkaDoes() {
    ClusterVoters voters = ClusterVoters.parse("2@127.0.0.1:19094, 1@localhost:19093,3@127.0.0.1:19095");

    assertThat(voters.size()).isEqualTo(3);
    assertThat(voters.controllerPort(2)).isEqualTo(19094);
    assertThat(voters).hasToString("1@127.0.0.1:19093,2@127.0.0.1:19094,3@127.0.0.1:19095");
    assertThat(ClusterVoters.of(3, 19093)).isEqualTo(voters);
  }

  @Test
  void shouldDeriveTheSameValidClusterIdFromTheSameVotersOnly() {
    String id = ClusterVoters.of(3, 19093).clusterId();

    assertThat(ClusterVoters.parse("3@127.0.0.1:19095,2@127.0.0.1:19094,1@127.0.0.1:19093").clusterId()).isEqualTo(id);
    assertThat(ClusterVoters.of(3, 29093).clusterId()).isNotEqualTo(id);
    assertThat(Uuid.fromString(id)).hasToString(id);
    assertThat(id).doesNotStartWith("-");
  }

  @Test
  void shouldRefuseMalformedDuplicateAndRemoteVotersInOneLine() {
    assertThatThrownBy(() -> ClusterVoters.parse("1@127.0.0.1")).hasMessage("'1@127.0.0.1' is not ID@HOST:PORT");
    assertThatThrownBy(() -> ClusterVoters.parse("x@127.0.0.1:1")).hasMessage("'x@127.0.0.1:1' is not ID@HOST:PORT");
    assertThatThrownBy(() -> ClusterVoters.parse("1@127.0.0.1:9093,1@127.0.0.1:9094"))
        .hasMessage("'1@127.0.0.1:9094': each node needs an id and a port of its own");
    assertThatThrownBy(() -> ClusterVoters.parse("1@10.0.0.7:9093")).hasMessageStartingWith(
        "'1@10.0.0.7:9093': the embedded cluster listens on 127.0.0.1 only");
    assertThatThrownBy(() -> ClusterVoters.of(3, 9093).controllerPort(4))
        .hasMessage("node id 4 is not among --cluster-voters 1@127.0.0.1:9093,2@127.0.0.1:9094,3@127.0.0.1:9095");
  }

  @Test
  void shouldReplicateThreeTimesWithTwoInSyncOnThreeBrokersOrMore() {
    assertThat(TopicReplication.forBrokers(1)).isEqualTo(new TopicReplication((short) 1, 1));
    assertThat(TopicReplication.forBrokers(2)).isEqualTo(new TopicReplication((short) 2, 1));
    assertThat(TopicReplication.forBrokers(3)).isEqualTo(new TopicReplication((short) 3, 2));
    assertThat(TopicReplication.forBrokers(7)).isEqualTo(new TopicReplication((short) 3, 2));
  }
}

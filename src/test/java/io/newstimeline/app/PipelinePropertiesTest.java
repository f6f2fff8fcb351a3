package io.newstimeline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import io.newstimeline.kafka.TopicReplication;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The two stages run as two applications: their own ids, their own commit intervals, the same overrides. */
class PipelinePropertiesTest {

  final PipelineProperties props = PipelineProperties.of("news-timeline", "localhost:9092", Path.of("state"), "dead");

  @Test
  void shouldRunTheActorViewsUnderTheTimelinesIdPlusASuffix() {
    assertThat(props.applicationId()).isEqualTo("news-timeline");
    assertThat(props.actorViewsApplicationId()).isEqualTo("news-timeline-actor-views");
    assertThat(props.timeline().get(StreamsConfig.STATE_DIR_CONFIG))
        .isEqualTo(props.actorViews().get(StreamsConfig.STATE_DIR_CONFIG)); // Kafka Streams keeps a folder per id
  }

  @Test
  void shouldCommitTheTimelineMoreOftenThanTheActorViews() {
    assertThat(props.timeline().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(50);
    assertThat(props.actorViews().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(100);
    assertThat(props.timeline().get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    assertThat(props.actorViews().get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
  }

  @Test
  void shouldPutOverridesOnBothStagesAndLeaveTheOriginalAlone() {
    PipelineProperties overridden = props.withOverrides(Map.of("commit.interval.ms", "200"), "--streams-config");

    assertThat(overridden.timeline().get("commit.interval.ms")).isEqualTo("200");
    assertThat(overridden.actorViews().get("commit.interval.ms")).isEqualTo("200");
    assertThat(overridden.actorViewsApplicationId()).isEqualTo("news-timeline-actor-views");
    assertThat(props.timeline().get("commit.interval.ms")).isEqualTo(50);
  }

  @Test
  void shouldPutAStagePrefixedOverrideOnThatStageOnly() {
    PipelineProperties overridden = props.withOverrides(Map.of("actor-views.commit.interval.ms", "50",
        "timeline.num.stream.threads", "2", "commit.interval.ms", "200", "timeline.commit.interval.ms", "20"),
        "--streams-config");

    assertThat(overridden.actorViews().get("commit.interval.ms")).isEqualTo("50");
    assertThat(overridden.timeline().get("commit.interval.ms")).isEqualTo("20"); // the stage's own wins
    assertThat(overridden.timeline().get("num.stream.threads")).isEqualTo("2");
    assertThat(overridden.actorViews()).doesNotContainKey("num.stream.threads");
    assertThat(overridden.timeline()).doesNotContainKey("timeline.num.stream.threads");
  }

  @Test
  void shouldNameABadOverride() {
    assertThatThrownBy(() -> props.withOverrides(Map.of("commit.interval.ms", "soon"), "--streams-config"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--streams-config")
        .hasMessageContaining("soon");
    assertThatThrownBy(() -> props.withOverrides(Map.of("actor-views.commit.interval", "50"), "--streams-config"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a Kafka Streams or client setting");
  }

  @Test
  void shouldSetOneSettingOnBothStages() {
    PipelineProperties moved = props.with(StreamsConfig.STATE_DIR_CONFIG, "/elsewhere");

    assertThat(moved.timeline().get(StreamsConfig.STATE_DIR_CONFIG)).isEqualTo("/elsewhere");
    assertThat(moved.actorViews().get(StreamsConfig.STATE_DIR_CONFIG)).isEqualTo("/elsewhere");
    assertThat(props.timeline().get(StreamsConfig.STATE_DIR_CONFIG)).isEqualTo("state");
  }

  @Test
  void shouldReplicateInternalTopicsAsTheClusterDoesUnlessTheUserChose() {
    PipelineProperties replicated = props.withReplication(TopicReplication.forBrokers(3));
    PipelineProperties chosen = props.withOverrides(Map.of("replication.factor", "2"), "--streams-config")
        .withReplication(TopicReplication.forBrokers(3));

    assertThat(replicated.timeline().get(StreamsConfig.REPLICATION_FACTOR_CONFIG)).isEqualTo(3);
    assertThat(replicated.actorViews().get(StreamsConfig.REPLICATION_FACTOR_CONFIG)).isEqualTo(3);
    assertThat(replicated.actorViews().get("topic.min.insync.replicas")).isEqualTo(2);
    assertThat(chosen.timeline().get(StreamsConfig.REPLICATION_FACTOR_CONFIG)).isEqualTo("2");
    assertThat(props.timeline()).doesNotContainKey(StreamsConfig.REPLICATION_FACTOR_CONFIG);
  }

  @Test
  void shouldKeepAStandbyOfEachTaskAndFreeALostInstancesTasksAfterSixSeconds() {
    assertThat(props.timeline().get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG)).isEqualTo(1);
    assertThat(props.actorViews().get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG)).isEqualTo(1);
    assertThat(props.timeline().get("consumer.session.timeout.ms")).isEqualTo(6_000);
    assertThat(props.actorViews().get("consumer.session.timeout.ms")).isEqualTo(6_000);
  }
}

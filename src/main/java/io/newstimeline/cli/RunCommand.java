package io.newstimeline.cli;

import io.newstimeline.api.ApiServer;
import io.newstimeline.app.ClusterWatch;
import io.newstimeline.app.StaticMembership;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.kafka.ClusterProbe;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.app.TimelineStreamsConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: the timeline's two Kafka Streams applications against a running cluster, until Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs the timeline (exactly-once) against a Kafka cluster until Ctrl-C: the timeline stage as"
        + " --application-id, the actor views as that id plus '-actor-views'.")
final class RunCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;
  @Mixin HttpOptions http;

  @Option(names = "--application-id", defaultValue = TimelineStreamsConfig.DEFAULT_APPLICATION_ID,
      description = "Kafka Streams application id of the timeline stage; the actor-view stage's adds '-actor-views'"
          + " (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--state-dir", description = "Where Kafka Streams keeps its state stores (default: a folder under the temp dir).")
  Path stateDir;

  @Option(names = "--actor-timeline-size", defaultValue = "50",
      description = "Entries kept per actor in news.actor-timelines (default: ${DEFAULT-VALUE}).")
  int actorTimelineSize;

  @Option(names = "--streams-config", paramLabel = "KEY=VALUE",
      description = "A Kafka Streams or client setting over both stages', e.g. commit.interval.ms=100 for fewer"
          + " transactions at some latency; prefixed timeline. or actor-views., over that stage's only"
          + " (repeatable; docs/BENCHMARKS.md, \"Latency\").")
  Map<String, String> streamsConfig = Map.of();

  @Override
  public Integer call() throws Exception {
    TopicCatalog topics = connection.topics();
    String bootstrap = connection.bootstrapServersOrLocal();
    Path state = stateDir != null ? stateDir : Path.of(System.getProperty("java.io.tmpdir"), "news-timeline-" + applicationId);
    PipelineProperties props = StaticMembership.apply(
        PipelineProperties.of(applicationId, bootstrap, state, topics.deadLetters())
            .withOverrides(streamsConfig, "--streams-config"));
    // A service manager may start run before the cluster: wait for it, saying so, rather than exit.
    ClusterProbe.await(bootstrap, Duration.ofSeconds(10), waited -> System.err.printf(
        "Waiting for the Kafka cluster at %s (%d s so far)%n", bootstrap, waited));
    TimelineSerdes serdes = TimelineSerdes.avro(Registries.connect(connection.reachableRegistryUrl()));
    try (TopicAdmin admin = TopicAdmin.connect(bootstrap)) {
      admin.ensureTopics(topics.all());
    }
    TimelineConfig config = new TimelineConfig(topics, actorTimelineSize);
    try (ShutdownSignal signal = ShutdownSignal.install();
        ApiServer api = ApiServer.bind(http.host, http.port);
        TimelinePipeline pipeline = TimelinePipeline.start(config, serdes,
            props.with(StreamsConfig.APPLICATION_SERVER_CONFIG, api.applicationServer()), TimelinePipeline.STARTUP_TIMEOUT);
        ClusterWatch watch = ClusterWatch.start(bootstrap, pipeline::states)) {
      api.serve(pipeline, config, serdes, bootstrap);
      System.out.println("Timeline running on " + bootstrap + " as '" + applicationId + "' and '"
          + props.actorViewsApplicationId() + "'; query API and dashboard at " + api.url() + "; Ctrl-C to stop.");
      signal.await(pipeline::requireHealthy);
    }
    return 0;
  }
}

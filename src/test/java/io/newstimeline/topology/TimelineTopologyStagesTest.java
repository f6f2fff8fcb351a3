package io.newstimeline.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.schema.InMemorySchemaRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.app.TimelineStreamsConfig;
import io.newstimeline.topology.store.StateStoreKind;
import io.newstimeline.topology.store.StoreNames;

/**
 * The two stages the applications run are the combined topology the driver tests run, cut at the
 * revisions topic: the same processors, stores and topics, nothing else joining them, and the same
 * outputs when the second reads what the first wrote.
 */
class TimelineTopologyStagesTest {

  final TopicCatalog topics = TopicCatalog.defaults();
  final TimelineConfig config = TimelineConfig.defaults().withTopics(topics);
  final TimelineSerdes serdes = TimelineSerdes.avro(new InMemorySchemaRegistry());

  @Test
  void shouldSplitTheTopologyAtTheRevisionsTopic() {
    Topology timeline = TimelineTopology.timeline(config, serdes);
    Topology actorViews = TimelineTopology.actorViews(config, serdes);

    assertThat(sources(timeline)).containsExactlyInAnyOrder(topics.events(), "events-by-entry-repartition");
    assertThat(sinks(timeline)).containsExactlyInAnyOrder("events-by-entry-repartition", topics.timeline(),
        topics.timelineRevisions());
    assertThat(sources(actorViews)).containsExactlyInAnyOrder(topics.timelineRevisions(), "entry-changes-by-actor-repartition");
    assertThat(sinks(actorViews)).containsExactlyInAnyOrder("entry-changes-by-actor-repartition", topics.actorTimelines(),
        topics.actorLinks(), topics.linkAlerts());
    assertThat(stores(timeline)).contains(StoreNames.THREAD_REPORTS, StoreNames.REPORT_THREADS)
        .doesNotContain(StoreNames.ACTOR_ENTRIES, StoreNames.ACTOR_LINKS);
    assertThat(stores(actorViews)).contains(StoreNames.ACTOR_ENTRIES, StoreNames.ACTOR_LINKS)
        .doesNotContain(StoreNames.THREAD_REPORTS, StoreNames.REPORT_THREADS);
  }

  @Test
  void shouldHoldTheSameNodesAndStoresAsTheCombinedTopology() {
    Topology combined = TimelineTopology.build(config, serdes);
    Set<String> nodes = new HashSet<>(nodes(TimelineTopology.timeline(config, serdes)));
    nodes.addAll(nodes(TimelineTopology.actorViews(config, serdes)));
    Set<String> stores = new HashSet<>(stores(TimelineTopology.timeline(config, serdes)));
    stores.addAll(stores(TimelineTopology.actorViews(config, serdes)));

    assertThat(nodes).isEqualTo(nodes(combined));
    assertThat(stores).isEqualTo(stores(combined));
  }

  @Test
  void shouldGiveTheSameOutputsAsTwoApplicationsAsInOneTopology(@TempDir Path stateDir) {
    List<NewsEvent> story = StoryGenerator.story(20230830L, 100);
    TimelineConfig small = new TimelineConfig(topics, 5, StateStoreKind.IN_MEMORY); // entries keep leaving the views

    Map<String, TimelineEntry> timeline;
    Map<String, ActorTimeline> actorTimelines;
    Map<String, ActorLink> links;
    List<String> alerts;
    try (TimelineDriver whole = new TimelineDriver(stateDir.resolve("whole"), 5, StateStoreKind.IN_MEMORY, serdes)) {
      story.forEach(whole::pipe);
      timeline = TimelineDriver.latest(whole.timeline);
      actorTimelines = TimelineDriver.latest(whole.actorTimelines);
      links = TimelineDriver.latest(whole.links);
      alerts = whole.alertedPairs();
    }

    try (TopologyTestDriver first = driver(TimelineTopology.timeline(small, serdes), stateDir.resolve("timeline"));
        TopologyTestDriver second = driver(TimelineTopology.actorViews(small, serdes), stateDir.resolve("actor-views"))) {
      TestInputTopic<String, NewsEvent> events =
          first.createInputTopic(topics.events(), new StringSerializer(), serdes.event().serializer());
      TestOutputTopic<String, TimelineRevision> revisionsOut =
          first.createOutputTopic(topics.timelineRevisions(), new StringDeserializer(), serdes.revision().deserializer());
      TestInputTopic<String, TimelineRevision> revisionsIn =
          second.createInputTopic(topics.timelineRevisions(), new StringSerializer(), serdes.revision().serializer());
      for (NewsEvent report : story) {
        events.pipeInput(report.getId(), report, report.getReportedAt());
        revisionsOut.readRecordsToList().forEach(revision -> revisionsIn.pipeInput(revision));
        second.advanceWallClockTime(TimelineConfig.DEFAULT_VIEW_FLUSH_INTERVAL);
      }

      assertThat(TimelineDriver.latest(output(first, topics.timeline(), serdes.entry()))).isEqualTo(timeline);
      assertThat(TimelineDriver.latest(output(second, topics.actorTimelines(), serdes.actorTimeline())))
          .isEqualTo(actorTimelines).isNotEmpty();
      assertThat(TimelineDriver.latest(output(second, topics.actorLinks(), serdes.actorLink()))).isEqualTo(links).isNotEmpty();
      assertThat(output(second, topics.linkAlerts(), serdes.linkAlert()).readKeyValuesToList())
          .extracting(alert -> alert.key).isEqualTo(alerts).isNotEmpty();
    }
  }

  private TopologyTestDriver driver(Topology topology, Path stateDir) {
    Properties props = TimelineStreamsConfig.properties("stages-test", "unused:9092", stateDir, topics.deadLetters());
    return new TopologyTestDriver(topology, props, Instant.parse("2023-09-12T00:00:00Z"));
  }

  private static <V> TestOutputTopic<String, V> output(TopologyTestDriver driver, String topic, Serde<V> values) {
    return driver.createOutputTopic(topic, new StringDeserializer(), values.deserializer());
  }

  private static Set<String> nodes(Topology topology) {
    return collect(topology, node -> List.of(node.name()));
  }

  private static Set<String> stores(Topology topology) {
    return collect(topology, node -> node instanceof TopologyDescription.Processor processor ? processor.stores() : List.of());
  }

  private static Set<String> sources(Topology topology) {
    return collect(topology, node -> node instanceof TopologyDescription.Source source ? source.topicSet() : List.of());
  }

  private static Set<String> sinks(Topology topology) {
    return collect(topology, node -> node instanceof TopologyDescription.Sink sink ? List.of(sink.topic()) : List.of());
  }

  /** What {@code of} says about each node of every sub-topology of {@code topology}. */
  private static Set<String> collect(Topology topology, Function<TopologyDescription.Node, Collection<String>> of) {
    Set<String> names = new HashSet<>();
    topology.describe().subtopologies().forEach(sub -> sub.nodes().forEach(node -> names.addAll(of.apply(node))));
    return names;
  }
}

package io.newstimeline.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.schema.InMemorySchemaRegistry;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * The two stages the applications run are the combined topology the driver tests run, cut at the
 * revisions topic: the same processors, stores and topics, and nothing else joining them.
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

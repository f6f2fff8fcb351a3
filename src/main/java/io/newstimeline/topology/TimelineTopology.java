package io.newstimeline.topology;

import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.EntryChange;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineRevision;
import io.newstimeline.kafka.TopicCatalog;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import io.newstimeline.app.TimelineStreamsConfig;
import io.newstimeline.timeline.ReportClustering;
import io.newstimeline.timeline.TimelineModel;
import io.newstimeline.topology.store.StateStoreKind;

/**
 * The timeline: reports in, one ordered, corroborated, actor-correlated timeline out, in two stages
 * joined by the {@code news.timeline-revisions} topic. Pure: builds {@link Topology topologies} and
 * does no I/O.
 *
 * <pre>
 * timeline stage
 * news.events ─ route-reports ─▶ [events-by-entry] ─ merge-reports ─┬▶ news.timeline
 *   (validate; key by thread)       (by thread)      (cluster)        ├▶ news.timeline-revisions
 *                                                                      └ entry-history (store)
 *
 * actor-view stage
 * news.timeline-revisions ─ slim, by actor ▶ [entry-changes-by-actor] ─┬ actor-timelines ▶ news.actor-timelines  (each changed actor once per flush)
 *                                                                      ├ actor-links     ▶ news.actor-links      (each change)
 *                                                                      └ link-alerts     ▶ news.link-alerts      (at once)
 * </pre>
 *
 * <p>The stages run as two Kafka Streams applications ({@link #timeline}, {@link #actorViews}) so
 * that the timeline, which dashboards wait on, has a stream thread and transactions of its own:
 * the actor views cost more per event than the timeline, and sharing a thread made every timeline
 * update queue behind them and commit their ~40 partitions (docs/BENCHMARKS.md, "Latency").
 * {@link #build} puts both in one topology, joined through the same topic, for tests.
 *
 * <p>A thread is every report with the same event type and actors; {@code merge-reports} clusters
 * each thread's reports into entries with {@link ReportClustering}, reading a bounded window of the
 * thread per report, so the result equals {@link TimelineModel#entries} of the live reports.
 *
 * <p>Actor timelines are published on a wall-clock flush ({@link TimelineConfig#viewFlushInterval()})
 * rather than on every change, so a burst of changes to one actor publishes its view once.
 *
 * <p>Records that cannot be read or validated are sent, as received, to {@code news.dead-letters}
 * by the exception handlers configured in {@link TimelineStreamsConfig}.
 */
public final class TimelineTopology {

  private TimelineTopology() {}

  /** The timeline stage: {@code news.events} in, {@code news.timeline} and its revisions out. */
  public static Topology timeline(TimelineConfig config, TimelineSerdes serdes) {
    StreamsBuilder builder = new StreamsBuilder();
    addTimeline(builder, config, serdes);
    return builder.build();
  }

  /** The actor-view stage: {@code news.timeline-revisions} in, actor timelines, links and alerts out. */
  public static Topology actorViews(TimelineConfig config, TimelineSerdes serdes) {
    StreamsBuilder builder = new StreamsBuilder();
    addActorViews(builder, config, serdes);
    return builder.build();
  }

  /**
   * Both stages in one topology, the second reading the revisions topic the first writes, as the
   * two applications do: what {@code TopologyTestDriver} tests run, since it pipes records written
   * to a topic the topology reads back in.
   */
  public static Topology build(TimelineConfig config, TimelineSerdes serdes) {
    StreamsBuilder builder = new StreamsBuilder();
    addTimeline(builder, config, serdes);
    addActorViews(builder, config, serdes);
    return builder.build();
  }

  private static void addTimeline(StreamsBuilder builder, TimelineConfig config, TimelineSerdes serdes) {
    TopicCatalog topics = config.topics();
    StateStoreKind stores = config.stateStores();
    KStream<String, TimelineRevision> revisions = builder
        .stream(topics.events(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("events"))
        .process(new RouteReportsProcessorSupplier(serdes.event().deserializer(), stores), Named.as("route-reports"))
        // Keyed by thread, the unit of entry identity; the name is kept so deployed apps keep their topic.
        .repartition(Repartitioned.with(Serdes.String(), serdes.state().event()).withName("events-by-entry"))
        .process(new MergeReportsProcessorSupplier(serdes, stores), Named.as("merge-reports"));
    revisions
        .mapValues(TimelineRevision::getAfter, Named.as("entry-of-revision"))
        .to(topics.timeline(), Produced.with(Serdes.String(), serdes.entry()).withName("timeline"));
    revisions.to(topics.timelineRevisions(),
        Produced.with(Serdes.String(), serdes.revision()).withName("timeline-revisions"));
    // Read by the query API only: an entry's revision history without scanning the revisions topic.
    revisions.process(new EntryHistoryProcessorSupplier(serdes, stores), Named.as("entry-history"));
  }

  private static void addActorViews(StreamsBuilder builder, TimelineConfig config, TimelineSerdes serdes) {
    TopicCatalog topics = config.topics();
    KStream<String, EntryChange> byActor = builder
        .stream(topics.timelineRevisions(), Consumed.with(Serdes.String(), serdes.revision()).withName("revisions"))
        .flatMap((entryId, revision) -> EntryChanges.perActor(EntryChanges.of(revision)), Named.as("fan-out-by-actor"))
        .repartition(Repartitioned.with(Serdes.String(), serdes.state().entryChange()).withName("entry-changes-by-actor"));

    // One builder for the link store: the actor timelines read the links their task owns.
    StoreBuilder<KeyValueStore<String, ActorLink>> linkStore = ActorLinkProcessorSupplier.linkStore(serdes, config);
    byActor
        .process(new ActorTimelineProcessorSupplier(serdes, config, linkStore), Named.as("actor-timelines"))
        .to(topics.actorTimelines(), Produced.with(Serdes.String(), serdes.actorTimeline()).withName("actor-timelines-sink"));
    byActor
        .process(new ActorLinkProcessorSupplier(serdes, config, linkStore), Named.as("actor-links"))
        .to(topics.actorLinks(), Produced.with(Serdes.String(), serdes.actorLink()).withName("actor-links-sink"));
    byActor
        .process(new LinkAlertProcessorSupplier(config.stateStores()), Named.as("link-alerts"))
        .to(topics.linkAlerts(), Produced.with(Serdes.String(), serdes.linkAlert()).withName("link-alerts-sink"));
  }
}

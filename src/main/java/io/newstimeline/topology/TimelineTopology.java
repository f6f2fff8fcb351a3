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

/**
 * The timeline: reports in, one ordered, corroborated, actor-correlated timeline out. Pure: builds
 * a {@link Topology} and does no I/O.
 *
 * <pre>
 * news.events ─ route-reports ─▶ [events-by-entry] ─ merge-reports ─┬▶ news.timeline
 *   (validate; key by thread)       (by thread)      (cluster)        ├▶ news.timeline-revisions
 *                                                                     └ slim, by actor ▶ [entry-changes-by-actor]
 *                                    ┌ actor-timelines ▶ news.actor-timelines  (each changed actor once per flush)
 *   [entry-changes-by-actor] ────────┼ actor-links     ▶ news.actor-links      (each change)
 *                                    └ link-alerts     ▶ news.link-alerts      (at once)
 * </pre>
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

  /** Returns the timeline topology reading and writing the topics of {@code config}. */
  public static Topology build(TimelineConfig config, TimelineSerdes serdes) {
    TopicCatalog topics = config.topics();
    StateStoreKind stores = config.stateStores();
    StreamsBuilder builder = new StreamsBuilder();

    KStream<String, NewsEvent> reportsByThread = builder
        .stream(topics.events(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("events"))
        .process(new RouteReportsProcessorSupplier(serdes.event().deserializer(), stores), Named.as("route-reports"))
        // Keyed by thread, the unit of entry identity; the name is kept so deployed apps keep their topic.
        .repartition(Repartitioned.with(Serdes.String(), serdes.event()).withName("events-by-entry"));

    KStream<String, TimelineRevision> revisions = reportsByThread
        .process(new MergeReportsProcessorSupplier(serdes, stores), Named.as("merge-reports"));

    revisions
        .mapValues(TimelineRevision::getAfter, Named.as("entry-of-revision"))
        .to(topics.timeline(), Produced.with(Serdes.String(), serdes.entry()).withName("timeline"));
    revisions.to(topics.timelineRevisions(),
        Produced.with(Serdes.String(), serdes.revision()).withName("timeline-revisions"));

    KStream<String, EntryChange> byActor = revisions
        .flatMap((entryId, revision) -> EntryChanges.perActor(EntryChanges.of(revision)), Named.as("fan-out-by-actor"))
        .repartition(Repartitioned.with(Serdes.String(), serdes.entryChange()).withName("entry-changes-by-actor"));

    // One builder for the link store: the actor timelines read the links their task owns.
    StoreBuilder<KeyValueStore<String, ActorLink>> linkStore = ActorLinkProcessorSupplier.linkStore(serdes, config);
    byActor
        .process(new ActorTimelineProcessorSupplier(serdes, config, linkStore), Named.as("actor-timelines"))
        .to(topics.actorTimelines(), Produced.with(Serdes.String(), serdes.actorTimeline()).withName("actor-timelines-sink"));
    byActor
        .process(new ActorLinkProcessorSupplier(serdes, config, linkStore), Named.as("actor-links"))
        .to(topics.actorLinks(), Produced.with(Serdes.String(), serdes.actorLink()).withName("actor-links-sink"));
    byActor
        .process(new LinkAlertProcessorSupplier(stores), Named.as("link-alerts"))
        .to(topics.linkAlerts(), Produced.with(Serdes.String(), serdes.linkAlert()).withName("link-alerts-sink"));

    return builder.build();
  }
}

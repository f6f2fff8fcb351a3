package io.newstimeline.topology;

import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorPartner;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.EntryChange;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.schema.AvroSerde;
import io.newstimeline.schema.InternalAvroSerde;
import io.newstimeline.schema.SchemaRegistryClient;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value serdes of every topic and store of the timeline, passed into the topology so tests
 * use the same serdes against an in-memory registry. Keys are plain UTF-8 strings.
 *
 * <p>Topics that users read (events, timeline, revisions, actor timelines, links, alerts) are in
 * the Confluent wire format and need the registry once per topic; what only the pipeline reads
 * (repartition topics, stores and their changelogs) uses {@link #state()}, which needs no registry.
 */
public record TimelineSerdes(
    Serde<Article> article,
    Serde<NewsEvent> event,
    Serde<TimelineEntry> entry,
    Serde<TimelineRevision> revision,
    Serde<ActorTimeline> actorTimeline,
    Serde<ActorTimelineItem> actorTimelineItem,
    Serde<ActorLink> actorLink,
    Serde<LinkAlert> linkAlert,
    Serde<ActorPartner> actorPartner,
    Serde<EntryChange> entryChange,
    State state) {

  /**
   * The serdes of the state path: repartition topics, stores and changelogs, in Avro single-object
   * encoding with the schemas compiled into the jar ({@link InternalAvroSerde}), so a registry
   * outage never stops the pipeline between its public inputs and outputs.
   */
  public record State(
      Serde<NewsEvent> event,
      Serde<TimelineEntry> entry,
      Serde<TimelineRevision> revision,
      Serde<ActorTimeline> actorTimeline,
      Serde<ActorTimelineItem> actorTimelineItem,
      Serde<ActorLink> actorLink,
      Serde<ActorPartner> actorPartner,
      Serde<EntryChange> entryChange) {
  }

  /**
   * Confluent-wire-format Avro serdes that register and resolve schemas in {@code registry} for the
   * public topics, and registry-free serdes for the state path that still read state an earlier
   * build wrote in the Confluent wire format.
   */
  public static TimelineSerdes avro(SchemaRegistryClient registry) {
    AvroSerde<NewsEvent> event = AvroSerde.forValues(registry, NewsEvent.class);
    AvroSerde<TimelineEntry> entry = AvroSerde.forValues(registry, TimelineEntry.class);
    AvroSerde<TimelineRevision> revision = AvroSerde.forValues(registry, TimelineRevision.class);
    AvroSerde<ActorTimeline> actorTimeline = AvroSerde.forValues(registry, ActorTimeline.class);
    AvroSerde<ActorTimelineItem> actorTimelineItem = AvroSerde.forValues(registry, ActorTimelineItem.class);
    AvroSerde<ActorLink> actorLink = AvroSerde.forValues(registry, ActorLink.class);
    AvroSerde<ActorPartner> actorPartner = AvroSerde.forValues(registry, ActorPartner.class);
    AvroSerde<EntryChange> entryChange = AvroSerde.forValues(registry, EntryChange.class);
    State state = new State(
        InternalAvroSerde.of(NewsEvent.class, event.deserializer()),
        InternalAvroSerde.of(TimelineEntry.class, entry.deserializer()),
        InternalAvroSerde.of(TimelineRevision.class, revision.deserializer()),
        InternalAvroSerde.of(ActorTimeline.class, actorTimeline.deserializer()),
        InternalAvroSerde.of(ActorTimelineItem.class, actorTimelineItem.deserializer()),
        InternalAvroSerde.of(ActorLink.class, actorLink.deserializer()),
        InternalAvroSerde.of(ActorPartner.class, actorPartner.deserializer()),
        InternalAvroSerde.of(EntryChange.class, entryChange.deserializer()));
    return new TimelineSerdes(
        AvroSerde.forValues(registry, Article.class),
        event,
        entry,
        revision,
        actorTimeline,
        actorTimelineItem,
        actorLink,
        AvroSerde.forValues(registry, LinkAlert.class),
        actorPartner,
        entryChange,
        state);
  }

  /**
   * Registers the schemas of the pipeline's public outputs in {@code topics} now, so that a
   * registry outage later does not hold up the first record of a topic.
   *
   * @throws org.apache.kafka.common.errors.RetriableException if the registry does not answer
   */
  public void registerOutputs(TopicCatalog topics) {
    register(entry, topics.timeline());
    register(revision, topics.timelineRevisions());
    register(actorTimeline, topics.actorTimelines());
    register(actorLink, topics.actorLinks());
    register(linkAlert, topics.linkAlerts());
  }

  private static void register(Serde<?> serde, String topic) {
    if (serde instanceof AvroSerde<?> avro) {
      avro.schemaId(topic);
    }
  }
}

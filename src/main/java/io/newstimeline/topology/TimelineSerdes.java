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
import io.newstimeline.schema.AvroSerde;
import io.newstimeline.schema.SchemaRegistryClient;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value serdes of every topic and store of the timeline, passed into the topology so tests
 * use the same serdes against an in-memory registry. Keys are plain UTF-8 strings.
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
    Serde<EntryChange> entryChange) {

  /** Confluent-wire-format Avro serdes that register and resolve schemas in {@code registry}. */
  public static TimelineSerdes avro(SchemaRegistryClient registry) {
    return new TimelineSerdes(
        AvroSerde.forValues(registry, Article.class),
        AvroSerde.forValues(registry, NewsEvent.class),
        AvroSerde.forValues(registry, TimelineEntry.class),
        AvroSerde.forValues(registry, TimelineRevision.class),
        AvroSerde.forValues(registry, ActorTimeline.class),
        AvroSerde.forValues(registry, ActorTimelineItem.class),
        AvroSerde.forValues(registry, ActorLink.class),
        AvroSerde.forValues(registry, LinkAlert.class),
        AvroSerde.forValues(registry, ActorPartner.class),
        AvroSerde.forValues(registry, EntryChange.class));
  }
}

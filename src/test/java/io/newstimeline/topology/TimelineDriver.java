package io.newstimeline.topology;

import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.schema.InMemorySchemaRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import io.newstimeline.app.TimelineStreamsConfig;
import io.newstimeline.topology.store.StateStoreKind;
import io.newstimeline.topology.store.StoreNames;

/** The timeline topology in a {@link TopologyTestDriver}, with the real Avro serdes on an in-memory registry. */
final class TimelineDriver implements AutoCloseable {

  final TopicCatalog topics = TopicCatalog.defaults();
  final TimelineSerdes serdes;
  final TopologyTestDriver driver;
  final TestInputTopic<String, NewsEvent> events;
  final TestInputTopic<String, byte[]> rawEvents;
  final TestOutputTopic<String, TimelineEntry> timeline;
  final TestOutputTopic<String, TimelineRevision> revisions;
  final TestOutputTopic<String, ActorTimeline> actorTimelines;
  final TestOutputTopic<String, ActorLink> links;
  final TestOutputTopic<String, LinkAlert> alerts;
  final TestOutputTopic<byte[], byte[]> deadLetters;

  /** The topology on persistent (RocksDB) stores under {@code stateDir}, as in production. */
  TimelineDriver(Path stateDir) {
    this(stateDir, TimelineConfig.DEFAULT_ACTOR_TIMELINE_SIZE);
  }

  /** The topology on persistent stores with actor timelines of {@code actorTimelineSize} entries. */
  TimelineDriver(Path stateDir, int actorTimelineSize) {
    this(stateDir, actorTimelineSize, StateStoreKind.PERSISTENT);
  }

  /** The topology on in-memory stores: the same behaviour, several times faster to start and stop. */
  static TimelineDriver inMemory(Path stateDir) {
    return inMemory(stateDir, TimelineConfig.DEFAULT_ACTOR_TIMELINE_SIZE);
  }

  /** The topology on in-memory stores with actor timelines of {@code actorTimelineSize} entries. */
  static TimelineDriver inMemory(Path stateDir, int actorTimelineSize) {
    return new TimelineDriver(stateDir, actorTimelineSize, StateStoreKind.IN_MEMORY);
  }

  TimelineDriver(Path stateDir, int actorTimelineSize, StateStoreKind stores) {
    this(stateDir, actorTimelineSize, stores, TimelineSerdes.avro(new InMemorySchemaRegistry()));
  }

  /**
   * The topology with {@code serdes}: drivers that share serdes (and so their registry) register
   * each schema once, which matters when a test starts hundreds of them.
   */
  TimelineDriver(Path stateDir, int actorTimelineSize, StateStoreKind stores, TimelineSerdes serdes) {
    this.serdes = serdes;
    TimelineConfig config = new TimelineConfig(topics, actorTimelineSize, stores);
    Properties props = TimelineStreamsConfig.properties("timeline-test", "unused:9092", stateDir, topics.deadLetters());
    driver = new TopologyTestDriver(TimelineTopology.build(config, serdes), props, Instant.parse("2023-09-12T00:00:00Z"));
    events = driver.createInputTopic(topics.events(), new StringSerializer(), serdes.event().serializer());
    rawEvents = driver.createInputTopic(topics.events(), new StringSerializer(), new ByteArraySerializer());
    timeline = driver.createOutputTopic(topics.timeline(), new StringDeserializer(), serdes.entry().deserializer());
    revisions = driver.createOutputTopic(topics.timelineRevisions(), new StringDeserializer(), serdes.revision().deserializer());
    actorTimelines = driver.createOutputTopic(topics.actorTimelines(), new StringDeserializer(), serdes.actorTimeline().deserializer());
    links = driver.createOutputTopic(topics.actorLinks(), new StringDeserializer(), serdes.actorLink().deserializer());
    alerts = driver.createOutputTopic(topics.linkAlerts(), new StringDeserializer(), serdes.linkAlert().deserializer());
    deadLetters = driver.createOutputTopic(topics.deadLetters(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /**
   * Pipes {@code reports} in the given order, each keyed by its event id and stamped with its
   * report time, then lets the flush interval pass so the changed actor timelines and links are
   * published.
   */
  void pipe(NewsEvent... reports) {
    for (NewsEvent report : reports) {
      events.pipeInput(report.getId(), report, report.getReportedAt());
    }
    flush();
  }

  /** Lets one flush interval of wall-clock time pass: publishes the actor timelines and links changed since the last. */
  void flush() {
    driver.advanceWallClockTime(TimelineConfig.DEFAULT_VIEW_FLUSH_INTERVAL);
  }

  /** Entry ids in timeline order, read from the ordered store. */
  List<String> timelineOrder() {
    KeyValueStore<String, String> order = driver.getKeyValueStore(StoreNames.TIMELINE_ORDER);
    List<String> ids = new ArrayList<>();
    try (KeyValueIterator<String, String> it = order.all()) {
      it.forEachRemaining(kv -> ids.add(kv.value));
    }
    return ids;
  }

  /** The entry with id {@code entryId} in the merge processor's store, or null. */
  TimelineEntry storedEntry(String entryId) {
    KeyValueStore<String, TimelineEntry> entries = driver.getKeyValueStore(StoreNames.ENTRIES);
    return entries.get(entryId);
  }

  /** The keys ({@code a|b}) of every alert emitted so far, in order; reads the alert topic. */
  List<String> alertedPairs() {
    List<String> pairs = new ArrayList<>();
    alerts.readKeyValuesToList().forEach(kv -> pairs.add(kv.key));
    return pairs;
  }

  /** A revision as {@code <entry id> <revision> <reason>}, how assertions read it. */
  static String change(TimelineRevision revision) {
    return revision.getEntryId() + " " + revision.getRevision() + " " + revision.getReason();
  }

  /**
   * The compacted view of {@code topic} read as raw bytes, deserializing only each key's last
   * value with {@code values}: what a compacted topic converges to, several times cheaper to read
   * than every version when many are written.
   */
  <V> java.util.Map<String, V> compacted(String topic, org.apache.kafka.common.serialization.Deserializer<V> values) {
    java.util.Map<String, byte[]> last = new java.util.TreeMap<>();
    for (KeyValue<String, byte[]> kv : driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer())
        .readKeyValuesToList()) {
      if (kv.value == null) {
        last.remove(kv.key);
      } else {
        last.put(kv.key, kv.value);
      }
    }
    java.util.Map<String, V> view = new java.util.TreeMap<>();
    last.forEach((key, bytes) -> view.put(key, values.deserialize(topic, bytes)));
    return view;
  }

  /** The compacted view of {@code topic}: latest value per key (tombstones remove the key). */
  static <V> java.util.Map<String, V> latest(TestOutputTopic<String, V> topic) {
    java.util.Map<String, V> view = new java.util.TreeMap<>();
    for (KeyValue<String, V> kv : topic.readKeyValuesToList()) {
      if (kv.value == null) {
        view.remove(kv.key);
      } else {
        view.put(kv.key, kv.value);
      }
    }
    return view;
  }

  /** Whether every output topic has been read to its end: nothing the test did not look at is pending. */
  boolean drained() {
    return timeline.isEmpty() && revisions.isEmpty() && actorTimelines.isEmpty() && links.isEmpty() && alerts.isEmpty()
        && deadLetters.isEmpty();
  }

  @Override
  public void close() {
    driver.close();
  }
}

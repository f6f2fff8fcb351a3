package io.newstimeline.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.schema.InMemorySchemaRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.timeline.TimelineModel;
import io.newstimeline.topology.store.StateStoreKind;

/**
 * The outputs are a function of the set of reports, not of their arrival order: a generated
 * 100-record story fed in many orders (keeping each event id's own order, as Kafka does) gives the
 * same compacted timeline, actor timelines and links, and alerts the same pairs once each; and
 * the offline {@link TimelineModel} gives the same timeline.
 */
class OrderIndependenceTest {

  static final long SEED = 20230830L;
  static final int RECORDS = 100;
  static final int ORDERS = 200;
  /** Small, so that entries keep entering and leaving the rolling actor views. */
  static final int ACTOR_TIMELINE_SIZE = 5;
  static final TimelineSerdes SERDES = TimelineSerdes.avro(new InMemorySchemaRegistry());

  static List<NewsEvent> story;
  static Outputs inLogOrder;

  @TempDir static Path stateDir;

  /** The compacted outputs of one run; entries without their history-dependent revision counter. */
  record Outputs(Map<String, TimelineEntry> timeline, Map<String, ActorTimeline> actorTimelines,
      Map<String, ActorLink> links, Set<String> alertedPairs) {}

  @BeforeAll
  static void runTheStoryInLogOrder() {
    story = StoryGenerator.story(SEED, RECORDS);
    inLogOrder = run(story, 0);
  }

  @Test
  void shouldGenerateAStoryThatMergesCorrectsRetractsAndRelates() {
    long resent = story.stream().filter(r -> story.stream().filter(r::equals).count() > 1).count();
    long retractions = story.stream().filter(NewsEvent::getRetracted).count();
    long ids = story.stream().map(NewsEvent::getId).distinct().count();
    List<TimelineEntry> entries = List.copyOf(inLogOrder.timeline().values());

    assertThat(story).hasSize(RECORDS);
    assertThat(resent).isGreaterThan(0);
    assertThat(retractions).isGreaterThan(3);
    assertThat(RECORDS - ids - retractions).as("versions after the first: re-sends and corrections").isGreaterThan(10);
    assertThat(entries).filteredOn(e -> e.getSources().size() > 1).hasSizeGreaterThan(5);
    assertThat(entries).filteredOn(e -> e.getSources().stream().map(s -> s.getDate().getPrecision()).distinct().count() > 1)
        .hasSizeGreaterThan(3);
    assertThat(entries).filteredOn(e -> e.getAfter() != null).hasSizeGreaterThan(2);
    assertThat(inLogOrder.alertedPairs()).hasSizeGreaterThan(3);
  }

  @Test
  void shouldGiveTheSameOutputsInEveryOrderThatKeepsEachEventsOwnOrder() {
    Random random = new Random(SEED);
    List<List<NewsEvent>> orders = new ArrayList<>();
    for (int order = 1; order <= ORDERS; order++) {
      orders.add(StoryGenerator.shuffledPerKey(story, random));
    }
    // Each order runs on its own driver; the common pool uses both cores of a small machine.
    List<Outputs> results = IntStream.range(0, ORDERS).parallel().mapToObj(i -> run(orders.get(i), i + 1)).toList();

    for (int order = 1; order <= ORDERS; order++) {
      Outputs outputs = results.get(order - 1);

      assertThat(outputs.timeline()).as("timeline, order %d", order).isEqualTo(inLogOrder.timeline());
      assertThat(outputs.actorTimelines()).as("actor timelines, order %d", order).isEqualTo(inLogOrder.actorTimelines());
      assertThat(outputs.links()).as("links, order %d", order).isEqualTo(inLogOrder.links());
      assertThat(outputs.alertedPairs()).as("alerted pairs, order %d", order).isEqualTo(inLogOrder.alertedPairs());
    }
  }

  @Test
  void shouldBuildTheSameTimelineOfflineAsTheTopology() {
    List<TimelineEntry> offline = TimelineModel.entries(TimelineModel.liveReports(story));

    Map<String, TimelineEntry> byId = new TreeMap<>();
    offline.forEach(entry -> byId.put(entry.getId(), entry));
    assertThat(byId).isEqualTo(inLogOrder.timeline());
    assertThat(offline).extracting(TimelineEntry::getSortKey).isSorted();
  }

  /** Feeds {@code records} to a fresh topology and returns its outputs; asserts one alert per pair. */
  private static Outputs run(List<NewsEvent> records, int order) {
    try (TimelineDriver t = new TimelineDriver(stateDir.resolve("order-" + order), ACTOR_TIMELINE_SIZE,
        StateStoreKind.IN_MEMORY, SERDES)) {
      records.forEach(t::pipe);
      Map<String, TimelineEntry> timeline = new TreeMap<>();
      t.compacted(t.topics.timeline(), t.serdes.entry().deserializer()).forEach((id, entry) -> timeline.put(id,
          TimelineEntry.newBuilder(entry).setRevision(TimelineModel.OFFLINE_REVISION).build()));
      List<String> alerts = t.alertedPairs();
      assertThat(new HashSet<>(alerts)).as("one alert per pair, order %d", order).hasSize(alerts.size());
      return new Outputs(timeline, t.compacted(t.topics.actorTimelines(), t.serdes.actorTimeline().deserializer()),
          t.compacted(t.topics.actorLinks(), t.serdes.actorLink().deserializer()), new TreeSet<>(alerts));
    }
  }
}

package io.newstimeline.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.Actor;
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
import io.newstimeline.timeline.ActorView;
import io.newstimeline.timeline.TimelineModel;
import io.newstimeline.topology.store.StateStoreKind;

/**
 * The outputs are a function of the set of reports, not of their arrival order: a generated
 * 100-record story fed in many orders (keeping each event id's own order, as Kafka does) gives the
 * same compacted timeline, actor timelines and links, and alerts the same pairs once each; and
 * the offline {@link TimelineModel} gives the same timeline, from whose entries alone every actor
 * timeline (window, count, partners) and link follows.
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

  @Test
  void shouldDeriveEveryActorViewAndLinkFromTheLiveEntriesAlone() {
    List<TimelineEntry> entries = TimelineModel.entries(TimelineModel.liveReports(story));
    Map<String, List<TimelineEntry>> byActor = new TreeMap<>();
    Map<String, List<TimelineEntry>> byPair = new TreeMap<>();
    for (TimelineEntry entry : entries) { // in sort-key order: a total order, the entry id breaking ties
      for (Actor actor : entry.getActors()) {
        byActor.computeIfAbsent(actor.getId(), id -> new ArrayList<>()).add(entry);
        for (Actor other : entry.getActors()) {
          if (actor.getId().compareTo(other.getId()) < 0) {
            byPair.computeIfAbsent(ActorView.pairKey(actor.getId(), other.getId()), pair -> new ArrayList<>()).add(entry);
          }
        }
      }
    }

    assertThat(inLogOrder.actorTimelines()).containsOnlyKeys(byActor.keySet());
    byActor.forEach((actorId, involved) -> {
      ActorTimeline view = inLogOrder.actorTimelines().get(actorId);
      List<TimelineEntry> window = involved.subList(Math.max(0, involved.size() - ACTOR_TIMELINE_SIZE), involved.size());
      assertThat(view.getEntryCount()).as("entry count of %s", actorId).isEqualTo(involved.size());
      assertThat(view.getEntries()).as("window of %s", actorId)
          .isEqualTo(window.stream().map(e -> ActorView.item(e.getId(), EntryChanges.facts(e), actorId)).toList());
      assertThat(view.getPartners()).as("partners of %s", actorId)
          .extracting(p -> p.getActor().getId() + " " + p.getSharedEntries() + " " + p.getEntriesInView())
          .isEqualTo(expectedPartners(actorId, window, byPair));
    });
    assertThat(inLogOrder.links()).containsOnlyKeys(byPair.keySet());
    byPair.forEach((pair, shared) -> {
      ActorLink link = inLogOrder.links().get(pair);
      TimelineEntry first = shared.get(0);
      TimelineEntry last = shared.get(shared.size() - 1);
      assertThat(List.of(link.getCount(), link.getFirstEntryId(), link.getFirstSortKey(), link.getLastEntryId(),
          link.getLastSortKey())).as("link %s", pair)
          .isEqualTo(List.of(shared.size(), first.getId(), first.getSortKey(), last.getId(), last.getSortKey()));
    });
  }

  /** {@code <partner> <shared entries> <entries in view>}, most shared first, then by partner id. */
  private static List<String> expectedPartners(String actorId, List<TimelineEntry> window,
      Map<String, List<TimelineEntry>> byPair) {
    Map<String, Integer> inView = new TreeMap<>();
    window.forEach(e -> e.getActors().stream().map(Actor::getId).filter(id -> !id.equals(actorId))
        .forEach(id -> inView.merge(id, 1, Integer::sum)));
    return inView.entrySet().stream()
        .sorted(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(
            e -> -byPair.get(ActorView.pairKey(actorId, e.getKey())).size()).thenComparing(Map.Entry::getKey))
        .map(e -> e.getKey() + " " + byPair.get(ActorView.pairKey(actorId, e.getKey())).size() + " " + e.getValue())
        .toList();
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

package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineRevision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.topology.store.QueryableStores;
import io.newstimeline.topology.store.StoreNames;

/** The entry-history store: every revision of an entry, in order, as the revisions topic tells it, without the entry's versions. */
class EntryHistoryTest {

  @TempDir Path stateDir;

  @Test
  void shouldKeepEveryRevisionOfAnEntryInOrderAsTheRevisionsTopicHasThem() {
    NewsEvent lbc = event("lbc:visit", "LBC", LBC_PUBLISHED, EventType.VISIT, onOrBefore("2023-08-30", "recently"), SHOIGU, NORTH_KOREA);
    NewsEvent forces = event("forces:visit", "Forces News", FORCES_PUBLISHED, EventType.VISIT, day("2023-07-26"), SHOIGU, NORTH_KOREA);
    try (TimelineDriver timeline = TimelineDriver.inMemory(stateDir)) {
      timeline.pipe(lbc, forces, retraction(forces));
      List<TimelineRevision> revisions = timeline.revisions.readValuesToList();
      String entryId = revisions.get(0).getEntryId();

      List<TimelineRevision> history = history(timeline, entryId);

      // The dated report merges the vague one into a new entry; its retraction splits them again.
      assertThat(history).extracting(TimelineDriver::change)
          .containsExactly(entryId + " 1 NEW_REPORT", entryId + " 2 MERGED", entryId + " 3 SPLIT");
      assertThat(history).extracting(TimelineDriver::change).containsExactlyElementsOf(revisions.stream()
          .filter(r -> r.getEntryId().equals(entryId)).map(TimelineDriver::change).toList());
      assertThat(history).extracting(TimelineRevision::getCauseEventId)
          .containsExactly("lbc:visit", "forces:visit", "forces:visit");
      assertThat(history).allMatch(r -> r.getBefore() == null && r.getAfter() == null);
      assertThat(history(timeline, entryId + "0")).isEmpty();
      timeline.timeline.readValuesToList();
      timeline.actorTimelines.readValuesToList();
      timeline.links.readValuesToList();
      timeline.alerts.readValuesToList();
      assertThat(timeline.timeline.isEmpty()).isTrue();
      assertThat(timeline.revisions.isEmpty()).isTrue();
      assertThat(timeline.deadLetters.isEmpty()).isTrue();
    }
  }

  private static List<TimelineRevision> history(TimelineDriver timeline, String entryId) {
    KeyValueStore<String, TimelineRevision> store = timeline.driver.getKeyValueStore(StoreNames.ENTRY_HISTORY);
    QueryableStores.KeyRange range = QueryableStores.entryHistory(entryId);
    List<TimelineRevision> history = new ArrayList<>();
    try (KeyValueIterator<String, TimelineRevision> it = store.range(range.from(), range.to())) {
      it.forEachRemaining(kv -> history.add(kv.value));
    }
    return history;
  }
}

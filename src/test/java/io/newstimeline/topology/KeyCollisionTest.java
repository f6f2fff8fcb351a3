package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.timeline.EntryIdentity;
import io.newstimeline.timeline.CompositeKey;

/** Actor ids holding the characters keys are built with stay apart from the ids they resemble. */
class KeyCollisionTest {

  @TempDir Path stateDir;
  TimelineDriver t;

  final NewsEvent letters = event("letters", "LBC", LBC_PUBLISHED, EventType.COMMUNICATION,
      onOrBefore("2023-08-30", "have swapped letters"), PUTIN, KIM);

  @BeforeEach
  void start() {
    t = new TimelineDriver(stateDir); // RocksDB, whose byte order the prefix scans rely on
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void shouldNotMergeAnActorWhoseIdJoinsTwoOthersWithTheirSharedEntry() {
    Actor joined = actor("kim-jong-un,vladimir-putin", "Kim and Putin", ActorKind.OTHER);
    NewsEvent lookalike = event("lookalike", "LBC", LBC_PUBLISHED, EventType.COMMUNICATION,
        onOrBefore("2023-08-30", "have swapped letters"), joined);

    t.pipe(letters, lookalike);

    Map<String, TimelineEntry> timeline = TimelineDriver.latest(t.timeline);
    assertThat(timeline).containsOnlyKeys(EntryIdentity.entryId(letters), EntryIdentity.entryId(lookalike));
    assertThat(timeline.values()).allSatisfy(entry -> assertThat(entry.getCorroboration()).isEqualTo(1));
    t.revisions.readRecordsToList();
    t.actorTimelines.readRecordsToList();
    t.links.readRecordsToList();
    t.alerts.readRecordsToList();
    assertThat(t.drained()).isTrue();
  }

  @Test
  void shouldKeepAnActorWhoseIdExtendsAnotherWithASeparatorOutOfItsTimeline() {
    Actor russia = actor("russia", "Russia", ActorKind.GOVERNMENT);
    Actor lookalike = actor("russia|x4", "Russia X4", ActorKind.OTHER);
    NewsEvent statement = event("statement", "LBC", LBC_PUBLISHED, EventType.STATEMENT, day("2023-08-30"), russia);
    NewsEvent other = event("other", "LBC", LBC_PUBLISHED, EventType.STATEMENT, day("2023-08-29"), lookalike);

    t.pipe(statement, other);

    Map<String, ActorTimeline> views = TimelineDriver.latest(t.actorTimelines);
    assertThat(views).containsOnlyKeys("russia", "russia|x4");
    assertThat(views.get("russia").getEntries()).extracting(ActorTimelineItem::getEntryId)
        .containsExactly(EntryIdentity.entryId(statement));
    assertThat(views.get("russia").getEntryCount()).isEqualTo(1);
    assertThat(views.get("russia|x4").getEntries()).extracting(ActorTimelineItem::getEntryId)
        .containsExactly(EntryIdentity.entryId(other));
    t.timeline.readRecordsToList();
    t.revisions.readRecordsToList();
    assertThat(t.drained()).isTrue();
  }

  @Test
  void shouldKeepPairsApartWhoseIdsJoinToTheSameText() {
    // Joined by hand with '|', both pairs were "a|b|c".
    NewsEvent first = event("first", "LBC", LBC_PUBLISHED, EventType.MEETING, day("2023-08-30"),
        actor("a|b", "AB", ActorKind.OTHER), actor("c", "C", ActorKind.OTHER));
    NewsEvent second = event("second", "LBC", LBC_PUBLISHED, EventType.MEETING, day("2023-08-30"),
        actor("a", "A", ActorKind.OTHER), actor("b|c", "BC", ActorKind.OTHER));

    t.pipe(first, second);

    Map<String, ActorLink> links = TimelineDriver.latest(t.links);
    assertThat(links).containsOnlyKeys(CompositeKey.of("a|b", "c"), CompositeKey.of("a", "b|c"));
    assertThat(links.values()).allSatisfy(link -> assertThat(link.getCount()).isEqualTo(1));
    assertThat(links.get(CompositeKey.of("a", "b|c")).getFirstEntryId()).isEqualTo(EntryIdentity.entryId(second));
    List<LinkAlert> alerts = t.alerts.readValuesToList();
    assertThat(alerts).extracting(LinkAlert::getEntryId)
        .containsExactly(EntryIdentity.entryId(first), EntryIdentity.entryId(second));
    t.timeline.readRecordsToList();
    t.revisions.readRecordsToList();
    t.actorTimelines.readRecordsToList();
    assertThat(t.drained()).isTrue();
  }
}

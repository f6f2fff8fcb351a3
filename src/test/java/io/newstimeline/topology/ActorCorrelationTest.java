package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorPartner;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.NewsEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.timeline.EntryIdentity;
import io.newstimeline.topology.store.DirtyKeys;

class ActorCorrelationTest {

  @TempDir Path stateDir;
  TimelineDriver t;

  final NewsEvent letters = event("letters", "LBC", LBC_PUBLISHED, EventType.COMMUNICATION,
      onOrBefore("2023-08-30", "have swapped letters"), PUTIN, KIM);
  final NewsEvent train = event("train", "Forces News", FORCES_PUBLISHED, EventType.TRAVEL, day("2023-09-10"), KIM);
  final NewsEvent meeting = event("meeting", "Forces News", FORCES_PUBLISHED, EventType.MEETING, day("2023-09-13"), KIM, PUTIN);
  final NewsEvent visit = event("visit", "LBC", LBC_PUBLISHED, EventType.VISIT,
      onOrBefore("2023-08-30", "during a recent visit"), SHOIGU, NORTH_KOREA);

  @BeforeEach
  void start() {
    t = TimelineDriver.inMemory(stateDir, 2);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void shouldKeepEachActorsLatestEntriesInTimelineOrder() {
    t.pipe(meeting, letters, train);

    ActorTimeline kim = TimelineDriver.latest(t.actorTimelines).get(KIM.getId());
    assertThat(kim.getActor()).isEqualTo(KIM);
    assertThat(kim.getEntryCount()).isEqualTo(3);
    assertThat(kim.getEntries()).extracting(ActorTimelineItem::getEntryId)
        .containsExactly(EntryIdentity.entryId(train), EntryIdentity.entryId(meeting));
    assertThat(kim.getEntries().get(1).getOtherActors()).containsExactly(PUTIN.getId());
  }

  @Test
  void shouldLinkActorsSharingAnEntryWithFirstLastAndCount() {
    t.pipe(meeting, letters, visit);

    Map<String, ActorLink> links = TimelineDriver.latest(t.links);
    assertThat(links).containsOnlyKeys("kim-jong-un|vladimir-putin", "north-korea|sergei-shoigu");
    ActorLink putinKim = links.get("kim-jong-un|vladimir-putin");
    assertThat(putinKim.getActorA()).isEqualTo(KIM);
    assertThat(putinKim.getActorB()).isEqualTo(PUTIN);
    assertThat(putinKim.getCount()).isEqualTo(2);
    assertThat(putinKim.getFirstEntryId()).isEqualTo(EntryIdentity.entryId(letters));
    assertThat(putinKim.getLastEntryId()).isEqualTo(EntryIdentity.entryId(meeting));
  }

  @Test
  void shouldAlertOnlyTheFirstTimeAPairIsLinked() {
    t.pipe(meeting, letters, train, visit);

    List<LinkAlert> alerts = t.alerts.readValuesToList();
    assertThat(alerts).extracting(a -> a.getActorA().getId() + "|" + a.getActorB().getId())
        .containsExactly("kim-jong-un|vladimir-putin", "north-korea|sergei-shoigu");
    assertThat(alerts.get(0).getEntryId()).isEqualTo(EntryIdentity.entryId(meeting));
    assertThat(t.alerts.isEmpty()).isTrue();
  }

  @Test
  void shouldListThePartnersOfTheLatestEntriesMostSharedFirstWithTheirCountsOverall() {
    NewsEvent trilateral = event("trilateral", "Forces News", FORCES_PUBLISHED, EventType.MEETING, day("2023-09-14"),
        KIM, PUTIN, SHOIGU);

    t.pipe(letters, train, meeting, trilateral);

    ActorTimeline kim = TimelineDriver.latest(t.actorTimelines).get(KIM.getId());
    assertThat(kim.getEntries()).extracting(ActorTimelineItem::getEntryId)
        .containsExactly(EntryIdentity.entryId(meeting), EntryIdentity.entryId(trilateral));
    assertThat(kim.getPartners()).containsExactly(new ActorPartner(PUTIN, 3, 2), new ActorPartner(SHOIGU, 1, 1));
  }

  @Test
  void shouldDropAPartnerWhoseSharedEntriesLeaveTheLatestEntries() {
    NewsEvent arrival = event("arrival", "Forces News", FORCES_PUBLISHED, EventType.VISIT, day("2023-09-12"), KIM);

    t.pipe(letters, train, arrival);

    ActorTimeline kim = TimelineDriver.latest(t.actorTimelines).get(KIM.getId());
    assertThat(kim.getEntryCount()).isEqualTo(3);
    assertThat(kim.getPartners()).isEmpty();
  }

  @Test
  void shouldCountAPartnersSharedEntriesDownWhenOneIsRetracted() {
    t.pipe(letters, meeting);
    t.actorTimelines.readValuesToList();

    t.pipe(NewsEvent.newBuilder(letters).setRetracted(true).build());

    Map<String, ActorTimeline> views = TimelineDriver.latest(t.actorTimelines);
    ActorTimeline putin = views.get(PUTIN.getId());
    assertThat(putin.getEntryCount()).isEqualTo(1);
    assertThat(putin.getPartners()).containsExactly(new ActorPartner(KIM, 1, 1));
    // The other direction: Kim's count of Putin is read from the pair's link, not kept per actor.
    assertThat(views.get(KIM.getId()).getPartners()).containsExactly(new ActorPartner(PUTIN, 1, 1));
  }

  @Test
  void shouldNameTheFirstSharedEntryBySortKeyThenEntryId() {
    NewsEvent statement = event("statement", "LBC", LBC_PUBLISHED, EventType.STATEMENT, day("2023-09-13"), KIM, PUTIN);

    t.pipe(meeting, statement);

    ActorLink link = TimelineDriver.latest(t.links).get("kim-jong-un|vladimir-putin");
    String first = EntryIdentity.entryId(meeting).compareTo(EntryIdentity.entryId(statement)) < 0
        ? EntryIdentity.entryId(meeting) : EntryIdentity.entryId(statement);
    assertThat(link.getCount()).isEqualTo(2);
    assertThat(link.getFirstEntryId()).isEqualTo(first);
  }

  @Test
  void shouldDropTheLinkWhenTheOnlySharedEntryIsRetracted() {
    t.pipe(visit);
    t.pipe(NewsEvent.newBuilder(visit).setRetracted(true).build());

    assertThat(TimelineDriver.latest(t.links)).isEmpty();
    assertThat(TimelineDriver.latest(t.actorTimelines)).isEmpty();
  }

  @Test
  void shouldMoveTheLinksFirstAndLastWhenEitherIsRetracted() {
    NewsEvent talks = event("talks", "LBC", FORCES_PUBLISHED, EventType.MEETING, day("2023-09-20"), KIM, PUTIN);
    t.pipe(letters, meeting, talks);
    assertThat(TimelineDriver.latest(t.links).get("kim-jong-un|vladimir-putin"))
        .extracting(ActorLink::getCount, ActorLink::getFirstEntryId, ActorLink::getLastEntryId)
        .containsExactly(3, EntryIdentity.entryId(letters), EntryIdentity.entryId(talks));

    t.pipe(retraction(letters), retraction(talks));

    ActorLink link = TimelineDriver.latest(t.links).get("kim-jong-un|vladimir-putin");
    assertThat(link.getCount()).isEqualTo(1);
    assertThat(link.getFirstEntryId()).isEqualTo(EntryIdentity.entryId(meeting));
    assertThat(link.getLastEntryId()).isEqualTo(EntryIdentity.entryId(meeting));
    assertThat(link.getFirstDate()).isEqualTo(day("2023-09-13"));
  }

  @Test
  void shouldPublishEachChangedActorTimelineOncePerFlushButLinksAndAlertsAtOnce() {
    for (NewsEvent report : List.of(letters, train, meeting)) {
      t.events.pipeInput(report.getId(), report, report.getReportedAt());
    }

    assertThat(t.actorTimelines.isEmpty()).isTrue();
    assertThat(t.links.readValuesToList()).extracting(ActorLink::getCount).containsExactly(1, 2);
    assertThat(t.alertedPairs()).containsExactly("kim-jong-un|vladimir-putin");

    t.flush();

    List<ActorTimeline> published = t.actorTimelines.readValuesToList();
    assertThat(published).extracting(view -> view.getActor().getId())
        .containsExactlyInAnyOrder(KIM.getId(), PUTIN.getId());
    assertThat(published).filteredOn(view -> view.getActor().equals(KIM))
        .singleElement().extracting(ActorTimeline::getEntryCount).isEqualTo(3L);

    t.flush();

    assertThat(t.actorTimelines.isEmpty()).isTrue();
  }

  @Test
  void shouldSpreadTheFlushOverTheIntervalPublishingEachChangedActorOnce() {
    for (NewsEvent report : List.of(letters, train, meeting, visit)) {
      t.events.pipeInput(report.getId(), report, report.getReportedAt());
    }
    Duration tick = TimelineConfig.DEFAULT_VIEW_FLUSH_INTERVAL.dividedBy(DirtyKeys.SLICES);

    Map<String, Integer> tickOfActor = new HashMap<>();
    for (int i = 0; i < DirtyKeys.SLICES; i++) {
      t.driver.advanceWallClockTime(tick);
      for (ActorTimeline view : t.actorTimelines.readValuesToList()) {
        assertThat(tickOfActor.put(view.getActor().getId(), i)).as("published twice: %s", view.getActor()).isNull();
      }
    }

    assertThat(tickOfActor).containsOnlyKeys(KIM.getId(), PUTIN.getId(), SHOIGU.getId(), NORTH_KOREA.getId());
    // An actor's tick follows from its slice: two actors share a tick exactly when they share a slice.
    for (String a : tickOfActor.keySet()) {
      for (String b : tickOfActor.keySet()) {
        assertThat(tickOfActor.get(a).equals(tickOfActor.get(b)))
            .as("%s and %s", a, b).isEqualTo(Math.floorMod(a.hashCode(), DirtyKeys.SLICES) == Math.floorMod(b.hashCode(), DirtyKeys.SLICES));
      }
    }
    t.flush();
    assertThat(t.actorTimelines.isEmpty()).isTrue();
  }
}

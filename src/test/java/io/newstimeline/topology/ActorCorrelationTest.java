package io.newstimeline.topology;

import static io.newstimeline.topology.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.NewsEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorCorrelationTest {

  @TempDir Path stateDir;
  TimelineDriver t;

  final NewsEvent letters = event("letters", "LBC", LBC_PUBLISHED, EventType.LETTER_EXCHANGE,
      onOrBefore("2023-08-30", "have swapped letters"), PUTIN, KIM);
  final NewsEvent train = event("train", "Forces News", FORCES_PUBLISHED, EventType.DEPARTURE, day("2023-09-10"), KIM);
  final NewsEvent meeting = event("meeting", "Forces News", FORCES_PUBLISHED, EventType.MEETING, day("2023-09-13"), KIM, PUTIN);
  final NewsEvent visit = event("visit", "LBC", LBC_PUBLISHED, EventType.VISIT,
      onOrBefore("2023-08-30", "during a recent visit"), SHOIGU, NORTH_KOREA);

  @BeforeEach
  void start() {
    t = new TimelineDriver(stateDir, 2);
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
  void shouldDropTheLinkWhenTheOnlySharedEntryIsRetracted() {
    t.pipe(visit);
    t.pipe(NewsEvent.newBuilder(visit).setRetracted(true).build());

    assertThat(TimelineDriver.latest(t.links)).isEmpty();
    assertThat(TimelineDriver.latest(t.actorTimelines)).isEmpty();
  }
}

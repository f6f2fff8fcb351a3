package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.timeline.EntryIdentity;

/** A vague event reported long after newer ones is placed where it happened, never dropped. */
class LateEventTest {

  static final EventType[] TYPES = {EventType.STATEMENT, EventType.MEETING, EventType.VISIT, EventType.CEREMONY};
  static final Actor[][] ACTOR_SETS = {{PUTIN}, {KIM}, {PUTIN, KIM}, {SHOIGU, NORTH_KOREA}, {US}};

  @TempDir Path stateDir;
  TimelineDriver t;

  @BeforeEach
  void start() {
    t = TimelineDriver.inMemory(stateDir);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void shouldPlaceALateLastYearEventReportedAfterThreeHundredNewerOnesWhereItHappened() {
    List<NewsEvent> earlier = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      earlier.add(dated("sep-" + i, LocalDate.parse("2022-09-01").plusDays(i)));
    }
    for (int i = 0; i < 5; i++) {
      earlier.add(dated("nov-" + i, LocalDate.parse("2022-11-10").plusDays(i)));
    }
    NewsEvent newYearsEve = dated("dec-31", LocalDate.parse("2022-12-31"));
    List<NewsEvent> newer = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      newer.add(dated("new-" + i, LocalDate.parse("2023-01-01").plusDays(i)));
    }
    NewsEvent shipment = event("lbc-shipment", "LBC", LBC_PUBLISHED, EventType.TRANSACTION,
        quarter("2022-10-01", "2022-12-31", "Late last year"), US, NORTH_KOREA);
    newer.forEach(t::pipe);
    earlier.forEach(t::pipe);
    t.pipe(newYearsEve);
    t.timeline.readKeyValuesToList();

    t.pipe(shipment);

    String shipmentId = EntryIdentity.entryId(shipment);
    List<String> order = t.timelineOrder();
    assertThat(order).hasSize(317);
    assertThat(order.indexOf(shipmentId)).isEqualTo(15);
    assertThat(order.get(14)).isEqualTo(EntryIdentity.entryId(earlier.get(14)));
    assertThat(order.get(16)).isEqualTo(EntryIdentity.entryId(newYearsEve));
    assertThat(order.get(17)).isEqualTo(EntryIdentity.entryId(newer.get(0)));
    KeyValue<String, TimelineEntry> published = t.timeline.readKeyValue();
    assertThat(published.key).isEqualTo(shipmentId);
    assertThat(published.value.getSortKey()).isEqualTo("2022-12-31|0|2022-10-01|" + shipmentId);
    assertThat(published.value.getDate()).isEqualTo(quarter("2022-10-01", "2022-12-31", "Late last year"));
    assertThat(t.timeline.isEmpty()).isTrue();
  }

  @Test
  void shouldPlaceALateReportBeforeThreeHundredNewerOnesOfItsThreadWithOneRevision() {
    for (int i = 0; i < 300; i++) {
      t.pipe(event("statement-" + i, "LBC", LBC_PUBLISHED, EventType.STATEMENT,
          day(LocalDate.parse("2023-01-01").plusDays(i).toString()), PUTIN));
    }
    t.revisions.readValuesToList();
    NewsEvent lateDated = event("late-statement", "AP", LBC_PUBLISHED, EventType.STATEMENT, day("2022-12-25"), PUTIN);

    t.pipe(lateDated);

    List<TimelineRevision> revisions = t.revisions.readValuesToList();
    assertThat(revisions).extracting(TimelineDriver::change)
        .containsExactly(EntryIdentity.entryId(lateDated) + " 1 NEW_REPORT");
    assertThat(t.timelineOrder().get(0)).isEqualTo(EntryIdentity.entryId(lateDated));
    assertThat(t.timelineOrder()).hasSize(301);
  }

  /** A report of a distinct event on {@code day}, in one of a few threads. */
  private static NewsEvent dated(String id, LocalDate day) {
    int n = Math.abs(id.hashCode());
    return event(id, "Reuters", FORCES_PUBLISHED, TYPES[n % TYPES.length], day(day.toString()),
        ACTOR_SETS[(n / TYPES.length) % ACTOR_SETS.length]);
  }
}

package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.topology.MergeReportsProcessorSupplier.ReportKey;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import io.newstimeline.timeline.EntryIdentity;
import io.newstimeline.timeline.MatchInterval;

/** The merge clusters on its store keys alone, so a key must give back exactly what it was made of. */
class ReportKeyTest {

  @Test
  void shouldReadBackTheMatchIntervalAndEventIdOfEveryKindOfDate() {
    for (EventDate date : new EventDate[] {
        day("2023-07-27"), month("2023-08", "in August"), quarter("2023-07-01", "2023-09-30", "last quarter"),
        onOrBefore("2023-08-30", "recently"), range("2023-07-15", null), range("2019-01-01", "2023-08-30")}) {
      NewsEvent report = report("lbc|letters#2", date);
      String threadId = EntryIdentity.threadId(report);

      ReportKey key = ReportKey.parse(threadId, MergeReportsProcessorSupplier.reportKey(threadId, report));

      assertThat(key.match()).as("%s", date).isEqualTo(MatchInterval.of(date));
      assertThat(key.eventId()).isEqualTo("lbc|letters#2");
    }
  }

  @Test
  void shouldReadDaysOutsideTheFourDigitYears() {
    EventDate farFuture = EventDate.newBuilder(day("2023-07-27"))
        .setStart(LocalDate.of(12023, 7, 27)).setEnd(LocalDate.of(12023, 7, 27)).build();
    NewsEvent report = report("far", farFuture);
    String threadId = EntryIdentity.threadId(report);

    ReportKey key = ReportKey.parse(threadId, MergeReportsProcessorSupplier.reportKey(threadId, report));

    assertThat(key.match()).isEqualTo(new MatchInterval(LocalDate.of(12023, 7, 27), LocalDate.of(12023, 7, 27)));
  }

  @Test
  void shouldRefuseAKeyOfAnotherThread() {
    NewsEvent report = report("lbc-letters", day("2023-07-27"));
    String key = MergeReportsProcessorSupplier.reportKey(EntryIdentity.threadId(report), report);

    assertThatThrownBy(() -> ReportKey.parse("t-0000000000000000", key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a report key");
  }

  private static NewsEvent report(String id, EventDate date) {
    return event(id, "LBC", LBC_PUBLISHED, EventType.COMMUNICATION, date, PUTIN, KIM);
  }
}

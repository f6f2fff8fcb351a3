package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventOrigin;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.schema.AvroRuntime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small builders for test reports, with fixed instants (never the wall clock). */
final class TimelineFixtures {

  static final Instant LBC_PUBLISHED = Instant.parse("2023-08-30T19:16:00Z");
  static final Instant FORCES_PUBLISHED = Instant.parse("2023-09-10T23:00:00Z");

  static final Actor PUTIN = actor("vladimir-putin", "Vladimir Putin", ActorKind.PERSON);
  static final Actor KIM = actor("kim-jong-un", "Kim Jong Un", ActorKind.PERSON);
  static final Actor SHOIGU = actor("sergei-shoigu", "Sergei Shoigu", ActorKind.PERSON);
  static final Actor NORTH_KOREA = actor("north-korea", "North Korea", ActorKind.GOVERNMENT);
  static final Actor US = actor("united-states", "United States", ActorKind.GOVERNMENT);

  static {
    AvroRuntime.install(); // pure tests copy and compare records without ever creating a serde
  }

  private TimelineFixtures() {}

  static Actor actor(String id, String name, ActorKind kind) {
    return Actor.newBuilder().setId(id).setName(name).setKind(kind).build();
  }

  static EventDate day(String iso) {
    LocalDate day = LocalDate.parse(iso);
    return EventDate.newBuilder().setStart(day).setEnd(day).setPrecision(DatePrecision.DAY).setExpression(null).build();
  }

  static EventDate onOrBefore(String iso, String expression) {
    return EventDate.newBuilder().setStart(null).setEnd(LocalDate.parse(iso))
        .setPrecision(DatePrecision.ON_OR_BEFORE).setExpression(expression).build();
  }

  static EventDate quarter(String from, String to, String expression) {
    return EventDate.newBuilder().setStart(LocalDate.parse(from)).setEnd(LocalDate.parse(to))
        .setPrecision(DatePrecision.QUARTER).setExpression(expression).build();
  }

  static EventDate month(String yearMonth, String expression) {
    LocalDate first = LocalDate.parse(yearMonth + "-01");
    return EventDate.newBuilder().setStart(first).setEnd(first.withDayOfMonth(first.lengthOfMonth()))
        .setPrecision(DatePrecision.MONTH).setExpression(expression).build();
  }

  static EventDate range(String from, String to) {
    return EventDate.newBuilder().setStart(from == null ? null : LocalDate.parse(from))
        .setEnd(to == null ? null : LocalDate.parse(to)).setPrecision(DatePrecision.RANGE).setExpression(null).build();
  }

  /** {@code report} said to follow event {@code anchorEventId}. */
  static NewsEvent following(NewsEvent report, String anchorEventId) {
    return NewsEvent.newBuilder(report).setAfter(anchorEventId).build();
  }

  /** The retraction of {@code report}: the same event id, {@code retracted} set. */
  static NewsEvent retraction(NewsEvent report) {
    return NewsEvent.newBuilder(report).setRetracted(true).build();
  }

  static NewsEvent event(String id, String outlet, Instant reportedAt, EventType type, EventDate date, Actor... actors) {
    return NewsEvent.newBuilder()
        .setId(id)
        .setArticleId("article-of-" + id)
        .setOutlet(outlet)
        .setUrl(null)
        .setType(type)
        .setActors(List.copyOf(Arrays.asList(actors)))
        .setDate(date)
        .setSummary("Summary of " + id)
        .setEvidence("Evidence sentence of " + id + ".")
        .setEvidenceStart(null)
        .setEvidenceEnd(null)
        .setReportedAt(reportedAt)
        .setAfter(null)
        .setOrigin(EventOrigin.EXTRACTED)
        .setRetracted(false)
        .build();
  }
}

package io.newstimeline.testing;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.Article;
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
public final class TimelineFixtures {

  public static final Instant LBC_PUBLISHED = Instant.parse("2023-08-30T19:16:00Z");
  public static final Instant FORCES_PUBLISHED = Instant.parse("2023-09-10T23:00:00Z");

  public static final Actor PUTIN = actor("vladimir-putin", "Vladimir Putin", ActorKind.PERSON);
  public static final Actor KIM = actor("kim-jong-un", "Kim Jong Un", ActorKind.PERSON);
  public static final Actor SHOIGU = actor("sergei-shoigu", "Sergei Shoigu", ActorKind.PERSON);
  public static final Actor NORTH_KOREA = actor("north-korea", "North Korea", ActorKind.GOVERNMENT);
  public static final Actor US = actor("united-states", "United States", ActorKind.GOVERNMENT);

  static {
    AvroRuntime.install(); // pure tests copy and compare records without ever creating a serde
  }

  private TimelineFixtures() {}

  public static Actor actor(String id, String name, ActorKind kind) {
    return Actor.newBuilder().setId(id).setName(name).setKind(kind).build();
  }

  public static EventDate day(String iso) {
    LocalDate day = LocalDate.parse(iso);
    return EventDate.newBuilder().setStart(day).setEnd(day).setPrecision(DatePrecision.DAY).setExpression(null).build();
  }

  public static EventDate onOrBefore(String iso, String expression) {
    return EventDate.newBuilder().setStart(null).setEnd(LocalDate.parse(iso))
        .setPrecision(DatePrecision.ON_OR_BEFORE).setExpression(expression).build();
  }

  public static EventDate quarter(String from, String to, String expression) {
    return EventDate.newBuilder().setStart(LocalDate.parse(from)).setEnd(LocalDate.parse(to))
        .setPrecision(DatePrecision.QUARTER).setExpression(expression).build();
  }

  public static EventDate month(String yearMonth, String expression) {
    LocalDate first = LocalDate.parse(yearMonth + "-01");
    return EventDate.newBuilder().setStart(first).setEnd(first.withDayOfMonth(first.lengthOfMonth()))
        .setPrecision(DatePrecision.MONTH).setExpression(expression).build();
  }

  public static EventDate range(String from, String to) {
    return EventDate.newBuilder().setStart(from == null ? null : LocalDate.parse(from))
        .setEnd(to == null ? null : LocalDate.parse(to)).setPrecision(DatePrecision.RANGE).setExpression(null).build();
  }

  /** {@code report} said to follow event {@code anchorEventId}. */
  public static NewsEvent following(NewsEvent report, String anchorEventId) {
    return NewsEvent.newBuilder(report).setAfter(anchorEventId).build();
  }

  /** The retraction of {@code report}: the same event id, {@code retracted} set. */
  public static NewsEvent retraction(NewsEvent report) {
    return NewsEvent.newBuilder(report).setRetracted(true).build();
  }

  public static NewsEvent event(String id, String outlet, Instant reportedAt, EventType type, EventDate date, Actor... actors) {
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

  /** An article of {@code outlet} published at {@code published}; its body is irrelevant to the timeline. */
  public static Article article(String id, String outlet, Instant published) {
    return Article.newBuilder().setId(id).setSource(outlet).setUrl(null).setTitle("Title of " + id)
        .setPublished(published).setPublishedDateOnly(false).setTimezone("Europe/London").setBody("Body.")
        .setWithdrawn(false).build();
  }
}

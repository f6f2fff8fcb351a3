package io.newstimeline.topology;

import io.newstimeline.schema.AvroRuntime;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.SourceReport;
import io.newstimeline.avro.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one timeline entry from every report of the same event. A pure function of the set of
 * reports: the same reports in any order give the same entry.
 */
public final class EntryMerger {

  static {
    AvroRuntime.install(); // usable offline (audits), where no serde has run yet
  }

  /** Reports in knowledge order: earliest published first, event id for ties. */
  static final Comparator<NewsEvent> BY_REPORTED_THEN_ID =
      Comparator.comparing(NewsEvent::getReportedAt).thenComparing(NewsEvent::getId);

  private EntryMerger() {}

  /**
   * Returns the entry {@code entryId} made of {@code reports} (at least one), at {@code revision}.
   * Its date is the tightest interval consistent with every report; its summary, display names
   * and relation come from the earliest report.
   */
  public static TimelineEntry merge(String entryId, List<NewsEvent> reports, int revision) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("An entry needs at least one report: " + entryId);
    }
    List<NewsEvent> ordered = new ArrayList<>(reports);
    ordered.sort(BY_REPORTED_THEN_ID);
    NewsEvent first = ordered.get(0);

    EventDate date = tightestDate(ordered);
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<SourceReport> sources = new ArrayList<>(ordered.size());
    String after = null;
    for (NewsEvent report : ordered) {
      report.getActors().forEach(actor -> actors.putIfAbsent(actor.getId(), actor));
      sources.add(SourceReport.newBuilder()
          .setEventId(report.getId())
          .setArticleId(report.getArticleId())
          .setOutlet(report.getOutlet())
          .setUrl(report.getUrl())
          .setPublished(report.getReportedAt())
          .setDate(report.getDate())
          .setEvidence(report.getEvidence())
          .build());
      if (after == null) {
        after = report.getAfter();
      }
    }
    List<Actor> sortedActors = new ArrayList<>(actors.values());
    sortedActors.sort(Comparator.comparing(Actor::getId));
    int outlets = (int) ordered.stream().map(NewsEvent::getOutlet).distinct().count();

    return TimelineEntry.newBuilder()
        .setId(entryId)
        .setSortKey(SortKey.of(date, entryId))
        .setType(first.getType())
        .setActors(sortedActors)
        .setDate(date)
        .setSummary(first.getSummary())
        .setSources(sources)
        .setCorroboration(outlets)
        .setAfter(after)
        .setRevision(revision)
        .setFirstReportedAt(first.getReportedAt())
        .setLastReportedAt(ordered.get(ordered.size() - 1).getReportedAt())
        .build();
  }

  /**
   * The intersection of every report's interval. Precision and expression come from the
   * narrowest report; when the intersection is narrower than any single report it is a RANGE
   * (or a DAY when it is one day).
   */
  static EventDate tightestDate(List<NewsEvent> ordered) {
    LocalDate start = null;
    LocalDate end = null;
    for (NewsEvent report : ordered) {
      EventDate date = report.getDate();
      if (date.getStart() != null && (start == null || date.getStart().isAfter(start))) {
        start = date.getStart();
      }
      if (date.getEnd() != null && (end == null || date.getEnd().isBefore(end))) {
        end = date.getEnd();
      }
    }
    for (NewsEvent report : ordered) {
      EventDate date = report.getDate();
      if (java.util.Objects.equals(date.getStart(), start) && java.util.Objects.equals(date.getEnd(), end)) {
        return date;
      }
    }
    DatePrecision precision = start != null && start.equals(end) ? DatePrecision.DAY
        : start == null ? DatePrecision.ON_OR_BEFORE : DatePrecision.RANGE;
    return EventDate.newBuilder().setStart(start).setEnd(end).setPrecision(precision).setExpression(null).build();
  }
}

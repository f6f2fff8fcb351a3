package io.newstimeline.timeline;

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
import java.util.Objects;

/**
 * Builds one timeline entry from every report of the same event (one cluster of
 * {@link ReportClustering}); stateless. A pure function of the set of reports: the same reports in
 * any order give the same entry.
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
   * Its date is the tightest interval consistent with every report; its summary and display names
   * come from the earliest report (by publication time, then event id), its relation
   * ({@code after}) from the earliest report that names one; its corroboration is the number of
   * distinct outlets.
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
        .setSortKey(SortKey.of(date, after != null, entryId))
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
   * The intersection of every report's own interval (never the clamped match interval). When one
   * report gives exactly that interval, its date is used as is (precision and expression
   * included; the earliest such report in knowledge order); otherwise the intersection is a DAY
   * when it is one day, ON_OR_BEFORE when it has no lower bound, else a RANGE. Reports of one
   * cluster all contain its root, so the intersection is never empty.
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
      if (Objects.equals(date.getStart(), start) && Objects.equals(date.getEnd(), end)) {
        return date;
      }
    }
    if (start != null && end != null && start.isAfter(end)) {
      throw new IllegalArgumentException("Reports with disjoint dates are not one event: " + start + " > " + end);
    }
    DatePrecision precision = start != null && start.equals(end) ? DatePrecision.DAY
        : start == null ? DatePrecision.ON_OR_BEFORE : DatePrecision.RANGE;
    return EventDate.newBuilder().setStart(start).setEnd(end).setPrecision(precision).setExpression(null).build();
  }
}

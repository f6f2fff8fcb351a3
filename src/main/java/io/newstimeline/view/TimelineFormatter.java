package io.newstimeline.view;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.SourceReport;
import io.newstimeline.avro.TimelineEntry;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders timeline entries and link alerts as the plain-text lines the CLI prints; stateless. */
public final class TimelineFormatter {

  private TimelineFormatter() {}

  /** One block per entry, in timeline (sort key) order. */
  public static String timeline(List<TimelineEntry> entries) {
    StringBuilder out = new StringBuilder();
    entries.stream().sorted(Comparator.comparing(TimelineEntry::getSortKey)).forEach(entry -> {
      out.append(String.format(Locale.ROOT, "%-24s %-15s %s%n", date(entry.getDate()), entry.getType(),
          actors(entry.getActors())));
      out.append(String.format(Locale.ROOT, "%24s   %s%n", "", entry.getSummary()));
      out.append(String.format(Locale.ROOT, "%24s   sources: %s%n", "", sources(entry.getSources())));
    });
    return out.toString();
  }

  /** One line per alert, in the order given. */
  public static String alerts(List<LinkAlert> alerts) {
    StringBuilder out = new StringBuilder();
    for (LinkAlert alert : alerts) {
      out.append(String.format(Locale.ROOT, "NEW LINK  %s <-> %s  (%s, %s)%n", alert.getActorA().getName(),
          alert.getActorB().getName(), date(alert.getDate()), alert.getSummary()));
    }
    return out.toString();
  }

  /** The date as a reader says it: a day, a month, a quarter, a year, a range or "on or before". */
  public static String date(EventDate date) {
    LocalDate start = date.getStart();
    LocalDate end = date.getEnd();
    return switch (date.getPrecision()) {
      case DAY -> String.valueOf(start != null ? start : end);
      case MONTH -> start.toString().substring(0, 7);
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(start.getYear());
      case ON_OR_BEFORE -> "on or before " + end;
      case RANGE -> (start == null ? "…" : start.toString()) + ".." + (end == null ? "…" : end.toString());
    };
  }

  private static String actors(List<Actor> actors) {
    return actors.stream().map(Actor::getName).collect(Collectors.joining(", "));
  }

  private static String sources(List<SourceReport> sources) {
    return sources.stream().map(s -> s.getOutlet() + " (" + s.getArticleId() + ")").distinct()
        .collect(Collectors.joining("; "));
  }
}

package io.newstimeline.timeline;

import io.newstimeline.avro.NewsEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Decides which reports are the same event: returns the clusters of a set of live reports, one
 * per timeline entry. A pure function of the <em>set</em> of reports: the same reports in any
 * order give the same clusters. Used by the topology on a bounded window of one thread, and
 * offline by {@link TimelineModel} on a whole set.
 *
 * <h2>The rule</h2>
 * <ol>
 *   <li>Only reports of the same thread (same event type, same canonical actor set; see
 *       {@link EntryIdentity}) can be the same event.
 *   <li>Each report is matched on its {@link MatchInterval}: its own interval when it is bounded
 *       and at most {@value MatchInterval#MAX_DAYS} days long, otherwise the
 *       {@value MatchInterval#MAX_DAYS} days ending at its upper bound.
 *   <li>The <em>roots</em> of a thread are its minimal match intervals: those that contain no
 *       other match interval of the thread. Minimal intervals never contain one another, so they
 *       are ordered: a later end means a later start.
 *   <li>A report joins the <em>latest</em> root inside its own match interval (there is always
 *       one: the tightest interval inside it, possibly its own). All reports with the same root
 *       are one cluster, hence one entry.
 * </ol>
 * So a less precise report is absorbed by a more precise one that it contains ("a recent visit,
 * on or before 30 August" by "the visit on 27 July"), reports with the very same interval share
 * an entry, and reports whose intervals merely overlap, or are disjoint, stay apart. When a vague
 * report contains several precise events it joins the latest: "on or before" is how articles
 * refer to the most recent occurrence, and the choice is deterministic. Every report of a cluster
 * contains its root, so the reports' own intervals always have a common part (the entry's date).
 *
 * <h2>Locality</h2>
 * A report's root depends only on the match intervals inside its own, which lie within
 * {@value MatchInterval#MAX_DAYS} days. So a set of reports that is closed downwards (with every
 * report, every report of the thread whose match interval lies inside it) is clustered exactly
 * as the whole thread is; {@link #window} gives such a set around a change.
 */
public final class ReportClustering {

  /** Reports of one cluster in a canonical order, so equal clusters compare equal. */
  public static final Comparator<NewsEvent> BY_EVENT_ID = Comparator.comparing(NewsEvent::getId);

  private ReportClustering() {}

  /**
   * One cluster: the reports of one thread that share a root, i.e. one timeline entry.
   *
   * @param threadId the thread, see {@link EntryIdentity#threadId}
   * @param root the tightest match interval of the cluster
   * @param reports the reports, by event id
   */
  public record Cluster(String threadId, MatchInterval root, List<NewsEvent> reports) {

    public Cluster {
      reports = List.copyOf(reports);
    }

    /** The id of this cluster's entry. */
    public String entryId() {
      return EntryIdentity.entryId(threadId, root);
    }
  }

  /**
   * Returns the clusters of {@code reports} (live reports, any threads, one per event id), by
   * thread id, then root.
   */
  public static List<Cluster> clusters(Collection<NewsEvent> reports) {
    Map<String, List<NewsEvent>> byThread = new TreeMap<>();
    for (NewsEvent report : reports) {
      byThread.computeIfAbsent(EntryIdentity.threadId(report), id -> new ArrayList<>()).add(report);
    }
    List<Cluster> clusters = new ArrayList<>();
    byThread.forEach((threadId, threadReports) ->
        clusterThread(threadReports).forEach((root, members) -> clusters.add(new Cluster(threadId, root, members))));
    return clusters;
  }

  /**
   * Returns the clusters of {@code reports}, all of one thread: root → reports by event id,
   * ordered by root. Cost O(n log n).
   */
  public static SortedMap<MatchInterval, List<NewsEvent>> clusterThread(Collection<NewsEvent> reports) {
    SortedMap<MatchInterval, List<NewsEvent>> clusters = cluster(reports, report -> MatchInterval.of(report.getDate()));
    clusters.values().forEach(members -> members.sort(BY_EVENT_ID));
    return clusters;
  }

  /**
   * Returns the clusters of {@code items}, all of one thread, each matched on
   * {@code matchInterval}: root → items in the order given, ordered by root. The rule needs nothing
   * but the match intervals, so a caller can cluster what stands for a report (its store key)
   * without decoding it. Cost O(n log n).
   */
  public static <T> SortedMap<MatchInterval, List<T>> cluster(Collection<T> items, Function<T, MatchInterval> matchInterval) {
    List<MatchInterval> intervals = new ArrayList<>(items.size());
    for (T item : items) {
      intervals.add(matchInterval.apply(item));
    }
    List<MatchInterval> roots = roots(intervals);
    SortedMap<MatchInterval, List<T>> clusters = new TreeMap<>();
    int i = 0;
    for (T item : items) {
      clusters.computeIfAbsent(rootOf(intervals.get(i++), roots), root -> new ArrayList<>()).add(item);
    }
    return clusters;
  }

  /**
   * The minimal intervals of {@code intervals} (those containing no other), ordered by end, which
   * also orders them by start.
   */
  static List<MatchInterval> roots(Collection<MatchInterval> intervals) {
    // By end ascending and, for the same end, tighter (later start) first: everything that could
    // lie inside an interval comes before it, so one running maximum of starts decides.
    TreeSet<MatchInterval> distinct = new TreeSet<>(
        Comparator.comparing(MatchInterval::end).thenComparing(MatchInterval::start, Comparator.reverseOrder()));
    distinct.addAll(intervals);
    List<MatchInterval> roots = new ArrayList<>();
    LocalDate latestStart = LocalDate.MIN;
    for (MatchInterval interval : distinct) {
      if (latestStart.isBefore(interval.start())) {
        roots.add(interval); // nothing seen so far starts inside it: it is minimal
        latestStart = interval.start();
      }
    }
    return roots;
  }

  /** The latest of {@code roots} (ordered by end) inside {@code interval}. */
  static MatchInterval rootOf(MatchInterval interval, List<MatchInterval> roots) {
    // The last root ending no later than the interval starts latest among those, so if any root
    // lies inside the interval (one always does when the roots come from the same intervals), it does.
    int low = 0;
    int high = roots.size() - 1;
    int last = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (roots.get(mid).end().isAfter(interval.end())) {
        high = mid - 1;
      } else {
        last = mid;
        low = mid + 1;
      }
    }
    if (last < 0 || !interval.contains(roots.get(last))) {
      throw new IllegalArgumentException("No root inside " + interval + ": roots must come from the same intervals");
    }
    return roots.get(last);
  }

  /**
   * The match intervals whose reports must be read to recluster a thread after a report with
   * match interval {@code changed} arrives, changes or leaves: every interval inside the returned
   * one, which spans {@code changed} widened by 2 × ({@value MatchInterval#MAX_DAYS} − 1) days on
   * each side (at most 5 × {@value MatchInterval#MAX_DAYS} days in all).
   *
   * <p>Why this is enough: only roots containing {@code changed} can appear or disappear, so only
   * reports whose match interval contains {@code changed} can change root, and their old and new
   * roots lie within {@code changed} ± 365 days; every member of such a root lies within another
   * 365 days. The window is closed downwards, so its reports cluster exactly as the whole thread.
   */
  public static MatchInterval.Window window(MatchInterval changed) {
    return new MatchInterval.Window(changed.end().minusDays(2L * MatchInterval.MAX_SPAN),
        changed.start().plusDays(2L * MatchInterval.MAX_SPAN));
  }
}

package io.newstimeline.topology.store;

/** Names of the topology's state stores; queryable ones are public contract for interactive queries. */
public final class StoreNames {

  /** Event id → id of the thread its live version belongs to (to move or retract it). */
  public static final String REPORT_THREADS = "report-threads";
  /**
   * {@code <threadId>|<match end>|<match start>|<eventId>} → report: every live report, by thread
   * then match interval, for range scans over a bounded window of one thread.
   */
  public static final String THREAD_REPORTS = "thread-reports";
  /** Event id → its key in {@link #THREAD_REPORTS}. */
  public static final String REPORT_KEYS = "report-keys";
  /** Entry id → current timeline entry. */
  public static final String ENTRIES = "timeline-entries";
  /**
   * Entry id → last revision of an entry that was removed (retracted or merged away), so a revived
   * entry continues counting; live entries carry their revision in {@link #ENTRIES}.
   */
  public static final String ENTRY_REVISIONS = "entry-revisions";
  /** {@code <entryId>|<revision, 10 digits>} → that revision without the entry's versions: each entry's history. */
  public static final String ENTRY_HISTORY = "entry-history";
  /** Sort key → entry id: the whole timeline in event-time order, for range queries. */
  public static final String TIMELINE_ORDER = "timeline-order";
  /** {@code <actorId>|<sortKey>} → the entry as seen from that actor. */
  public static final String ACTOR_ENTRIES = "actor-entries";
  /** Actor id → the actor and the number of entries it takes part in (an {@code ActorTimeline} with no entries). */
  public static final String ACTOR_SUMMARIES = "actor-summaries";
  /** Actor id → timestamp of its first change since its last flush: actors whose rolling timeline awaits publication. */
  public static final String DIRTY_ACTORS = "dirty-actors";
  /**
   * {@code <actorId>|<partnerId>} → the partner and how many entries they share, for partners with
   * a smaller id only: the other half is the count of a link the actor's own task holds.
   */
  public static final String ACTOR_PARTNERS = "actor-partners";
  /** {@code <actorA>|<actorB>|<sortKey>} → a shared entry of the pair. */
  public static final String PAIR_ENTRIES = "pair-entries";
  /** {@code <actorA>|<actorB>} → link summary. */
  public static final String ACTOR_LINKS = "actor-links";
  /** {@code <actorA>|<actorB>} → publication time of the report that first linked them. */
  public static final String ALERTED_PAIRS = "alerted-pairs";

  private StoreNames() {}
}

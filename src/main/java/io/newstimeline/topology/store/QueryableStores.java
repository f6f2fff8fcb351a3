package io.newstimeline.topology.store;

import java.time.LocalDate;
import java.util.List;
import io.newstimeline.timeline.SortKey;
import io.newstimeline.timeline.CompositeKey;

/**
 * How readers outside the topology (interactive queries) address its stores: the key ranges and
 * keys of each query, built here, next to the code that writes them, so that a change of key
 * layout changes its readers too. Stateless.
 *
 * <p>Every range is inclusive at both ends, as {@code RangeQuery} and {@code KeyValueStore#range}
 * take them; an upper bound that is no key of its store stands for "up to the end of the prefix".
 */
public final class QueryableStores {

  /** An inclusive range of store keys; a null bound is open. */
  public record KeyRange(String from, String to) {}

  private QueryableStores() {}

  /**
   * The keys of {@link StoreNames#TIMELINE_ORDER} of the entries that can have happened on or after
   * {@code day} (whose latest possible day is {@code day} or later), in timeline order: sort keys
   * begin with that day ({@link SortKey}), which their codec leaves as it is.
   */
  public static KeyRange timelineFrom(LocalDate day) {
    return new KeyRange(day == null ? null : day.toString(), null);
  }

  /** The keys of {@link StoreNames#ENTRY_HISTORY} of entry {@code entryId}'s revisions, oldest first. */
  public static KeyRange entryHistory(String entryId) {
    return prefix(entryId);
  }

  /** The key of revision {@code revision} of entry {@code entryId} in {@link StoreNames#ENTRY_HISTORY}. */
  public static String historyKey(String entryId, int revision) {
    return CompositeKey.of(entryId, String.format(java.util.Locale.ROOT, "%010d", revision));
  }

  /** The keys of {@link StoreNames#ACTOR_ENTRIES} of actor {@code actorId}'s entries, in timeline order. */
  public static KeyRange actorEntries(String actorId) {
    return prefix(actorId);
  }

  /**
   * The keys of {@link StoreNames#ACTOR_PARTNERS} of {@code actorId}'s partners with a smaller id;
   * those with a larger id are the links of {@link #linksOwnedBy}.
   */
  public static KeyRange partnersBefore(String actorId) {
    return prefix(actorId);
  }

  /** The keys of {@link StoreNames#ACTOR_LINKS} of the pairs {@code actorId} owns: with partners of a larger id. */
  public static KeyRange linksOwnedBy(String actorId) {
    return prefix(actorId);
  }

  /** The two actor ids of {@code pairKey}, a key of {@link StoreNames#ACTOR_LINKS} or {@link StoreNames#ALERTED_PAIRS}. */
  public static List<String> actorsOf(String pairKey) {
    return CompositeKey.parts(pairKey);
  }

  /** The keys that extend the key of {@code id} by more parts. */
  private static KeyRange prefix(String id) {
    String key = CompositeKey.of(id);
    return new KeyRange(CompositeKey.firstExtending(key), CompositeKey.pastExtending(key));
  }
}

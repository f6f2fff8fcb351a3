package io.newstimeline.timeline;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.NewsEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Names threads and entries; stateless.
 *
 * <p>A <em>thread</em> is every report with the same event type and the same canonical actor set
 * (the sorted, distinct actor ids): only reports of one thread can be the same event. Its id,
 * {@code t-<16 hex>}, is a hash of the {@link CompositeKey} {@code <type>|<id>|<id>|...}, so no
 * actor id can pose as two (an id {@code a|b} is escaped), and fixed-length so that store keys
 * {@code <thread id>|...} sort and prefix-scan cleanly.
 *
 * <p>An <em>entry</em> is one cluster of a thread (see {@link ReportClustering}); its id,
 * {@code e-<16 hex>}, is a hash of the thread id and the cluster's root interval. So the id stays
 * the same as long as the root does, whatever reports join or leave, in whatever order.
 */
public final class EntryIdentity {

  private static final String THREAD_ID_PREFIX = "t-";
  /** Hex digits of the hashes in thread and entry ids. */
  private static final int HASH_HEX_DIGITS = 16;
  /** The length of every thread id, in characters and in UTF-8 bytes. */
  public static final int THREAD_ID_LENGTH = THREAD_ID_PREFIX.length() + HASH_HEX_DIGITS;

  private EntryIdentity() {}

  /** The readable key of {@code event}'s thread, e.g. {@code COMMUNICATION|kim-jong-un|vladimir-putin}. */
  public static String threadKey(NewsEvent event) {
    Stream<String> ids = event.getActors().stream().map(Actor::getId).distinct().sorted();
    return CompositeKey.extend(event.getType().name(), ids.toArray(String[]::new));
  }

  /** The id of {@code event}'s thread, e.g. {@code t-3f9a0c1d2b4e5f60}. */
  public static String threadId(NewsEvent event) {
    return THREAD_ID_PREFIX + hash(threadKey(event));
  }

  /** The id of the entry of thread {@code threadId} whose cluster has root interval {@code root}. */
  public static String entryId(String threadId, MatchInterval root) {
    return "e-" + hash(CompositeKey.of(threadId, String.valueOf(root.start()), String.valueOf(root.end())));
  }

  /**
   * The id of the entry {@code event} has when no other report of its thread is as tight or
   * tighter inside its match interval, e.g. when it is the only report of its thread.
   */
  public static String entryId(NewsEvent event) {
    return entryId(threadId(event), MatchInterval.of(event.getDate()));
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, HASH_HEX_DIGITS / 2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}

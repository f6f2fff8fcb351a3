package io.newstimeline.audit;

import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.view.TimelineJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * A fingerprint of a timeline's content: SHA-256 over the entries in timeline order, each in its
 * canonical JSON form without its {@code revision} counter. Two timelines with the same entries,
 * sources, dates and order have the same digest, however they were computed.
 *
 * <p>The revision is left out because it counts how many changes an entry went through, a fact
 * about processing history rather than about what the timeline says.
 */
public final class TimelineDigest {

  private TimelineDigest() {}

  /** The hex SHA-256 digest of {@code entries} (any order in, timeline order used). */
  public static String of(Collection<TimelineEntry> entries) {
    MessageDigest sha = sha256();
    entries.stream()
        .sorted(java.util.Comparator.comparing(TimelineEntry::getSortKey))
        .map(entry -> TimelineJson.canonicalWithoutRevision(entry))
        .forEach(json -> {
          sha.update(json.getBytes(StandardCharsets.UTF_8));
          sha.update((byte) '\n');
        });
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}

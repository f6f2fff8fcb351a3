package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.NewsEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decides which reports are the same event: the entry id is a hash of the event type, the sorted
 * set of canonical actor ids and the date interval, so two articles reporting the same event
 * (same type, same actors, same dates) land on the same timeline entry whatever their wording,
 * outlet or arrival order.
 */
public final class EntryIdentity {

  private EntryIdentity() {}

  /** The id of the timeline entry {@code event} belongs to, e.g. {@code e-3f9a0c1d2b4e5f60}. */
  public static String entryId(NewsEvent event) {
    StringBuilder identity = new StringBuilder(128).append(event.getType()).append('|');
    event.getActors().stream().map(Actor::getId).distinct().sorted()
        .forEach(id -> identity.append(id).append(','));
    EventDate date = event.getDate();
    identity.append('|').append(date.getStart()).append('|').append(date.getEnd());
    return "e-" + HexFormat.of().formatHex(sha256(identity.toString()), 0, 8);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}

package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.EntryChange;
import io.newstimeline.avro.EntryFacts;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * Turns a timeline revision into the slim {@link EntryChange} the per-actor stages read, one copy
 * per actor involved. A revision carries two whole entries with every source (~380 bytes, more for
 * much-reported events); the change carries only what actor timelines, links and alerts show, so
 * the ~3 copies per revision cost less to encode, send, fetch and decode. Stateless.
 */
final class EntryChanges {

  private EntryChanges() {}

  /** The change {@code revision} makes, as the per-actor stages see it. */
  static EntryChange of(TimelineRevision revision) {
    return new EntryChange(revision.getEntryId(), facts(revision.getBefore()), facts(revision.getAfter()));
  }

  /** The parts of {@code entry} that the per-actor stages show; null for null. */
  static EntryFacts facts(TimelineEntry entry) {
    if (entry == null) {
      return null;
    }
    return new EntryFacts(entry.getSortKey(), entry.getType(), entry.getActors(), entry.getDate(), entry.getSummary(),
        entry.getLastReportedAt());
  }

  /** One copy of {@code change} per actor of its before or after entry, keyed by actor id. */
  static List<KeyValue<String, EntryChange>> perActor(EntryChange change) {
    List<KeyValue<String, EntryChange>> copies = new ArrayList<>(4);
    List<String> seen = new ArrayList<>(4);
    for (EntryFacts entry : new EntryFacts[] {change.getBefore(), change.getAfter()}) {
      if (entry == null) {
        continue;
      }
      for (Actor actor : entry.getActors()) {
        if (!seen.contains(actor.getId())) {
          seen.add(actor.getId());
          copies.add(KeyValue.pair(actor.getId(), change));
        }
      }
    }
    return copies;
  }
}

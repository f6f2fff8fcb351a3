package io.newstimeline.timeline;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.EntryChange;
import io.newstimeline.avro.EntryFacts;
import java.util.ArrayList;
import java.util.List;

/** Helpers to read an entry change from one actor's point of view; stateless. */
public final class ActorView {

  private ActorView() {}

  /** Whether {@code actorId} takes part in {@code entry} (false for a null entry). */
  public static boolean involves(EntryFacts entry, String actorId) {
    return actor(entry, actorId) != null;
  }

  /** The actor {@code actorId} of {@code entry}, or null. */
  public static Actor actor(EntryFacts entry, String actorId) {
    if (entry == null) {
      return null;
    }
    for (Actor actor : entry.getActors()) {
      if (actor.getId().equals(actorId)) {
        return actor;
      }
    }
    return null;
  }

  /** The actor {@code actorId} as the change names it, preferring the newer entry. */
  public static Actor actor(EntryChange change, String actorId) {
    Actor actor = actor(change.getAfter(), actorId);
    return actor != null ? actor : actor(change.getBefore(), actorId);
  }

  /** Entry {@code entryId} with facts {@code entry} as listed in {@code actorId}'s timeline. */
  public static ActorTimelineItem item(String entryId, EntryFacts entry, String actorId) {
    List<String> others = new ArrayList<>(entry.getActors().size());
    for (Actor actor : entry.getActors()) {
      if (!actor.getId().equals(actorId)) {
        others.add(actor.getId());
      }
    }
    return ActorTimelineItem.newBuilder()
        .setEntryId(entryId)
        .setSortKey(entry.getSortKey())
        .setType(entry.getType())
        .setDate(entry.getDate())
        .setSummary(entry.getSummary())
        .setOtherActors(others)
        .build();
  }

  /** Ids of the actors of {@code entry} that sort after {@code actorId}: its pairs owned by {@code actorId}. */
  public static List<String> partnersAfter(EntryFacts entry, String actorId) {
    if (!involves(entry, actorId)) {
      return List.of();
    }
    List<String> partners = new ArrayList<>();
    for (Actor actor : entry.getActors()) {
      if (actor.getId().compareTo(actorId) > 0) {
        partners.add(actor.getId());
      }
    }
    return partners;
  }

  /** The key of the pair of actors {@code a} and {@code b}: the {@link CompositeKey} {@code <smaller id>|<larger id>}. */
  public static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? CompositeKey.of(a, b) : CompositeKey.of(b, a);
  }
}

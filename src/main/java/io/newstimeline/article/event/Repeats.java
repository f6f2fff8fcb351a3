package io.newstimeline.article.event;

import io.newstimeline.avro.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds events an article tells twice, so the timeline gets each once. */
final class Repeats {

  /** Words before a trigger noun that make it refer to an event already known: "the letters", "the message". */
  static final Set<String> DEFINITE = Set.of("the", "this", "that", "his", "her", "their", "its");

  private Repeats() {
  }

  /**
   * Drops a definite mention of an event dated only by tense ("The King's message was sent via
   * its embassy") when the article tells the same kind of event by a shared actor elsewhere.
   */
  static List<EventDraft> removeFrom(List<EventDraft> drafts, LocalDate published) {
    List<EventDraft> kept = new ArrayList<>();
    for (EventDraft draft : drafts) {
      boolean repeat = false;
      if (draft.datedByTenseOnly && draft.type != EventType.STATEMENT && isDefinite(draft)) {
        for (EventDraft other : drafts) {
          boolean couldBeSame = other.date != null
              && (other.date.start() == null || !other.date.start().isAfter(published));
          if (other != draft && other.type == draft.type && other.sharesActorWith(draft) && couldBeSame
              && (!other.datedByTenseOnly || drafts.indexOf(other) < drafts.indexOf(draft))) {
            repeat = true;
            break;
          }
        }
      }
      if (!repeat) {
        kept.add(draft);
      }
    }
    return kept;
  }

  /** "the letters", "the King's message": a trigger noun that refers to an event already known. */
  static boolean isDefinite(EventDraft draft) {
    int before = draft.triggerFirst - 1;
    if (before < 0) {
      return false;
    }
    String word = draft.sentence.parsed.token(before).lower();
    boolean possessive = word.equals("s") && before > 0 && draft.sentence.parsed.token(before - 1).is("'");
    return possessive || DEFINITE.contains(word);
  }
}

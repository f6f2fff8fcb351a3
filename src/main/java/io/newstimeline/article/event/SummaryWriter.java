package io.newstimeline.article.event;

import io.newstimeline.article.actor.ActorRef;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.avro.EventType;
import java.util.List;
import java.util.Locale;

/** Writes the one-line summary of an event from its type, its actors and the words around its trigger. */
final class SummaryWriter {

  static final int MAX_WORDS = 16;

  private SummaryWriter() {
  }

  /** Returns "Who verb: what" for a statement and "Who — type: words from the trigger on" for other events. */
  static String summary(EventDraft draft) {
    ParsedSentence sentence = draft.sentence.parsed;
    String who = names(draft.actors);
    if (draft.type == EventType.STATEMENT) {
      String verb = sentence.text(sentence.token(draft.triggerFirst).start(), sentence.token(draft.triggerEnd - 1).end());
      String said = draft.sentence.attribution
          .map(at -> snippet(sentence, at.contentFirst(), at.contentEnd()))
          .orElse("");
      String speakers = names(draft.actors.stream().filter(a -> draft.speakerIds.contains(a.id())).toList());
      String verbWords = verb.toLowerCase(Locale.ROOT).equals("according to") ? "said" : verb.toLowerCase(Locale.ROOT);
      return (speakers.isEmpty() ? who : speakers) + " " + verbWords + ": " + said;
    }
    int end = draft.triggerFirst;
    while (end < sentence.size() && draft.region.contains(end)) {
      end++;
    }
    return who + " — " + label(draft.type) + ": " + snippet(sentence, draft.triggerFirst, end);
  }

  private static String label(EventType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String names(List<ActorRef> actors) {
    if (actors.isEmpty()) {
      return "";
    }
    if (actors.size() == 1) {
      return actors.get(0).name();
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < actors.size(); i++) {
      if (i > 0) {
        out.append(i == actors.size() - 1 ? " and " : ", ");
      }
      out.append(actors.get(i).name());
    }
    return out.toString();
  }

  /** Up to {@value #MAX_WORDS} words of tokens {@code [from, to)}, without quote marks, ellipsis when cut. */
  private static String snippet(ParsedSentence sentence, int from, int to) {
    int words = 0;
    int last = from;
    for (int k = from; k < to && k < sentence.size(); k++) {
      if (sentence.token(k).isWord()) {
        words++;
        if (words > MAX_WORDS) {
          break;
        }
      }
      last = k + 1;
    }
    if (last <= from) {
      return "";
    }
    String text = sentence.text(sentence.token(from).start(), sentence.token(last - 1).end())
        .replace("\"", "").replace("\u201C", "").replace("\u201D", "").strip();
    while (text.endsWith(",") || text.endsWith(";")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return last < to ? text + "…" : text;
  }
}

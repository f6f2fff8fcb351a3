package io.newstimeline.article.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Verbs that report speech, by what they say about the statement. */
final class SpeechVerbs {

  /** What a speech verb tells about its statement. */
  enum Kind {
    /** "said", "told", "explained": a statement if it says something. */
    PLAIN,
    /** "added", "continued": more of a statement already reported. */
    CONTINUATION,
    /** "urged", "warned", "claimed", "played down": a speech act, newsworthy in itself. */
    PERFORMATIVE,
    /** "denied", "rejected": only an event when dated. */
    DENIAL
  }

  private static final Map<String, Kind> ONE_WORD = new HashMap<>();
  private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "wrote", "went");
  /** Two-word verbs by first word: "called on", "played down". */
  private static final Map<String, Set<String>> TWO_WORD = Map.of(
      "called", Set.of("on", "for"), "calls", Set.of("on", "for"), "call", Set.of("on", "for"),
      "played", Set.of("down"), "plays", Set.of("down"), "went", Set.of("on"));

  static {
    put(Kind.PLAIN, "said", "says", "say", "told", "tells", "tell", "insist", "explain", "note", "argue", "stress", "stated", "states", "noted", "notes", "wrote", "writes", "explained",
        "explains", "insisted", "insists", "argued", "argues", "stressed", "stresses", "emphasised", "emphasized",
        "remarked", "commented", "acknowledged", "admitted", "confirmed", "confirms", "reported", "reiterated",
        "revealed", "disclosed", "suggested", "described", "describes", "recalled", "predicted", "asserted",
        "observed", "replied", "responded", "answered", "estimated", "assessed");
    put(Kind.CONTINUATION, "added", "adds", "add", "continued", "continues", "went");
    put(Kind.PERFORMATIVE, "urged", "urges", "warned", "warns", "announced", "announces", "claimed", "claims",
        "pledged", "pledges", "vowed", "vows", "promised", "promises", "declared", "declares", "accused", "accuses",
        "condemned", "condemns", "criticised", "criticized", "criticises", "criticizes", "praised", "praises",
        "welcomed", "welcomes", "demanded", "demands", "appealed", "dismissed", "dismisses", "hailed", "hails",
        "threatened", "threatens", "proposed", "called", "calls", "call", "played", "plays", "claim", "warn", "urge",
        "announce", "pledge", "vow", "promise", "declare", "accuse", "condemn", "criticise", "criticize", "demand");
    put(Kind.DENIAL, "denied", "denies", "deny", "rejected", "rejects", "reject", "refuted");
  }

  private SpeechVerbs() {
  }

  private static void put(Kind kind, String... words) {
    for (String word : words) {
      ONE_WORD.put(word, kind);
    }
  }

  /** Returns how many tokens the speech verb at {@code lower} (and {@code next}) spans, 0 when it is none. */
  static int length(String lower, String next) {
    if (!ONE_WORD.containsKey(lower)) {
      return 0;
    }
    Set<String> particles = TWO_WORD.get(lower);
    if (particles == null) {
      return 1;
    }
    // "called on", "played down", "went on": only with their particle.
    return next != null && particles.contains(next) ? 2 : 0;
  }

  /** Returns the kind of the speech verb starting with {@code lower}. */
  static Kind kind(String lower) {
    return ONE_WORD.getOrDefault(lower, Kind.PLAIN);
  }

  /** Returns true when {@code lower} is present tense ("says", "say", "urges"), false for the past ("said", "urged"). */
  static boolean isPresent(String lower) {
    return !lower.endsWith("ed") && !IRREGULAR_PAST.contains(lower);
  }

  /** Every one-word speech verb, for telling a speaking "he" from another. */
  static Set<String> words() {
    return Set.copyOf(List.copyOf(ONE_WORD.keySet()));
  }
}

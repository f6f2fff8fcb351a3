package io.newstimeline.article.time;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tense of a stretch of tokens from its auxiliaries and verb forms. Future markers win
 * over progressive ("is attending"), then perfect ("have swapped", but not "to have set off"), then
 * past ("was", "met", "urged"); anything else is present.
 */
public final class TenseDetector {

  private static final Set<String> BE_PRESENT = Set.of("is", "are", "am");
  private static final Set<String> FUTURE_AFTER_BE = Set.of("due", "set", "expected", "scheduled", "going", "poised",
      "slated", "planning", "preparing", "about");
  private static final Set<String> HAVE = Set.of("has", "have", "ve");
  private static final Set<String> MODALS = Set.of("to", "would", "could", "should", "may", "might", "must", "will",
      "shall");
  private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did");
  private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "met", "left", "went", "came", "took", "sent",
      "held", "made", "gave", "began", "flew", "saw", "spoke", "wrote", "led", "fought", "sold", "bought", "brought",
      "won", "lost", "kept", "ran", "rose", "fell", "got", "knew", "thought", "stood", "found", "became", "paid",
      "struck", "shot", "drove", "rode", "swore", "sat", "spent", "built", "broke", "chose", "drew", "grew", "hung",
      "laid", "meant", "shook", "threw", "withdrew", "wore", "sought", "taught", "caught", "heard", "felt", "dealt",
      "overtook", "undertook", "arose", "forbade", "oversaw");
  private static final Set<String> PARTICIPLES = Set.of("been", "done", "gone", "seen", "given", "taken", "written",
      "spoken", "shown", "known", "grown", "thrown", "drawn", "driven", "chosen", "broken", "begun", "flown", "sworn",
      "held", "met", "left", "sent", "made", "said", "told", "set", "put", "sold", "bought", "brought", "led", "won",
      "lost", "kept", "paid", "built", "spent", "fought", "sought", "struck", "shot", "withdrawn", "risen", "fallen",
      "become", "come", "run", "got", "gotten", "stood", "found", "heard", "felt", "dealt", "laid", "overseen");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their", "our", "this",
      "that", "these", "those", "my", "your", "whose");
  private static final Set<String> NOT_VERBS = Set.of("need", "speed", "indeed", "hundred", "proceed", "seed", "bed",
      "red", "shed", "feed", "breed", "greed", "creed", "steed", "weed", "embed", "united", "limited", "based");

  private static final int BE = 1;
  private static final int FUTURE_MARKER = 2;
  private static final int HAS = 4;
  private static final int MODAL = 8;
  private static final int PAST_AUXILIARY = 16;
  private static final int IRREGULAR = 32;
  private static final int PARTICIPLE = 64;
  private static final int DETERMINER = 128;
  private static final int NOT_VERB = 256;
  /** Every listed word with the lists it is on, so a token costs one lookup. */
  private static final Map<String, Integer> FLAGS = flags();

  private TenseDetector() {
  }

  private static Map<String, Integer> flags() {
    Map<String, Integer> flags = new HashMap<>();
    BE_PRESENT.forEach(w -> flags.merge(w, BE, (a, b) -> a | b));
    FUTURE_AFTER_BE.forEach(w -> flags.merge(w, FUTURE_MARKER, (a, b) -> a | b));
    HAVE.forEach(w -> flags.merge(w, HAS, (a, b) -> a | b));
    MODALS.forEach(w -> flags.merge(w, MODAL, (a, b) -> a | b));
    PAST_AUXILIARIES.forEach(w -> flags.merge(w, PAST_AUXILIARY, (a, b) -> a | b));
    IRREGULAR_PAST.forEach(w -> flags.merge(w, IRREGULAR, (a, b) -> a | b));
    PARTICIPLES.forEach(w -> flags.merge(w, PARTICIPLE, (a, b) -> a | b));
    DETERMINERS.forEach(w -> flags.merge(w, DETERMINER, (a, b) -> a | b));
    NOT_VERBS.forEach(w -> flags.merge(w, NOT_VERB, (a, b) -> a | b));
    return Map.copyOf(flags);
  }

  private static int flagsOf(String word) {
    if (word == null) {
      return 0;
    }
    Integer flags = FLAGS.get(word);
    return flags == null ? 0 : flags;
  }

  /** Returns the tense of tokens {@code from} (inclusive) to {@code to} (exclusive) of {@code sentence}, ignoring quotes. */
  public static Tense of(ParsedSentence sentence, int from, int to) {
    boolean progressive = false;
    boolean perfect = false;
    boolean past = false;
    for (int i = Math.max(0, from); i < Math.min(to, sentence.size()); i++) {
      Token token = sentence.token(i);
      if (!token.isWord() || sentence.isQuoted(i)) {
        continue;
      }
      String w = token.lower();
      if (w.equals("will") || w.equals("shall") || (w.equals("ll") && "'".equals(textBefore(sentence, i)))) {
        return Tense.FUTURE;
      }
      int flags = flagsOf(w);
      boolean endsInEd = w.length() >= 5 && w.endsWith("ed");
      if (flags == 0 && !endsInEd) {
        continue;
      }
      if ((flags & BE) != 0) {
        if ((flagsOf(nextWord(sentence, i)) & FUTURE_MARKER) != 0 && "to".equals(nextWord(sentence, i + 1))) {
          return Tense.FUTURE;
        }
        if (isIngForm(nextContentWord(sentence, i))) {
          progressive = true;
          continue;
        }
      }
      String previous = previousWord(sentence, i);
      int previousFlags = flagsOf(previous);
      if ((flags & HAS) != 0 && (previousFlags & MODAL) == 0 && isParticiple(nextContentWord(sentence, i))) {
        perfect = true;
      } else if ((flags & PAST_AUXILIARY) != 0 || isPastForm(token, flags, endsInEd, previous, previousFlags)) {
        past = true;
      }
    }
    if (progressive) {
      return Tense.PROGRESSIVE;
    }
    if (perfect) {
      return Tense.PERFECT;
    }
    return past ? Tense.PAST : Tense.PRESENT;
  }

  /** Returns the tense of the whole sentence. */
  public static Tense of(ParsedSentence sentence) {
    return of(sentence, 0, sentence.size());
  }

  private static boolean isPastForm(Token token, int flags, boolean endsInEd, String previous, int previousFlags) {
    if (token.isCapitalised() || (previousFlags & DETERMINER) != 0) {
      return false;
    }
    if ((flags & IRREGULAR) != 0) {
      return true;
    }
    return endsInEd && (flags & NOT_VERB) == 0 && !"-".equals(previous);
  }

  private static boolean isIngForm(String w) {
    return w != null && w.length() >= 5 && w.endsWith("ing") && !w.equals("thing") && !w.equals("nothing")
        && !w.equals("something") && !w.equals("anything") && !w.equals("everything");
  }

  private static boolean isParticiple(String w) {
    return w != null && ((flagsOf(w) & PARTICIPLE) != 0 || (w.length() >= 4 && w.endsWith("ed")));
  }

  private static String previousWord(ParsedSentence sentence, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Token token = sentence.token(j);
      if (token.isWord()) {
        return token.lower();
      }
      if (!token.is("'")) {
        return token.text();
      }
    }
    return "";
  }

  private static String textBefore(ParsedSentence sentence, int i) {
    return i > 0 ? sentence.token(i - 1).text() : "";
  }

  private static String nextWord(ParsedSentence sentence, int i) {
    return i + 1 < sentence.size() && sentence.token(i + 1).isWord() ? sentence.token(i + 1).lower() : null;
  }

  /** The next word, skipping adverbs ("is now attending", "has also sent") and a negation. */
  private static String nextContentWord(ParsedSentence sentence, int i) {
    for (int j = i + 1; j < sentence.size() && j <= i + 3; j++) {
      Token token = sentence.token(j);
      if (!token.isWord()) {
        return null;
      }
      String w = token.lower();
      if (w.endsWith("ly") || w.equals("now") || w.equals("still") || w.equals("also") || w.equals("not")
          || w.equals("already") || w.equals("just") || w.equals("since") || w.equals("reportedly")) {
        continue;
      }
      return w;
    }
    return null;
  }
}

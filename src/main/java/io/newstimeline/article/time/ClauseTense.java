package io.newstimeline.article.time;

import io.newstimeline.article.parse.ParsedSentence;
import java.util.Set;

/**
 * The tense that governs a time expression: that of the nearest verb group before it in its clause
 * ("said Friday | that it will ...", "may be signed on September 12"), else of the rest of its clause
 * ("A June 3 hearing has been scheduled"), else of the whole sentence. A modal, "to be" or a word of
 * scheduling ("scheduled", "due", "planned") makes it future.
 */
public final class ClauseTense {

  /** Words and marks that open a new clause. */
  private static final Set<String> BOUNDARIES = Set.of(";", ":", "--", "—", "–", "but", "while", "whereas",
      "although", "though", "because", "that", "which", "who", "whom", "where", "when", "until", "if", "unless");
  /** Modals and words of scheduling: what they govern comes after the time they are said at. */
  private static final Set<String> FUTURE_WORDS = Set.of("will", "would", "shall", "should", "may", "might", "must",
      "ll", "wo", "scheduled", "slated", "due", "planned", "upcoming");
  /** Verbs of intent, future only before "to" ("plans to close", not "announced plans Friday"). */
  private static final Set<String> INTENT_WORDS = Set.of("plans", "plan", "planning", "expects", "expected", "intends",
      "aims", "hopes", "wants", "going", "poised", "set");
  /** Auxiliaries and adverbs inside a verb group ("may not yet be", "has also been"). */
  private static final Set<String> IN_VERB_GROUP = Set.of("be", "been", "being", "is", "are", "am", "was", "were",
      "has", "have", "had", "not", "n't", "also", "already", "just", "still", "now", "reportedly", "yet", "to",
      "can", "could", "did", "does", "do");
  /** Present forms that settle the tense on their own. */
  private static final Set<String> PRESENT_VERBS = Set.of("is", "are", "am", "says", "say");

  private ClauseTense() {
  }

  /** Returns the tense governing the expression at tokens {@code [first, end)} of {@code sentence}. */
  public static Tense around(ParsedSentence sentence, int first, int end) {
    int from = first;
    while (from > 0 && !isBoundary(sentence, from - 1)) {
      from--;
    }
    int to = end;
    while (to < sentence.size() && !isBoundary(sentence, to)) {
      to++;
    }
    for (int k = first - 1; k >= from; k--) {
      if (sentence.isQuoted(k) && !sentence.isQuoted(first)) {
        continue;
      }
      String w = sentence.token(k).lower();
      Tense tense = TenseDetector.of(sentence, k, first);
      if (isFuture(sentence, k)) {
        return Tense.FUTURE;
      }
      if (tense != Tense.PRESENT || PRESENT_VERBS.contains(w)) {
        return verbGroup(sentence, from, k, first, tense);
      }
    }
    for (int k = end; k < to; k++) {
      if (isFuture(sentence, k)) {
        return Tense.FUTURE;
      }
    }
    Tense rest = TenseDetector.of(sentence, end, to);
    return rest != Tense.PRESENT ? rest : TenseDetector.of(sentence);
  }

  /** The tense of the verb group ending at token {@code verb}: a modal or "to" in it makes it future. */
  private static Tense verbGroup(ParsedSentence sentence, int from, int verb, int first, Tense tense) {
    int k = verb - 1;
    while (k >= from && IN_VERB_GROUP.contains(sentence.token(k).lower())) {
      if (sentence.token(k).lower().equals("to")) {
        return Tense.FUTURE;
      }
      k--;
    }
    if (k >= from && isFuture(sentence, k)) {
      return Tense.FUTURE;
    }
    return k + 1 < verb ? TenseDetector.of(sentence, k + 1, first) : tense;
  }

  /** Returns true when token {@code k} makes what it governs future. */
  private static boolean isFuture(ParsedSentence sentence, int k) {
    String w = sentence.token(k).lower();
    if (FUTURE_WORDS.contains(w)) {
      return true;
    }
    boolean beforeTo = k + 1 < sentence.size() && sentence.token(k + 1).lower().equals("to");
    return INTENT_WORDS.contains(w) && beforeTo || isFutureTo(sentence, k);
  }

  /** "to be held", "is to open": an infinitive of what is still to come. */
  private static boolean isFutureTo(ParsedSentence sentence, int k) {
    if (!sentence.token(k).lower().equals("to") || k + 1 >= sentence.size()) {
      return false;
    }
    String next = sentence.token(k + 1).lower();
    String previous = k > 0 ? sentence.token(k - 1).lower() : "";
    return next.equals("be") || PRESENT_VERBS.contains(previous) || previous.equals("was") || previous.equals("were");
  }

  private static boolean isBoundary(ParsedSentence sentence, int i) {
    return BOUNDARIES.contains(sentence.token(i).lower());
  }
}

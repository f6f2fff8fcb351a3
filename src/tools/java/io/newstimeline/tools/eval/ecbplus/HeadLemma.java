package io.newstimeline.tools.eval.ecbplus;

import java.util.Locale;
import java.util.Map;

/**
 * The lemma of an event mention's head word for the same-head-lemma baseline: lower case, the
 * commonest irregular verb forms of news, then English inflection endings removed ("arrested",
 * "arrests" and "arresting" all give "arrest"; "died", "dies" give "die"). A stemmer-like reduction:
 * it joins at least the forms a dictionary lemmatiser would.
 */
final class HeadLemma {

  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("told", "tell"), Map.entry("was", "be"),
      Map.entry("were", "be"), Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("been", "be"),
      Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("goes", "go"), Map.entry("took", "take"),
      Map.entry("taken", "take"), Map.entry("made", "make"), Map.entry("left", "leave"), Map.entry("shot", "shoot"),
      Map.entry("struck", "strike"), Map.entry("hit", "hit"), Map.entry("won", "win"), Map.entry("lost", "lose"),
      Map.entry("held", "hold"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"), Map.entry("found", "find"),
      Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("came", "come"), Map.entry("got", "get"),
      Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("sent", "send"), Map.entry("led", "lead"),
      Map.entry("met", "meet"), Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("brought", "bring"),
      Map.entry("caught", "catch"), Map.entry("fought", "fight"), Map.entry("bought", "buy"), Map.entry("sold", "sell"),
      Map.entry("killed", "kill"), Map.entry("died", "die"), Map.entry("dies", "die"), Map.entry("dying", "die"),
      Map.entry("ran", "run"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("wrote", "write"),
      Map.entry("written", "write"), Map.entry("chose", "choose"), Map.entry("chosen", "choose"),
      Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("stole", "steal"), Map.entry("stolen", "steal"),
      Map.entry("shook", "shake"), Map.entry("shaken", "shake"), Map.entry("sentenced", "sentence"),
      Map.entry("had", "have"), Map.entry("has", "have"), Map.entry("did", "do"), Map.entry("done", "do"));

  private HeadLemma() {
  }

  static String of(String word) {
    String stem = stem(word.toLowerCase(Locale.ROOT));
    // "arrive", "arrived", "arriving": the final "e" is dropped everywhere so every form agrees.
    return stem.length() > 3 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
  }

  private static String stem(String w) {
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() > 4 && (w.endsWith("ied") || w.endsWith("ies"))) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return undouble(w.substring(0, w.length() - 3));
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return undouble(w.substring(0, w.length() - 2));
    }
    if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "stopp" → "stop". */
  private static String undouble(String stem) {
    int n = stem.length();
    if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
      return stem.substring(0, n - 1);
    }
    return stem;
  }
}

package io.newstimeline.article.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits paragraphs into sentences at {@code . ! ?} (and closing quotes after them), without
 * splitting after titles and other abbreviations ("Mr.", "Dr.", "St."), initials ("John F.
 * Kennedy", "U.S.") or inside decimals, and splitting where a full stop lacks its space
 * ("war.The").
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm", "cpl", "rev",
      "sen", "rep", "gov", "pres", "jr", "sr", "mt", "ft", "hon", "rt", "cllr", "insp", "supt", "no", "nos", "vs",
      "approx", "dept", "est", "fig", "inc", "ltd", "corp", "co", "bros");
  private static final Set<String> MONTH_ABBREVIATIONS = Set.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  /** Words that start a sentence; after an initialism ("the U.S.") they show the sentence did end. */
  private static final Set<String> SENTENCE_STARTERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this", "that",
      "these", "those", "there", "his", "her", "their", "its", "our", "mr", "mrs", "ms", "meanwhile", "however",
      "after", "before", "while", "when", "as", "if", "earlier", "later", "last", "officials", "both");

  private SentenceSplitter() {
  }

  /** Returns the sentences of {@code body} inside {@code blocks}, numbered in order, with body offsets. */
  public static List<Sentence> split(String body, List<TextSpan> blocks) {
    return split(body, TextNormaliser.fold(body), blocks);
  }

  /** As {@link #split(String, List)}, given the body already folded. */
  static List<Sentence> split(String body, String text, List<TextSpan> blocks) {
    List<Sentence> sentences = new ArrayList<>();
    for (TextSpan block : blocks) {
      int start = block.start();
      int i = block.start();
      while (i < block.end()) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
          int after = afterTerminator(text, i, block.end());
          if (isBoundary(text, i, after, block.end())) {
            add(sentences, body, start, after);
            start = after;
          }
          i = after;
        } else {
          i++;
        }
      }
      add(sentences, body, start, block.end());
    }
    return sentences;
  }

  /** Offset after the terminator at {@code i}, any repeated terminators and closing quotes or brackets. */
  private static int afterTerminator(String text, int i, int end) {
    int j = i + 1;
    while (j < end && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?' || text.charAt(j) == '\u2026')) {
      j++;
    }
    while (j < end && (text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == ')' || text.charAt(j) == ']')) {
      j++;
    }
    return j;
  }

  private static boolean isBoundary(String text, int terminator, int after, int end) {
    if (after >= end) {
      return true;
    }
    char next = text.charAt(after);
    boolean fullStop = text.charAt(terminator) == '.' && after == terminator + 1;
    String word = wordBefore(text, terminator);
    if (!Character.isWhitespace(next)) {
      // A missing space ("war.The"): only after a word of two or more letters ending in lower case and
      // before a capitalised word, so "U.S.Army" style initials and "lbc.co.uk" stay whole.
      return fullStop && Character.isUpperCase(next) && word.length() >= 2
          && Character.isLowerCase(word.charAt(word.length() - 1))
          && after + 1 < end && Character.isLowerCase(text.charAt(after + 1));
    }
    int k = after;
    while (k < end && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k >= end) {
      return true;
    }
    char first = text.charAt(k);
    if (Character.isLowerCase(first)) {
      return false;
    }
    if (!fullStop) {
      return true;
    }
    String lowerWord = word.toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(lowerWord)) {
      return false;
    }
    if (MONTH_ABBREVIATIONS.contains(lowerWord) && Character.isDigit(first)) {
      return false;
    }
    if (isInitial(text, terminator, word)) {
      return SENTENCE_STARTERS.contains(wordAt(text, k).toLowerCase(Locale.ROOT));
    }
    return true;
  }

  /** A single capital ("F.") or a dotted initialism ("U.S.", "e.g."). */
  private static boolean isInitial(String text, int terminator, String word) {
    if (word.length() != 1 || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    int before = terminator - 2;
    boolean dottedRun = before >= 0 && text.charAt(before) == '.';
    return Character.isUpperCase(word.charAt(0)) || dottedRun;
  }

  private static String wordBefore(String text, int i) {
    int j = i;
    while (j > 0 && Character.isLetterOrDigit(text.charAt(j - 1))) {
      j--;
    }
    return text.substring(j, i);
  }

  private static String wordAt(String text, int k) {
    int j = k;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(k, j);
  }

  private static void add(List<Sentence> sentences, String body, int start, int end) {
    while (start < end && isSpace(body.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(body.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Sentence(sentences.size(), body.substring(start, end), start, end));
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
  }
}

package io.newstimeline.article.parse;

import java.util.Collection;

/**
 * A quick "certainly not in the list" test for lower-case words, by first letter and length, so
 * the many tokens that are in no lexicon skip the hash lookup. Immutable.
 */
public final class WordFilter {

  private static final int LENGTHS = 32;

  /** One bit per (first letter a-z, length up to 31). */
  private final long[] seen = new long[26];
  private boolean other;

  private WordFilter() {
  }

  /** Returns a filter that passes every word of {@code words} (and some others). */
  public static WordFilter of(Collection<String> words) {
    WordFilter filter = new WordFilter();
    for (String word : words) {
      filter.add(word);
    }
    return filter;
  }

  private void add(String word) {
    if (word.isEmpty()) {
      return;
    }
    char first = word.charAt(0);
    if (first >= 'a' && first <= 'z') {
      seen[first - 'a'] |= 1L << Math.min(word.length(), LENGTHS - 1);
    } else {
      other = true;
    }
  }

  /** Returns false when {@code word} is certainly not in the list, true when it may be. */
  public boolean mightContain(String word) {
    if (word.isEmpty()) {
      return false;
    }
    char first = word.charAt(0);
    if (first >= 'a' && first <= 'z') {
      return (seen[first - 'a'] & (1L << Math.min(word.length(), LENGTHS - 1))) != 0;
    }
    return other;
  }
}

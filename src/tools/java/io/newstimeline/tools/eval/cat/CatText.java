package io.newstimeline.tools.eval.cat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A CAT document's text rebuilt from its tokens, one sentence per line, with the character offsets
 * of every token, so that an extractor reading plain text can be scored against token anchors.
 * Spacing follows English print conventions (no space before "," or ")" or "'s", none after "(" or
 * "$"); the files keep no whitespace, so this is the closest text they allow.
 */
public final class CatText {

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
      "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "”", "’", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "“", "‘", "£", "€");

  private final String text;
  private final List<CatToken> tokens;
  private final int[] begins;
  private final int[] ends;

  private CatText(String text, List<CatToken> tokens, int[] begins, int[] ends) {
    this.text = text;
    this.tokens = tokens;
    this.begins = begins;
    this.ends = ends;
  }

  /** Rebuilds the text of {@code tokens}, in reading order. */
  public static CatText of(List<CatToken> tokens) {
    StringBuilder text = new StringBuilder();
    int[] begins = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    boolean openQuote = false;
    String previous = null;
    int previousSentence = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CatToken token = tokens.get(i);
      String word = token.text();
      boolean straightQuote = word.equals("\"");
      if (previous != null) {
        if (token.sentence() != previousSentence) {
          text.append('\n');
          openQuote = false;
        } else if (spaceBetween(previous, word, straightQuote, openQuote)) {
          text.append(' ');
        }
      }
      begins[i] = text.length();
      text.append(word);
      ends[i] = text.length();
      if (straightQuote) {
        openQuote = !openQuote;
      }
      previous = word;
      previousSentence = token.sentence();
    }
    return new CatText(text.toString(), List.copyOf(tokens), begins, ends);
  }

  private static boolean spaceBetween(String previous, String word, boolean straightQuote, boolean openQuote) {
    if (NO_SPACE_BEFORE.contains(word) || (straightQuote && openQuote)) {
      return false;
    }
    boolean previousOpensQuote = previous.equals("\"") && openQuote;
    return !NO_SPACE_AFTER.contains(previous) && !previousOpensQuote;
  }

  /** The rebuilt text: sentences separated by a line break, the title first. */
  public String text() {
    return text;
  }

  /** The offset of the first character of token {@code tokenId}. */
  public int begin(int tokenId) {
    return begins[index(tokenId)];
  }

  /** The offset after the last character of token {@code tokenId}. */
  public int end(int tokenId) {
    return ends[index(tokenId)];
  }

  /** The offset where sentence {@code sentence} starts, or the text's length when there is no such sentence. */
  public int sentenceBegin(int sentence) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).sentence() >= sentence) {
        return begins[i];
      }
    }
    return text.length();
  }

  /**
   * Returns the ids of the tokens that overlap the characters {@code begin} to {@code end}, in order,
   * to map a span found in the text back to the annotation's tokens.
   */
  public List<Integer> tokensOverlapping(int begin, int end) {
    return IntStream.range(0, tokens.size())
        .filter(i -> begins[i] < end && begin < ends[i])
        .mapToObj(i -> tokens.get(i).id())
        .toList();
  }

  private int index(int tokenId) {
    if (tokenId >= 1 && tokenId <= tokens.size() && tokens.get(tokenId - 1).id() == tokenId) {
      return tokenId - 1;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).id() == tokenId) {
        return i;
      }
    }
    throw new IllegalArgumentException("no token " + tokenId);
  }
}

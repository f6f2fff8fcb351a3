package io.newstimeline.article.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits folded sentence text into word tokens (letters and digits) and single-character punctuation tokens. */
public final class Tokenizer {

  private Tokenizer() {
  }

  /** Returns the tokens of {@code folded} with offsets into it; whitespace is dropped. */
  public static List<Token> tokenize(String folded, String lower) {
    List<Token> tokens = new ArrayList<>(folded.length() / 5 + 4);
    int i = 0;
    int n = folded.length();
    while (i < n) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n && Character.isLetterOrDigit(folded.charAt(j))) {
          j++;
        }
        String text = folded.substring(i, j);
        // Most words are already lower case: share the string rather than copy it.
        tokens.add(new Token(text, lower.regionMatches(i, text, 0, j - i) ? text : lower.substring(i, j), i, j));
        i = j;
      } else {
        String text = folded.substring(i, i + 1);
        tokens.add(new Token(text, text, i, i + 1));
        i++;
      }
    }
    return tokens;
  }
}

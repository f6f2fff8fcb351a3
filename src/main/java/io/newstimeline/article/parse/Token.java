package io.newstimeline.article.parse;

/**
 * One token of a sentence: a run of letters and digits, or a single other character.
 *
 * @param text the token as written (typographic quotes already folded)
 * @param lower the token in lower case
 * @param start offset of the token in its sentence
 * @param end offset after the token in its sentence
 */
public record Token(String text, String lower, int start, int end) {

  /** Returns true when the token is a word or number rather than punctuation. */
  public boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  /** Returns true when the token starts with a capital letter. */
  public boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** Returns true when the token is exactly {@code punctuation}. */
  public boolean is(String punctuation) {
    return text.equals(punctuation);
  }
}

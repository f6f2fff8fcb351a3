package io.newstimeline.article.parse;

import java.util.List;

/**
 * A sentence ready for the rules: folded and lower-cased text of the same length as the original
 * (so offsets carry over), its tokens, and which tokens stand inside double quotes.
 */
public final class ParsedSentence {

  private final Sentence sentence;
  private final String folded;
  private final String lower;
  private final List<Token> tokens;
  private final boolean[] quoted;

  private ParsedSentence(Sentence sentence, String folded, String lower) {
    this.sentence = sentence;
    this.folded = folded;
    this.lower = lower;
    this.tokens = Tokenizer.tokenize(folded, lower);
    this.quoted = new boolean[tokens.size()];
    boolean inQuote = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.is("\"")) {
        inQuote = !inQuote;
        quoted[i] = true;
      } else {
        quoted[i] = inQuote;
      }
    }
  }

  /** Returns {@code sentence} prepared for matching. */
  public static ParsedSentence of(Sentence sentence) {
    String folded = TextNormaliser.fold(sentence.text());
    return new ParsedSentence(sentence, folded, TextNormaliser.lower(folded));
  }

  /** Returns {@code sentence} prepared for matching, given its text already folded and lower-cased. */
  static ParsedSentence of(Sentence sentence, String folded, String lower) {
    return new ParsedSentence(sentence, folded, lower);
  }

  /** Returns {@code text} as a sentence of its own, for tests and one-off matching. */
  public static ParsedSentence of(String text) {
    return of(new Sentence(0, text, 0, text.length()));
  }

  public Sentence sentence() {
    return sentence;
  }

  /** The sentence with typographic quotes, spaces and dashes folded to ASCII. */
  public String folded() {
    return folded;
  }

  /** The folded sentence in lower case, same length as the original. */
  public String lower() {
    return lower;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** Returns true when token {@code i} stands inside double quotes (or is a quote mark). */
  public boolean isQuoted(int i) {
    return quoted[i];
  }

  /** Returns the index of the first token starting at or after character offset {@code offset}. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the text between character offsets {@code start} and {@code end}, as written. */
  public String text(int start, int end) {
    return sentence.text().substring(start, end);
  }
}

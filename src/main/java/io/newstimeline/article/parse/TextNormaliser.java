package io.newstimeline.article.parse;

/**
 * Folds typographic variants to plain ASCII one character for one character, so offsets found in
 * the folded text are offsets into the original: curly quotes to straight ones, no-break and thin
 * spaces to spaces, en and em dashes to hyphens.
 */
public final class TextNormaliser {

  private TextNormaliser() {
  }

  /** Returns {@code text} with typographic quotes, spaces and dashes folded; same length as the input. */
  public static String fold(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = fold(c);
      if (folded != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = folded;
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** Returns {@code text} folded and lower-cased character by character (same length, unlike {@code String.toLowerCase}). */
  public static String foldLower(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(fold(chars[i]));
    }
    return new String(chars);
  }

  /** Returns {@code text} folded, with runs of whitespace collapsed to one space and trimmed: for comparing sentences. */
  public static String collapse(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  static char fold(char c) {
    return switch (c) {
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\t' -> ' ';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
      case '\u2013', '\u2014', '\u2012', '\u2212' -> '-';
      default -> c;
    };
  }
}

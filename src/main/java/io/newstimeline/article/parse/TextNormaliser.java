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

  /** Returns {@code folded} (already folded) in lower case character by character, same length. */
  public static String lower(String folded) {
    char[] chars = folded.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  /** Returns {@code text} folded, with runs of whitespace collapsed to one space and trimmed: for comparing sentences. */
  public static String collapse(String text) {
    return collapseFolded(fold(text));
  }

  /** Returns already folded {@code folded} with runs of whitespace collapsed to one space and trimmed. */
  static String collapseFolded(String folded) {
    boolean plain = folded.isEmpty() || (!Character.isWhitespace(folded.charAt(0))
        && !Character.isWhitespace(folded.charAt(folded.length() - 1)));
    for (int i = 0; plain && i < folded.length(); i++) {
      char c = folded.charAt(i);
      plain = c == ' ' ? i + 1 < folded.length() && folded.charAt(i + 1) != ' ' : !Character.isWhitespace(c);
    }
    if (plain) {
      return folded;
    }
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

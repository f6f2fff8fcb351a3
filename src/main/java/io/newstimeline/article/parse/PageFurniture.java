package io.newstimeline.article.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines of an article body that are reporting, as opposed to page furniture: captions,
 * "Read more:" links, audio widgets, newsletter prompts, bylines, the repeated title and dateline,
 * and other stories' headlines. The body is one paragraph per line, as outlets' pages are copied.
 */
public final class PageFurniture {

  /** Longest line, in words, that is still taken for a headline when it lacks final punctuation. */
  static final int MAX_HEADLINE_WORDS = 25;
  /** Longest line, in words, taken for a widget label; a real sentence may mention a newsletter. */
  static final int MAX_WIDGET_WORDS = 12;
  /** Longest line, in words, taken for a dateline ("Updated: 19 October 2023, 09:30"). */
  static final int MAX_DATELINE_WORDS = 10;

  private static final List<String> CAPTION_CUES = List.of("picture", "photo", "image", "credit", "getty", "alamy",
      "reuters", "ap photo");
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)\\b(?:picture|photo|photograph|image|credit)s?\\s*:|\\((?:picture|photo|image)\\b|\\b(?:getty images|alamy|reuters/|ap photo)\\b");
  private static final Pattern LINK_PROMPT = Pattern.compile(
      "(?i)^(?:read more|read next|more|related|see also|also read|watch|listen|live|latest|recommended)\\s*:");
  private static final Pattern WIDGET = Pattern.compile(
      "(?i)^(?:listen to this article|loading audio|play audio|loading video|advertisement|share this article"
          + "|share on|follow us|click here|sign up|subscribe|skip to)|newsletter");
  private static final Pattern DATELINE_PREFIX = Pattern.compile(
      "\\p{Lu}[\\p{Lu} .'-]{2,}(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,30}?)?(?:,?\\s*\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
          + "\\s*(?:\\([\\p{L} .&]{1,30}\\))?\\s*(?:-{1,2}|\u2013|\u2014)\\s+");
  private static final Pattern BYLINE = Pattern.compile(
      "^By\\s+\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3}(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3})*$");
  private static final Pattern DATELINE = Pattern.compile(
      "(?i)^(?:(?:published|updated|posted|first published)\\s*:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,?\\s+)?"
          + "(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2},?)\\s+\\d{4}(?:\\s*,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm|bst|gmt|utc|et))*)?$"
          + "|^\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{2}:\\d{2}.*)?$");

  private PageFurniture() {
  }

  /** Returns the spans of the lines of {@code body} that are reporting, in body order, each trimmed. */
  public static List<TextSpan> contentLines(String body, String title) {
    String folded = TextNormaliser.fold(body);
    return contentLines(body, folded, TextNormaliser.lower(folded), title);
  }

  /** As {@link #contentLines(String, String)}, given the body already folded and lower-cased. */
  static List<TextSpan> contentLines(String body, String folded, String lower, String title) {
    List<TextSpan> lines = lines(body);
    Map<String, Integer> counts = new HashMap<>();
    List<String> keys = new ArrayList<>(lines.size());
    for (TextSpan line : lines) {
      String key = TextNormaliser.collapseFolded(line.of(lower));
      keys.add(key);
      counts.merge(key, 1, Integer::sum);
    }
    String titleKey = title == null ? "" : key(title);
    List<TextSpan> content = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextSpan line = lines.get(i);
      String text = line.of(folded);
      String lineKey = keys.get(i);
      int words = wordCount(text);
      boolean furniture = counts.get(lineKey) > 1
          || lineKey.equals(titleKey)
          || (words <= MAX_HEADLINE_WORDS && !endsSentence(text))
          || isCaption(lineKey)
          || isLinkOrWidget(text, words)
          || (text.startsWith("By ") && BYLINE.matcher(text).matches())
          || (words <= MAX_DATELINE_WORDS && DATELINE.matcher(text).matches());
      if (!furniture) {
        content.add(withoutDatelinePrefix(line, text));
      }
    }
    return content;
  }

  /** "SEOUL, South Korea (AP) — Kim arrived ...": the wire dateline before the first sentence is not reporting. */
  static TextSpan withoutDatelinePrefix(TextSpan line, String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
      return line;
    }
    Matcher dateline = DATELINE_PREFIX.matcher(text);
    return dateline.lookingAt() && dateline.end() < text.length()
        ? new TextSpan(line.start() + dateline.end(), line.end()) : line;
  }

  /** A photo caption or credit; {@code lowerLine} is the line folded and in lower case. */
  static boolean isCaption(String lowerLine) {
    for (String cue : CAPTION_CUES) {
      if (lowerLine.contains(cue)) {
        return CAPTION.matcher(lowerLine).find();
      }
    }
    return false;
  }

  /** A "Read more:"-style link, or a short widget label ("Listen to this article", a newsletter prompt). */
  static boolean isLinkOrWidget(String line, int words) {
    int colon = line.indexOf(':');
    return (colon > 0 && colon < 20 && LINK_PROMPT.matcher(line).find())
        || (words <= MAX_WIDGET_WORDS && WIDGET.matcher(line).find());
  }

  /** A short line that does not end a sentence: a caption, a headline of another story, a section label. */
  static boolean isHeadline(String line) {
    return !endsSentence(line) && wordCount(line) <= MAX_HEADLINE_WORDS;
  }

  private static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && (line.charAt(i) == '"' || line.charAt(i) == '\'' || line.charAt(i) == ')' || line.charAt(i) == ']')) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char last = line.charAt(i);
    return last == '.' || last == '!' || last == '?' || last == '\u2026' || last == ':';
  }

  private static int wordCount(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean letter = !Character.isWhitespace(line.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  private static String key(String line) {
    return TextNormaliser.collapse(line).toLowerCase(Locale.ROOT);
  }

  /** Non-blank lines of {@code body}, trimmed of surrounding whitespace. */
  /** Returns every non-blank line of {@code body}, trimmed, furniture included. */
  static List<TextSpan> lines(String body) {
    List<TextSpan> lines = new ArrayList<>();
    int start = 0;
    while (start <= body.length()) {
      int newline = body.indexOf('\n', start);
      int end = newline < 0 ? body.length() : newline;
      int s = start;
      int e = end;
      while (s < e && isSpace(body.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(body.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        lines.add(new TextSpan(s, e));
      }
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    return lines;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }
}

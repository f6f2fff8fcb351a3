package io.newstimeline.article.parse;

import io.newstimeline.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code key: value} header of an article file, between two {@code ---} lines, and where the
 * body starts after it.
 */
record FrontMatter(Map<String, String> fields, int bodyStart) {

  static final List<String> REQUIRED = List.of("id", "source", "published", "timezone", "title");
  private static final String FENCE = "---";

  /**
   * Returns the front matter at the top of {@code text}.
   *
   * @throws InputException naming {@code fileName} when the fences or a required field are missing
   */
  static FrontMatter parse(String text, String fileName) {
    int lineStart = 0;
    int lineEnd = lineEnd(text, lineStart);
    if (!text.substring(lineStart, lineEnd).strip().equals(FENCE)) {
      throw new InputException(fileName + ": front matter must start with a '---' line");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    int lineNumber = 1;
    while (true) {
      lineStart = next(text, lineEnd);
      lineNumber++;
      if (lineStart >= text.length()) {
        throw new InputException(fileName + ": front matter is not closed by a '---' line");
      }
      lineEnd = lineEnd(text, lineStart);
      String line = text.substring(lineStart, lineEnd).strip();
      if (line.equals(FENCE)) {
        break;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new InputException(fileName + ": line " + lineNumber + " of the front matter is not 'key: value'");
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      fields.put(key, unquote(line.substring(colon + 1).strip()));
    }
    for (String key : REQUIRED) {
      if (fields.getOrDefault(key, "").isEmpty()) {
        throw new InputException(fileName + ": front matter is missing '" + key + "'");
      }
    }
    return new FrontMatter(Map.copyOf(fields), next(text, lineEnd));
  }

  /** Returns the value of {@code key}, or null when absent or empty. */
  String get(String key) {
    String value = fields.get(key);
    return value == null || value.isEmpty() ? null : value;
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if ((first == '"' || first == '\'') && first == last) {
        return value.substring(1, value.length() - 1);
      }
    }
    return value;
  }

  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    int end = newline < 0 ? text.length() : newline;
    return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private static int next(String text, int lineEnd) {
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
      lineEnd++;
    }
    return Math.min(text.length(), lineEnd + 1);
  }
}

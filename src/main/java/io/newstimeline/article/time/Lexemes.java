package io.newstimeline.article.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Words shared by the temporal rules: month, weekday and number names, as regex fragments and lookups. */
final class Lexemes {

  static final String MONTH_FULL =
      "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
  static final String MONTH_ANY = "(?:january|february|march|april|may|june|july|august|september|october|november"
      + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  static final String NUMBER = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|a few|several|a couple of)";
  static final String ORDINAL_SUFFIX = "(?:st|nd|rd|th)?";

  static final Set<String> MONTH_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sept", "sep", "oct", "nov", "dec");
  static final Set<String> WEEKDAY_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("a couple of", 2));

  private Lexemes() {
  }

  /** Returns the month named by {@code word} ("sept.", "September"). */
  static Month month(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month month : Month.values()) {
      String full = month.name().toLowerCase(Locale.ROOT);
      if (full.equals(w) || (w.length() >= 3 && full.startsWith(w))) {
        return month;
      }
    }
    throw new IllegalArgumentException("Not a month: " + word);
  }

  /** Returns the weekday named by {@code word}. */
  static DayOfWeek weekday(String word) {
    return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
  }

  /** Returns the number {@code word} names, or -1 for vague amounts ("a few", "several"). */
  static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (Character.isDigit(w.charAt(0))) {
      return Integer.parseInt(w);
    }
    return NUMBERS.getOrDefault(w, -1);
  }
}

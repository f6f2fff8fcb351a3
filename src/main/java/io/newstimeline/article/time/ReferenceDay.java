package io.newstimeline.article.time;

import io.newstimeline.avro.Article;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article's relative dates count from. A wire dateline ("SEOUL, Sept 13 (Reuters) -",
 * "MOSCOW, March 5 --") dates the report itself, and may be a day or more before the page's
 * publication time (a story republished or updated later); otherwise the publication day in the
 * outlet's zone.
 */
public final class ReferenceDay {

  /** Lines at the top of the body a dateline may stand on (after a repeated title or a byline). */
  private static final int DATELINE_LINES = 4;
  private static final Pattern DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{L} .'-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,30})?,\\s*((?i:" + Lexemes.MONTH_ANY + "))\\s+(\\d{1,2})"
          + "(?:,?\\s+((?:19|20)\\d{2}))?\\s*(?:\\([\\p{L} .&-]{1,40}\\)\\s*)?(?:-{1,2}|\u2013|\u2014)\\s");

  private ReferenceDay() {
  }

  /** Returns the reference day of {@code article}. */
  public static LocalDate of(Article article) {
    LocalDate published = LocalDate.ofInstant(article.getPublished(), ZoneId.of(article.getTimezone()));
    String body = article.getBody();
    int start = 0;
    for (int line = 0; line < DATELINE_LINES && start < body.length(); line++) {
      int newline = body.indexOf('\n', start);
      int end = newline < 0 ? body.length() : newline;
      String text = body.substring(start, end).strip();
      if (!text.isEmpty()) {
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.lookingAt()) {
          return datelineDay(dateline, published);
        }
      }
      start = end + 1;
    }
    return published;
  }

  /** The dateline's day: its year when given, else the latest such day no later than the day after publication. */
  private static LocalDate datelineDay(Matcher dateline, LocalDate published) {
    Month month = Lexemes.month(dateline.group(1).toLowerCase(Locale.ROOT));
    int day = Integer.parseInt(dateline.group(2));
    if (day < 1 || day > month.maxLength()) {
      return published;
    }
    MonthDay monthDay = MonthDay.of(month, day);
    if (dateline.group(3) != null) {
      int year = Integer.parseInt(dateline.group(3));
      return monthDay.isValidYear(year) ? monthDay.atYear(year) : published;
    }
    // A dateline is written in the reporter's zone, which may be a day ahead of the outlet's.
    LocalDate latest = published.plusDays(1);
    for (int back = 0; back <= 4; back++) {
      int year = latest.getYear() - back;
      if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(latest)) {
        return monthDay.atYear(year);
      }
    }
    return published;
  }
}

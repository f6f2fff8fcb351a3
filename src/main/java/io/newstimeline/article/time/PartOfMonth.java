package io.newstimeline.article.time;

import java.time.YearMonth;

/** The part of a month a modifier picks: early (1st-10th), mid (11th-20th), late (21st-end), or all of it. */
enum PartOfMonth {
  WHOLE, EARLY, MID, LATE;

  /** Returns the part named by {@code modifier} ("early", "the end of", ...), WHOLE when null. */
  static PartOfMonth of(String modifier) {
    if (modifier == null) {
      return WHOLE;
    }
    if (modifier.startsWith("early") || modifier.contains("start") || modifier.contains("beginning")) {
      return EARLY;
    }
    if (modifier.startsWith("mid") || modifier.contains("middle")) {
      return MID;
    }
    if (modifier.startsWith("late") || modifier.contains("end")) {
      return LATE;
    }
    return WHOLE;
  }

  /** Returns this part of {@code month}. */
  DateInterval of(YearMonth month) {
    return switch (this) {
      case WHOLE -> DateInterval.month(month);
      case EARLY -> DateInterval.range(month.atDay(1), month.atDay(10));
      case MID -> DateInterval.range(month.atDay(11), month.atDay(20));
      case LATE -> DateInterval.range(month.atDay(21), month.atEndOfMonth());
    };
  }

  /** Returns this part of {@code year}: early is the first quarter, late the last, mid April to September. */
  DateInterval ofYear(int year) {
    return switch (this) {
      case WHOLE -> DateInterval.year(year);
      case EARLY -> DateInterval.quarter(year, 1);
      case MID -> DateInterval.range(YearMonth.of(year, 4).atDay(1), YearMonth.of(year, 9).atEndOfMonth());
      case LATE -> DateInterval.quarter(year, 4);
    };
  }
}

package io.newstimeline.article.time;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds the time expressions of a sentence with a pluggable list of {@link TemporalRule}s. Each rule
 * runs only when one of its cue words is in the sentence; where expressions of one kind overlap,
 * the longest wins. Resolving them to days needs the publication day and tense, which the caller
 * supplies per clause; nothing here reads the clock.
 */
public final class TemporalNormaliser {

  private static final Comparator<TimeExpression> LONGEST_FIRST = Comparator
      .comparingInt((TimeExpression e) -> e.end() - e.start()).reversed()
      .thenComparingInt(TimeExpression::start);

  private final List<TemporalRule> rules;

  /** A normaliser with exactly {@code rules}, tried in order. */
  public TemporalNormaliser(List<TemporalRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Returns the standard rules: absolute dates, weekdays, relative days, weeks, months and years,
   * "ago", "recently", seasons, national days from {@code nationalDays} (lower-case country name to
   * day), offsets and relations to other events, and durations.
   */
  public static TemporalNormaliser standard(Map<String, MonthDay> nationalDays) {
    return new TemporalNormaliser(List.of(
        new FullDateRule(), new DayRangeRule(), new DayMonthRule(), new MonthYearRule(), new MonthRule(),
        new YearRule(), new WeekdayRule(), new RelativeDayRule(), new RelativeWeekRule(), new RelativeMonthRule(),
        new RelativeYearRule(), new AgoRule(), new RecentRule(), new OrdinalDayRule(), new SeasonRule(),
        new NationalDayRule(nationalDays), new OffsetRule(), new RelationRule(), new DurationRule()));
  }

  public List<TemporalRule> rules() {
    return rules;
  }

  /** Returns the time expressions of {@code sentence}, by position, without overlaps among the same kind. */
  public List<TimeExpression> find(ParsedSentence sentence) {
    Set<String> cues = cues(sentence);
    List<TimeExpression> found = new ArrayList<>();
    for (TemporalRule rule : rules) {
      if (!rule.cues().isEmpty() && disjoint(rule.cues(), cues)) {
        continue;
      }
      Matcher matcher = rule.pattern().matcher(sentence.lower());
      while (matcher.find()) {
        Optional<TimeExpression> expression = rule.express(matcher.toMatchResult(), sentence);
        expression.ifPresent(found::add);
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    found.sort(LONGEST_FIRST);
    List<TimeExpression> kept = new ArrayList<>();
    for (TimeExpression candidate : found) {
      boolean clash = false;
      for (TimeExpression other : kept) {
        if (other.getClass() == candidate.getClass() && other.overlaps(candidate)) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(TimeExpression::start));
    return kept;
  }

  private static boolean disjoint(Set<String> ruleCues, Set<String> sentenceCues) {
    for (String cue : ruleCues) {
      if (sentenceCues.contains(cue)) {
        return false;
      }
    }
    return true;
  }

  /** The sentence's words plus shape cues for numbers, years and ordinals. */
  private static Set<String> cues(ParsedSentence sentence) {
    Set<String> cues = new HashSet<>(sentence.words());
    for (Token token : sentence.tokens()) {
      String w = token.lower();
      if (!Character.isDigit(w.charAt(0))) {
        continue;
      }
      cues.add("#number");
      if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && isDigits(w)) {
        cues.add("#year");
      } else if (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th")) {
        cues.add("#ordinal");
      }
    }
    return cues;
  }

  private static boolean isDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

package io.newstimeline.article.time;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import io.newstimeline.article.parse.WordFilter;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the time expressions of a sentence with a pluggable list of {@link TemporalRule}s. Each rule
 * is tried only at its cue words; where expressions of one kind overlap, the longest wins. Resolving them to days needs the publication day and tense, which the caller
 * supplies per clause; nothing here reads the clock.
 */
public final class TemporalNormaliser {

  private static final Comparator<TimeExpression> LONGEST_FIRST = Comparator
      .comparingInt((TimeExpression e) -> e.end() - e.start()).reversed()
      .thenComparingInt(TimeExpression::start);

  private final List<TemporalRule> rules;
  /** For each cue word, the indexes of the rules it is a cue of: one lookup per token finds the work. */
  private final Map<String, int[]> rulesByCue;
  private final WordFilter cueFilter;

  /** A normaliser with exactly {@code rules}, tried in order. */
  public TemporalNormaliser(List<TemporalRule> rules) {
    this.rules = List.copyOf(rules);
    Map<String, List<Integer>> byCue = new HashMap<>();
    for (int r = 0; r < this.rules.size(); r++) {
      for (String cue : this.rules.get(r).cues()) {
        byCue.computeIfAbsent(cue, k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, int[]> index = new HashMap<>();
    byCue.forEach((cue, list) -> index.put(cue, list.stream().mapToInt(Integer::intValue).toArray()));
    this.rulesByCue = Map.copyOf(index);
    this.cueFilter = WordFilter.of(index.keySet());
  }

  /**
   * Returns the standard rules: absolute dates, weekdays, relative days, weeks, months and years,
   * "ago", "recently", seasons, national days from {@code nationalDays} (lower-case country name to
   * day), offsets and relations to other events, durations, quarters and half-years, years standing
   * alone, decades, and vague references to the present, past and future.
   */
  public static TemporalNormaliser standard(Map<String, MonthDay> nationalDays) {
    return new TemporalNormaliser(List.of(
        new FullDateRule(), new DayRangeRule(), new DayMonthRule(), new MonthYearRule(), new MonthRule(),
        new YearRule(), new WeekdayRule(), new RelativeDayRule(), new RelativeWeekRule(), new RelativeMonthRule(),
        new RelativeYearRule(), new AgoRule(), new RecentRule(), new OrdinalDayRule(), new SeasonRule(),
        new NationalDayRule(nationalDays), new OffsetRule(), new RelationRule(), new DurationRule(),
        new QuarterRule(), new BareYearRule(), new DecadeRule(), new ReferenceRule()));
  }

  public List<TemporalRule> rules() {
    return rules;
  }

  /**
   * Returns the time expressions of {@code sentence}, by position, without overlaps among the same
   * kind. A rule's pattern is tried only where one of its cue words stands, starting from a few
   * tokens before it (for "on the", "late last", "from 10 to"), so a sentence costs a handful of
   * anchored matches rather than a scan per rule.
   */
  public List<TimeExpression> find(ParsedSentence sentence) {
    List<List<Integer>> cueTokens = cueTokens(sentence);
    if (cueTokens == null) {
      return List.of();
    }
    List<TimeExpression> found = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      List<Integer> tokens = cueTokens.get(r);
      if (tokens == null) {
        continue;
      }
      TemporalRule rule = rules.get(r);
      Matcher matcher = rule.pattern().matcher(sentence.lower()).useTransparentBounds(true);
      int coveredUntil = -1;
      for (int cueToken : tokens) {
        int cueStart = sentence.token(cueToken).start();
        if (cueStart < coveredUntil) {
          continue;
        }
        for (int back = Math.min(rule.tokensBeforeCue(), cueToken); back >= 0; back--) {
          int start = sentence.token(cueToken - back).start();
          matcher.region(start, sentence.lower().length());
          if (matcher.lookingAt() && matcher.end() > cueStart) {
            rule.express(matcher.toMatchResult(), sentence).ifPresent(found::add);
            coveredUntil = matcher.end();
            break;
          }
        }
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

  /** For each rule, the tokens that are its cues, in order (null when none); null when no rule has a cue. */
  private List<List<Integer>> cueTokens(ParsedSentence sentence) {
    List<List<Integer>> byRule = null;
    for (int i = 0; i < sentence.size(); i++) {
      Token token = sentence.token(i);
      if (!token.isWord()) {
        continue;
      }
      String w = token.lower();
      if (cueFilter.mightContain(w)) {
        byRule = add(byRule, rulesByCue.get(w), i);
      }
      if (Character.isDigit(w.charAt(0))) {
        byRule = add(byRule, rulesByCue.get("#number"), i);
        if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && isDigits(w)) {
          byRule = add(byRule, rulesByCue.get("#year"), i);
        } else if (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th")) {
          byRule = add(byRule, rulesByCue.get("#ordinal"), i);
        }
      }
    }
    return byRule;
  }

  private List<List<Integer>> add(List<List<Integer>> byRule, int[] ruleIndexes, int token) {
    if (ruleIndexes == null) {
      return byRule;
    }
    List<List<Integer>> result = byRule;
    if (result == null) {
      result = new ArrayList<>(rules.size());
      for (int r = 0; r < rules.size(); r++) {
        result.add(null);
      }
    }
    for (int r : ruleIndexes) {
      List<Integer> tokens = result.get(r);
      if (tokens == null) {
        tokens = new ArrayList<>(2);
        result.set(r, tokens);
      }
      if (tokens.isEmpty() || tokens.get(tokens.size() - 1) != token) {
        tokens.add(token);
      }
    }
    return result;
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

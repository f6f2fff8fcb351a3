package io.newstimeline.article.time;

import io.newstimeline.article.parse.ParsedSentence;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One family of time expressions: a precompiled pattern over the folded lower-case sentence, the
 * cue words every match contains (the pattern is tried only around them, so most sentences skip most
 * rules), and how a match becomes a {@link TimeExpression}.
 */
public interface TemporalRule {

  /** A short name for tests and debugging, e.g. {@code "weekday"}. */
  String name();

  /** The pattern, run on {@link ParsedSentence#lower()}. */
  Pattern pattern();

  /**
   * Lower-case words of which every match contains one, at most a few tokens after its start;
   * {@code #year}, {@code #number} and {@code #ordinal} stand for tokens of those shapes.
   */
  Set<String> cues();

  /** Returns the expression {@code match} denotes, or empty when it turns out not to be one. */
  Optional<TimeExpression> express(MatchResult match, ParsedSentence sentence);
}

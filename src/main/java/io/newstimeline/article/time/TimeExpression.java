package io.newstimeline.article.time;

/** A time expression found in a sentence, with its character offsets in the sentence. */
public sealed interface TimeExpression permits CalendarExpression, AnchoredExpression, DurationExpression {

  /** Offset of the expression in its sentence. */
  int start();

  /** Offset after the expression in its sentence. */
  int end();

  /** The expression as written ("on Sunday night"). */
  String text();

  /** Returns true when this expression overlaps {@code other}. */
  default boolean overlaps(TimeExpression other) {
    return start() < other.end() && other.start() < end();
  }
}

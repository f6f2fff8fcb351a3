package io.newstimeline.article.event;

/** The tokens of a sentence an event draws on: a clause, the content of a statement, or all but it. */
@FunctionalInterface
interface TokenRegion {

  /** Returns true when token {@code i} belongs to the region. */
  boolean contains(int i);

  /** The tokens {@code [first, end)}. */
  static TokenRegion between(int first, int end) {
    return i -> i >= first && i < end;
  }
}

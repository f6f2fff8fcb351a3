package io.newstimeline.article.time;

/** The grammatical time of the clause an expression sits in; it decides which way "on Sunday" points. */
public enum Tense {
  /** "met", "was reported": before publication. */
  PAST,
  /** "have swapped", "has sent": at some time up to publication. */
  PERFECT,
  /** "is attending": going on at publication. */
  PROGRESSIVE,
  /** "says", "meets": timeless or habitual unless dated. */
  PRESENT,
  /** "will meet", "is due to arrive": after publication. */
  FUTURE
}

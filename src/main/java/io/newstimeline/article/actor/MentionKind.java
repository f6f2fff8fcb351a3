package io.newstimeline.article.actor;

/** How a sentence refers to an actor. */
public enum MentionKind {
  /** The full name or a gazetteer alias: "Kim Jong Un", "the US". */
  NAME,
  /** A surname or short name of a person: "Putin", "Mr Shoigu", "Kim". */
  SHORT_NAME,
  /** A place or building standing for a government: "Pyongyang", "the White House". */
  METONYM,
  /** A national adjective denoting the state: "Russian and North Korean talks". */
  ADJECTIVE,
  /** A person the gazetteer does not know, found by their title or role: "Foreign Minister X Y". */
  TITLED,
  /** "he" or "she", resolved to an earlier person. */
  PRONOUN,
  /** A definite description resolved to earlier actors: "the leaders", "the group". */
  ANAPHOR
}

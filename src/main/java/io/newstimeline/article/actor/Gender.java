package io.newstimeline.article.actor;

import java.util.Locale;

/** The grammatical gender a pronoun needs; UNKNOWN agrees with both "he" and "she". */
public enum Gender {
  MALE, FEMALE, UNKNOWN;

  /** Returns true when a pronoun of gender {@code pronoun} may refer to an actor of this gender. */
  public boolean agreesWith(Gender pronoun) {
    return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
  }

  /** Returns the gender named by {@code text} ("male", "female"), UNKNOWN when null or blank. */
  public static Gender parse(String text) {
    if (text == null || text.isBlank()) {
      return UNKNOWN;
    }
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}

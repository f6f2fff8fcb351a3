package io.newstimeline.article.actor;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import io.newstimeline.avro.ActorKind;
import java.util.Locale;

/** Recognises the shape of a person's name: two to four capitalised words, hyphenated parts allowed ("Linda Thomas-Greenfield"). */
final class NameShapes {

  static final int MAX_WORDS = 4;

  private NameShapes() {
  }

  /**
   * Returns the index after a person's name starting at token {@code i}, or -1 when none starts
   * there; {@code taken[k]} marks tokens already claimed by other mentions.
   */
  static int nameEnd(ParsedSentence sentence, int i, boolean[] taken) {
    int words = 0;
    int k = i;
    while (k < sentence.size() && words < MAX_WORDS) {
      Token token = sentence.token(k);
      if (!isNameWord(token) || isTaken(taken, k) || sentence.isQuoted(k) || (words == 0 && RoleWords.NOT_NAMES.contains(token.text()))
          || RoleWords.ROLES.contains(token.lower()) || RoleWords.OFFICE_WORDS.contains(token.lower())) {
        break;
      }
      words++;
      k++;
      if (k + 1 < sentence.size() && sentence.token(k).is("-") && !isTaken(taken, k + 1)
          && (isNameWord(sentence.token(k + 1)) || isLowerGivenNamePart(sentence, k))) {
        k += 2;
      }
    }
    return words >= 2 ? k : -1;
  }

  /** Lower-case words after a hyphen that make a compound, not a given name: "Saudi-led", "Kyiv-run". */
  private static final java.util.Set<String> COMPOUND_ENDS = java.util.Set.of("led", "run", "era", "age", "war",
      "day", "old", "new", "way", "born", "made", "free", "wide", "like", "only", "type", "size", "held", "area",
      "side", "up", "in", "out", "off", "on", "to", "year", "time", "term", "long", "rich", "poor", "zone", "line",
      "style", "based", "owned", "armed", "bound", "level", "class", "scale", "wing", "elect");

  /**
   * Whether the hyphen at {@code hyphen} joins a short capitalised syllable and a short lower-case one, as
   * romanised Korean given names are written ("Kim Tok-hun", "Lee Myung-bak", "Kim Jong-un").
   */
  static boolean isLowerGivenNamePart(ParsedSentence sentence, int hyphen) {
    if (hyphen < 1 || hyphen + 1 >= sentence.size()) {
      return false;
    }
    String before = sentence.token(hyphen - 1).text();
    String after = sentence.token(hyphen + 1).text();
    return sentence.token(hyphen + 1).start() == sentence.token(hyphen).end()
        && sentence.token(hyphen).start() == sentence.token(hyphen - 1).end()
        && before.length() >= 2 && before.length() <= 5 && Character.isUpperCase(before.charAt(0))
        && after.length() >= 2 && after.length() <= 5 && after.chars().allMatch(c -> c >= 'a' && c <= 'z')
        && after.chars().anyMatch(c -> "aeiou".indexOf(c) >= 0) && !COMPOUND_ENDS.contains(after);
  }

  private static boolean isTaken(boolean[] taken, int k) {
    return k < taken.length && taken[k];
  }

  /** Returns the name between tokens {@code from} and {@code to} as written. */
  static String text(ParsedSentence sentence, int from, int to) {
    return sentence.text(sentence.token(from).start(), sentence.token(to - 1).end());
  }

  /** Returns a new person actor for {@code name}, with a slug id and the gender its title suggests. */
  static ActorRef person(String name, Gender gender, boolean leader, String affiliation) {
    return new ActorRef(slug(name), name, ActorKind.PERSON, gender, leader, affiliation);
  }

  /** Returns {@code name} as a lower-case id: letters and digits, words joined by hyphens. */
  static String slug(String name) {
    StringBuilder slug = new StringBuilder();
    boolean dash = false;
    for (char c : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(Character.toLowerCase(c));
        dash = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        dash = true;
      }
    }
    return slug.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isNameWord(Token token) {
    return token.isWord() && token.isCapitalised() && token.text().length() >= 2
        && !Character.isDigit(token.text().charAt(0)) && !isAllCaps(token.text());
  }

  private static boolean isAllCaps(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

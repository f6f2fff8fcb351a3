package io.newstimeline.article.actor;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads titles before names: "National Security Council spokesman John Kirby", "US ambassador to
 * the UN Linda Thomas-Greenfield", "Foreign Minister Sergei Lavrov". Countries and bodies inside a
 * title become affiliations rather than participants, and a name the gazetteer does not know
 * becomes a new person (id = slug of the name), so new actors need no gazetteer edit. Also reads
 * appositions ("Sergei Lavrov, Russia's foreign minister,") and "Russia's Vladimir Putin".
 */
final class TitleDetector {

  private TitleDetector() {
  }

  /** Returns {@code mentions} with title parts marked, plus mentions of people found by their titles. */
  static List<ActorMention> apply(ParsedSentence sentence, List<ActorMention> mentions, ArticleDiscourse discourse) {
    List<ActorMention> result = new ArrayList<>(mentions);
    ActorMention[] at = index(sentence, result);
    for (int r = 0; r < sentence.size(); r++) {
      Token token = sentence.token(r);
      if (!token.isWord() || at[r] != null || sentence.isQuoted(r) || !RoleWords.ROLES.contains(token.lower())) {
        continue;
      }
      int nameStart = afterComplement(sentence, r + 1, at);
      ActorMention named = nameStart < sentence.size() ? at[nameStart] : null;
      int nameEnd;
      if (named != null && named.actor().isPerson() && named.firstToken() == nameStart) {
        nameEnd = named.endToken();
      } else if (named == null) {
        nameEnd = NameShapes.nameEnd(sentence, nameStart, taken(at));
        if (nameEnd < 0) {
          continue;
        }
        ActorRef person = newPerson(sentence, r, nameStart, nameEnd, discourse,
            affiliation(titleStart(sentence, r, at), nameStart, at));
        ActorMention mention = mention(sentence, person, nameStart, nameEnd, MentionKind.TITLED);
        result.add(mention);
        for (int k = nameStart; k < nameEnd; k++) {
          at[k] = mention;
        }
      } else {
        continue;
      }
      markTitle(sentence, titleStart(sentence, r, at), nameStart, at, result);
      r = nameEnd - 1;
    }
    markPossessiveAffiliations(sentence, at, result);
    addAppositions(sentence, at, result, discourse);
    markAppositionAffiliations(sentence, at, result);
    result.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return result;
  }

  /** Skips "to the UN", "of Russia", "for North Korea" after a role noun when a name follows it. */
  private static int afterComplement(ParsedSentence sentence, int j, ActorMention[] at) {
    if (j >= sentence.size()) {
      return j;
    }
    String w = sentence.token(j).lower();
    if (!w.equals("to") && !w.equals("of") && !w.equals("for") && !w.equals("at")) {
      return j;
    }
    // "ambassador to the UN", "Secretary of State": a body or capitalised office word, then the name.
    int k = j + 1;
    while (k < sentence.size() && k <= j + 4) {
      Token complement = sentence.token(k);
      if (at[k] != null && !at[k].actor().isPerson()) {
        k = at[k].endToken();
      } else if (complement.lower().equals("the") || (complement.isWord() && complement.isCapitalised()
          && RoleWords.NOT_NAMES.contains(complement.text()))) {
        k++;
      } else {
        break;
      }
    }
    if (k > j + 1 && !sentence.token(k - 1).lower().equals("the")) {
      return k;
    }
    return j;
  }

  /** Goes back from the role noun over modifiers, capitalised words and affiliations to where the title starts. */
  private static int titleStart(ParsedSentence sentence, int role, ActorMention[] at) {
    int b = role - 1;
    while (b >= 0) {
      Token token = sentence.token(b);
      if (at[b] != null && !at[b].actor().isPerson()) {
        b = at[b].firstToken() - 1;
      } else if (token.is("'") || (token.lower().equals("s") && b > 0 && sentence.token(b - 1).is("'"))) {
        b--;
      } else if (token.isWord() && at[b] == null && (RoleWords.TITLE_MODIFIERS.contains(token.lower())
          || (token.isCapitalised() && !RoleWords.NOT_NAMES.contains(token.text())))) {
        b--;
      } else {
        break;
      }
    }
    return b + 1;
  }

  private static void markTitle(ParsedSentence sentence, int from, int to, ActorMention[] at, List<ActorMention> result) {
    for (int k = from; k < to; k++) {
      ActorMention mention = at[k];
      if (mention != null && !mention.inTitle() && !mention.actor().isPerson()) {
        ActorMention title = mention.asTitle();
        result.set(result.indexOf(mention), title);
        for (int t = mention.firstToken(); t < mention.endToken(); t++) {
          at[t] = title;
        }
      }
    }
  }

  /** "North Korea's Kim Jong Un": a country's possessive right before a person is the person's affiliation. */
  private static void markPossessiveAffiliations(ParsedSentence sentence, ActorMention[] at, List<ActorMention> result) {
    for (int i = 0; i + 2 < sentence.size(); i++) {
      ActorMention country = at[i];
      if (country == null || country.inTitle() || country.actor().isPerson() || country.endToken() != i + 1) {
        continue;
      }
      if (sentence.token(i + 1).is("'") && sentence.token(i + 2).lower().equals("s") && i + 3 < sentence.size()) {
        ActorMention next = at[i + 3];
        if (next != null && next.actor().isPerson() && next.firstToken() == i + 3) {
          markTitle(sentence, country.firstToken(), i + 1, at, result);
        }
      }
    }
  }

  /** "Sergei Lavrov, Russia's foreign minister, said": an unknown name set off by commas around a role. */
  private static void addAppositions(ParsedSentence sentence, ActorMention[] at, List<ActorMention> result,
      ArticleDiscourse discourse) {
    boolean[] taken = taken(at);
    for (int i = 0; i < sentence.size(); i++) {
      if (at[i] != null || !sentence.token(i).isCapitalised()) {
        continue;
      }
      int end = NameShapes.nameEnd(sentence, i, taken);
      if (end < 0 || end >= sentence.size() || !sentence.token(end).is(",")) {
        continue;
      }
      int role = -1;
      for (int k = end + 1; k < sentence.size() && k <= end + 7 && !sentence.token(k).is(","); k++) {
        if (RoleWords.ROLES.contains(sentence.token(k).lower()) && at[k] == null) {
          role = k;
        }
      }
      if (role < 0) {
        i = end;
        continue;
      }
      ActorRef person = newPerson(sentence, role, i, end, discourse, affiliation(end, role, at));
      ActorMention mention = mention(sentence, person, i, end, MentionKind.TITLED);
      result.add(mention);
      for (int k = i; k < end; k++) {
        at[k] = mention;
        taken[k] = true;
      }
      i = end;
    }
  }

  /**
   * "Scott Carson, president and CEO of Boeing Commercial Airplanes, said", "Louis Gallois, the Airbus
   * chief executive,": a body inside the role set off after a person's name is the person's
   * affiliation, as it is in a title before the name.
   */
  private static void markAppositionAffiliations(ParsedSentence sentence, ActorMention[] at,
      List<ActorMention> result) {
    for (int i = 0; i + 1 < sentence.size(); i++) {
      ActorMention person = at[i];
      if (person == null || !person.actor().isPerson() || person.endToken() != i + 1 || !sentence.token(i + 1).is(",")) {
        continue;
      }
      int end = i + 2;
      boolean role = false;
      while (end < sentence.size() && end <= i + 12 && isRolePhraseToken(sentence, end, at)) {
        role |= at[end] == null && RoleWords.ROLES.contains(sentence.token(end).lower());
        end++;
      }
      if (role) {
        markTitle(sentence, i + 2, end, at, result);
      }
    }
  }

  /** A word that may stand in a role phrase: a role or its modifiers, a name, a body, "of", "the", "and". */
  private static boolean isRolePhraseToken(ParsedSentence sentence, int k, ActorMention[] at) {
    Token token = sentence.token(k);
    if (at[k] != null) {
      return !at[k].actor().isPerson();
    }
    String lower = token.lower();
    return RoleWords.ROLES.contains(lower) || RoleWords.TITLE_MODIFIERS.contains(lower)
        || RoleWords.OFFICE_WORDS.contains(lower) || lower.equals("the") || lower.equals("and") || lower.equals("a")
        || lower.equals("at") || lower.equals("for") || token.is("'") || (lower.equals("s") && sentence.token(k - 1).is("'"))
        || (token.isWord() && token.isCapitalised());
  }

  /** The first government or body named in tokens {@code [from, to)}: whom a title's holder belongs to. */
  private static String affiliation(int from, int to, ActorMention[] at) {
    for (int k = Math.max(0, from); k < to && k < at.length; k++) {
      if (at[k] != null && !at[k].actor().isPerson()) {
        return at[k].actor().id();
      }
    }
    return null;
  }

  private static ActorRef newPerson(ParsedSentence sentence, int role, int nameStart, int nameEnd,
      ArticleDiscourse discourse, String affiliation) {
    String name = NameShapes.text(sentence, nameStart, nameEnd);
    return discourse.personByFullName(name).orElseGet(() -> {
      String roleWord = sentence.token(role).lower();
      Gender gender = RoleWords.MALE_WORDS.contains(roleWord) ? Gender.MALE
          : RoleWords.FEMALE_WORDS.contains(roleWord) ? Gender.FEMALE : Gender.UNKNOWN;
      boolean leader = RoleWords.LEADER_ROLES.contains(roleWord)
          || (roleWord.equals("minister") && role > 0 && sentence.token(role - 1).lower().equals("prime"));
      ActorRef person = NameShapes.person(name, gender, leader, affiliation);
      discourse.addPerson(person);
      return person;
    });
  }

  static ActorMention mention(ParsedSentence sentence, ActorRef actor, int first, int end, MentionKind kind) {
    return new ActorMention(actor, sentence.token(first).start(), sentence.token(end - 1).end(), first, end, kind, false);
  }

  private static ActorMention[] index(ParsedSentence sentence, List<ActorMention> mentions) {
    ActorMention[] at = new ActorMention[sentence.size()];
    for (ActorMention mention : mentions) {
      for (int k = mention.firstToken(); k < mention.endToken(); k++) {
        at[k] = mention;
      }
    }
    return at;
  }

  private static boolean[] taken(ActorMention[] at) {
    boolean[] taken = new boolean[at.length];
    for (int k = 0; k < at.length; k++) {
      taken[k] = at[k] != null;
    }
    return taken;
  }
}

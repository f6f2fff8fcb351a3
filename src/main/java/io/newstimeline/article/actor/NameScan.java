package io.newstimeline.article.actor;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import io.newstimeline.avro.ActorKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds, before an article is read sentence by sentence, the people and organisations it names that
 * the gazetteer does not know, from the shape of their names and how the article uses them:
 * <ul>
 *   <li>a person: two to four capitalised words starting with a given name ("Louis Gallois"), or
 *       whose last word the article also uses alone ("Gallois said"), or that a speech verb follows
 *       ("Ankit Panda said") or precedes ("said Ankit Panda");</li>
 *   <li>an organisation: capitalised words ending in a word that names a body ("Singapore
 *       Airlines", "Government Accountability Office", "Bank of America"), or one capitalised word
 *       or acronym the article uses at least twice, never after a preposition of place, and at least
 *       once as the subject of a past-tense or speech verb or with a possessive ("Airbus delivered",
 *       "EADS said", "Boeing's").</li>
 * </ul>
 * Names after a title or before an apposition are left to {@link TitleDetector}, which also knows
 * the role. Ids are slugs of the name (legal forms such as "Inc." left out), so they are stable
 * across articles. Stateless.
 */
final class NameScan {

  static final Set<String> GIVEN_NAMES = WordList.load("given-names.txt");
  static final Set<String> ORGANISATION_WORDS = WordList.load("organisation-words.txt");
  static final Set<String> PLACE_WORDS = WordList.load("place-words.txt");
  static final Set<String> LEGAL_FORMS = WordList.load("legal-suffixes.txt");
  /** Prepositions after which a capitalised word is a place: "in Toulouse", "from Seattle". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "to", "into", "across",
      "outside", "inside", "via", "through", "around", "towards", "toward");
  /** Capitalised words that are never a name on their own. */
  private static final Set<String> NOT_SINGLE_NAMES = Set.of("I", "A", "US", "UK", "EU", "UN", "TV", "CEO", "CFO",
      "GMT", "UTC", "AM", "PM", "OK", "II", "III", "IV", "AP", "AFP", "BBC", "CNN", "Reuters", "God", "Internet",
      "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd");
  private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr");
  private static final int MAX_WORDS = 5;

  private NameScan() {
  }

  /** One run of capitalised words in a sentence: tokens {@code [first, end)}. */
  private record Run(ParsedSentence sentence, int first, int end, boolean titled) {

    List<String> words() {
      List<String> words = new ArrayList<>();
      for (int k = first; k < end; k++) {
        if (sentence.token(k).isWord()) {
          words.add(sentence.token(k).text());
        }
      }
      return words;
    }

    String text() {
      return NameShapes.text(sentence, first, end);
    }

    String before() {
      return first > 0 ? sentence.token(first - 1).lower() : "";
    }

    String after() {
      return end < sentence.size() ? sentence.token(end).lower() : "";
    }
  }

  /**
   * Registers in {@code discourse} the people and organisations of {@code sentences} that
   * {@code aliases} (the gazetteer, for an outlet in {@code zone}) does not name.
   */
  static void scan(List<ParsedSentence> sentences, AliasIndex aliases, String zone, Set<String> speechVerbs,
      ArticleDiscourse discourse) {
    List<Run> runs = new ArrayList<>();
    for (ParsedSentence sentence : sentences) {
      collectRuns(sentence, aliases, zone, runs);
    }
    Map<String, Integer> alone = new HashMap<>();
    for (Run run : runs) {
      if (run.end() - run.first() == 1) {
        alone.merge(run.sentence().token(run.first()).text(), 1, Integer::sum);
      }
    }
    Set<String> surnames = new HashSet<>();
    for (Run run : runs) {
      List<String> words = run.words();
      if (words.size() < 2) {
        continue;
      }
      String last = words.get(words.size() - 1);
      if (!isOrganisationName(words)) {
        surnames.add(last); // "Sergei Lavrov", even when the title rules add him: "Lavrov" alone is him
      }
      if (run.titled()) {
        continue;
      }
      if (isOrganisationName(words)) {
        addOrganisation(run.text(), words, discourse);
      } else if (!PLACE_WORDS.contains(last) && isPersonName(run, words, alone, speechVerbs)) {
        if (discourse.nameAt(run.sentence(), run.first()) == null) {
          discourse.addPerson(NameShapes.person(run.text(), Gender.UNKNOWN, false, null));
        }
      }
    }
    addSingleNameOrganisations(runs, surnames, speechVerbs, discourse);
  }

  /** Runs of capitalised words outside gazetteer names, without leading function words and titles. */
  private static void collectRuns(ParsedSentence sentence, AliasIndex aliases, String zone, List<Run> runs) {
    int i = 0;
    while (i < sentence.size()) {
      AliasIndex.Match known = aliases.longestAt(sentence, i, zone);
      if (known != null) {
        int organisationEnd = organisationEnd(sentence, i);
        if (organisationEnd > known.end()) {
          // "The Government Accountability Office": a longer body's name, not the gazetteer's "the Government".
          int first = RoleWords.NOT_NAMES.contains(sentence.token(i).text()) ? i + 1 : i;
          runs.add(new Run(sentence, first, organisationEnd, false));
          i = organisationEnd;
        } else {
          i = known.end();
        }
        continue;
      }
      Token token = sentence.token(i);
      if (!isNameToken(token) || sentence.isQuoted(i)) {
        i++;
        continue;
      }
      int end = i;
      int words = 0;
      while (end < sentence.size() && words < MAX_WORDS && isNameToken(sentence.token(end))
          && (end == i || (aliases.longestAt(sentence, end, zone) == null
          && !RoleWords.ROLES.contains(sentence.token(end).lower())))) {
        words++;
        end++;
        if (end + 1 < sentence.size() && sentence.token(end).is("-") && (isNameToken(sentence.token(end + 1))
            || NameShapes.isLowerGivenNamePart(sentence, end))) {
          end += 2;
        } else if (end + 1 < sentence.size() && sentence.token(end).text().equals("of")
            && ORGANISATION_WORDS.contains(sentence.token(end - 1).text()) && isNameToken(sentence.token(end + 1))) {
          end++; // "Bank of America", "Ministry of Defence"
        }
      }
      int first = i;
      boolean titled = false;
      boolean body = end - i > 1 && ORGANISATION_WORDS.contains(sentence.token(end - 1).text());
      while (!body && first < end && (RoleWords.NOT_NAMES.contains(sentence.token(first).text())
          || RoleWords.ROLES.contains(sentence.token(first).lower())
          || RoleWords.TITLE_MODIFIERS.contains(sentence.token(first).lower()))) {
        titled |= !RoleWords.NOT_NAMES.contains(sentence.token(first).text())
            || RoleWords.ROLES.contains(sentence.token(first).lower());
        first++;
      }
      titled |= first > 0 && RoleWords.ROLES.contains(sentence.token(first - 1).lower());
      if (first < end) {
        runs.add(new Run(sentence, first, end, titled || hasApposition(sentence, end)));
      }
      i = Math.max(end, i + 1);
    }
  }

  /** Returns the end of capitalised words from {@code i} that end in an organisation's word, or -1. */
  private static int organisationEnd(ParsedSentence sentence, int i) {
    int end = i;
    while (end < sentence.size() && end < i + MAX_WORDS + 1 && isNameToken(sentence.token(end))) {
      end++;
    }
    return end > i + 1 && ORGANISATION_WORDS.contains(sentence.token(end - 1).text()) ? end : -1;
  }

  /** ", Russia's foreign minister,": a role set off by a comma after the name, which the title rules read. */
  private static boolean hasApposition(ParsedSentence sentence, int end) {
    if (end >= sentence.size() || !sentence.token(end).is(",")) {
      return false;
    }
    for (int k = end + 1; k < sentence.size() && k <= end + 7 && !sentence.token(k).is(","); k++) {
      if (RoleWords.ROLES.contains(sentence.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameToken(Token token) {
    String text = token.text();
    return token.isWord() && token.isCapitalised() && !Character.isDigit(text.charAt(0))
        && (text.length() >= 2 || text.equals("&"));
  }

  private static boolean isOrganisationName(List<String> words) {
    String last = words.get(words.size() - 1);
    return ORGANISATION_WORDS.contains(last) || words.contains("of");
  }

  private static boolean isPersonName(Run run, List<String> words, Map<String, Integer> alone,
      Set<String> speechVerbs) {
    if (words.size() > 4 || words.contains("of") || isAcronym(words.get(0))) {
      return false;
    }
    for (String word : words) {
      if (ORGANISATION_WORDS.contains(word) || RoleWords.NOT_NAMES.contains(word) || isAcronym(word)) {
        return false;
      }
    }
    String last = words.get(words.size() - 1);
    if (GIVEN_NAMES.contains(words.get(0))) {
      return true;
    }
    // A sentence's first word is capitalised anyway: "Actual Airbus deliveries" names no one.
    boolean opensSentence = run.first() == 0 || !run.sentence().token(run.first() - 1).isWord();
    return !opensSentence && (alone.getOrDefault(last, 0) > 0 || speechVerbs.contains(run.after())
        || run.before().equals("said") || run.before().equals("says"));
  }

  /** "Airbus", "EADS": one word the article keeps using as an agent, never as a place. */
  private static void addSingleNameOrganisations(List<Run> runs, Set<String> surnames, Set<String> speechVerbs,
      ArticleDiscourse discourse) {
    Map<String, Integer> uses = new HashMap<>();
    Set<String> places = new HashSet<>();
    Set<String> agents = new HashSet<>();
    for (Run run : runs) {
      ParsedSentence sentence = run.sentence();
      for (int k = run.first(); k < run.end(); k++) {
        String word = sentence.token(k).text();
        uses.merge(word, 1, Integer::sum);
        if (k == run.first() && PLACE_PREPOSITIONS.contains(run.before())) {
          places.add(word);
        }
      }
      if (run.end() - run.first() != 1 || HONORIFICS.contains(sentence.token(Math.max(0, run.first() - 1)).text())) {
        continue;
      }
      String word = sentence.token(run.first()).text();
      String after = run.after();
      boolean possessive = after.equals("'") && run.end() + 1 < sentence.size()
          && sentence.token(run.end() + 1).lower().equals("s");
      boolean pastVerb = after.length() > 3 && after.endsWith("ed") && Character.isLowerCase(
          sentence.token(run.end()).text().charAt(0));
      if (possessive || pastVerb || speechVerbs.contains(after)) {
        agents.add(word);
      }
    }
    for (String word : agents) {
      if (word.chars().anyMatch(Character::isDigit)) {
        continue; // "A380", "737": products and models
      }
      ActorRef expanded = isAcronym(word) ? discourse.organisationWithInitials(word) : null;
      if (expanded != null) {
        discourse.addOrganisation(expanded, word); // "GM" for "General Motors" named earlier or later
        continue;
      }
      if (uses.getOrDefault(word, 0) >= 2 && !places.contains(word) && !surnames.contains(word)
          && !GIVEN_NAMES.contains(word) && !NOT_SINGLE_NAMES.contains(word) && !RoleWords.NOT_NAMES.contains(word)
          && !looksNational(word)) {
        addOrganisation(word, List.of(word), discourse);
      }
    }
  }

  /** "American", "Chinese", "British": adjectives of nationality, not agents. */
  private static boolean looksNational(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith("ese") || lower.endsWith("ish") || lower.endsWith("ian") || lower.endsWith("ean")
        || lower.endsWith("can") || lower.endsWith("ch") || lower.endsWith("ans");
  }

  private static boolean isAcronym(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Registers an organisation named {@code text}; "Apple Inc." is known as "Apple" and by both names. */
  private static void addOrganisation(String text, List<String> words, ArticleDiscourse discourse) {
    int kept = words.size();
    while (kept > 1 && LEGAL_FORMS.contains(words.get(kept - 1))) {
      kept--;
    }
    String name = String.join(" ", words.subList(0, kept));
    ActorRef existing = discourse.organisationNamed(name);
    ActorRef organisation = existing != null ? existing
        : new ActorRef(NameShapes.slug(name), name, ActorKind.ORGANISATION, Gender.UNKNOWN, false, null);
    discourse.addOrganisation(organisation, text);
    discourse.addOrganisation(organisation, name);
  }
}

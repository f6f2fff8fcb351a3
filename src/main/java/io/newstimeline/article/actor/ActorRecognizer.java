package io.newstimeline.article.actor;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import io.newstimeline.avro.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who a sentence mentions: gazetteer names, short names and metonyms in one indexed pass,
 * national adjectives where they denote the state, people found by their titles, and "he", "she",
 * "the leaders" and "the group" resolved against the article so far. Stateless apart from the
 * {@link ArticleDiscourse} passed in; safe to share between threads.
 */
public final class ActorRecognizer {

  private static final Set<String> PRONOUN_OPENERS = Set.of(",", "but", "and", "that", "when", "while", "because",
      "although", "though", "\"", ";", "where", "after", "before", "as", "if");
  private static final Set<String> COORDINATORS = Set.of("and", "-", ",", "or", "/");
  private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr");
  /** "the pair", "the two men", "both ministers": the last two people mentioned, of the gender the noun implies. */
  private static final java.util.Map<String, Gender> PAIR_NOUNS = java.util.Map.of("pair", Gender.UNKNOWN, "duo",
      Gender.UNKNOWN, "men", Gender.MALE, "women", Gender.FEMALE, "ministers", Gender.UNKNOWN, "officials",
      Gender.UNKNOWN, "diplomats", Gender.UNKNOWN, "presidents", Gender.UNKNOWN, "envoys", Gender.UNKNOWN);

  /** For name shapes where no token is claimed yet; only read. */
  private static final boolean[] NOTHING_TAKEN = new boolean[4096];

  private final Gazetteer gazetteer;
  private final Set<String> speechVerbs;

  /** A recogniser for the actors of {@code gazetteer}; {@code speechVerbs} are the lower-case verbs after which "he" is a speaker. */
  public ActorRecognizer(Gazetteer gazetteer, Set<String> speechVerbs) {
    this.gazetteer = gazetteer;
    this.speechVerbs = Set.copyOf(speechVerbs);
  }

  /**
   * Registers in {@code discourse} the people and organisations that {@code sentences}, the whole
   * article, names without the gazetteer knowing them (see {@link NameScan}); call once per article
   * before recognising its sentences.
   */
  public void scanNames(List<ParsedSentence> sentences, ArticleDiscourse discourse) {
    NameScan.scan(sentences, gazetteer.aliases(), discourse.zone(), speechVerbs, discourse);
  }

  /** Returns the actor mentions of {@code sentence}, in order, resolving references against {@code discourse}. */
  public List<ActorMention> recognise(ParsedSentence sentence, ArticleDiscourse discourse) {
    List<ActorMention> mentions = new ArrayList<>();
    AliasIndex aliases = gazetteer.aliases();
    int index = sentence.sentence().index();
    int i = 0;
    while (i < sentence.size()) {
      int described = addLeaderDescription(sentence, i, mentions, discourse);
      if (described > i) {
        i = described;
        continue;
      }
      AliasIndex.Match match = aliases.longestAt(sentence, i, discourse.zone());
      ArticleDiscourse.NameMatch longer = match == null ? null : longerName(sentence, i, discourse);
      if (longer != null && longer.end() > match.end()) {
        // "The Government Accountability Office": the article's longer name, not the gazetteer's "the Government".
        mentions.add(TitleDetector.mention(sentence, longer.actor(), i, longer.end(), MentionKind.NAME));
        i = longer.end();
        continue;
      }
      if (match != null) {
        addAliasMention(sentence, match, mentions);
        i = match.end();
        continue;
      }
      int next = addDiscourseMention(sentence, i, mentions, discourse, index);
      if (next > i) {
        i = next;
        continue;
      }
      i++;
    }
    return TitleDetector.apply(sentence, mentions, discourse);
  }

  /** The article's own name at {@code i}, or after a leading "the" there. */
  private static ArticleDiscourse.NameMatch longerName(ParsedSentence sentence, int i, ArticleDiscourse discourse) {
    if (!discourse.hasNames()) {
      return null;
    }
    ArticleDiscourse.NameMatch name = discourse.nameAt(sentence, i);
    if (name == null && i + 1 < sentence.size() && sentence.token(i).lower().equals("the")) {
      name = discourse.nameAt(sentence, i + 1);
    }
    return name;
  }

  /**
   * "the North Korean leader", "the Russian president": a leader named by their country alone,
   * when the gazetteer knows exactly one leader of it and no name follows (else it is a title).
   */
  private int addLeaderDescription(ParsedSentence sentence, int i, List<ActorMention> mentions,
      ArticleDiscourse discourse) {
    if (!sentence.token(i).lower().equals("the") || i + 2 >= sentence.size()) {
      return i;
    }
    AliasIndex.Match country = gazetteer.aliases().longestAt(sentence, i + 1, discourse.zone());
    if (country == null || country.alias().actor().isPerson() || country.end() >= sentence.size()) {
      return i;
    }
    int role = country.end();
    if (!RoleWords.LEADER_ROLES.contains(sentence.token(role).lower())) {
      return i;
    }
    if (role + 1 < sentence.size() && sentence.token(role + 1).isCapitalised()) {
      return i;
    }
    List<ActorRef> leaders = gazetteer.leadersOf(country.alias().actor().id());
    if (leaders.size() != 1) {
      return i;
    }
    mentions.add(TitleDetector.mention(sentence, leaders.get(0), i, role + 1, MentionKind.ANAPHOR));
    return role + 1;
  }

  private void addAliasMention(ParsedSentence sentence, AliasIndex.Match match, List<ActorMention> mentions) {
    AliasIndex.Alias alias = match.alias();
    ActorMention mention = TitleDetector.mention(sentence, alias.actor(), match.first(), match.end(), alias.kind());
    if (alias.kind() != MentionKind.ADJECTIVE) {
      boolean modifier = alias.kind() == MentionKind.NAME && alias.actor().kind() == ActorKind.GOVERNMENT
          && modifiesNoun(sentence, match.end());
      mentions.add(modifier ? mention.asTitle() : mention);
      return;
    }
    switch (adjectiveUse(sentence, match.end())) {
      case STATE -> mentions.add(mention);
      case TITLE -> mentions.add(mention.asTitle());
      default -> {
        // "the Russian city of Vladivostok": a place, not the state.
      }
    }
  }

  /**
   * "US automaker GM", "U.S. auto sales": a country's name used as a noun's modifier, an
   * affiliation rather than a participant. Only a following word that cannot be a verb or a
   * function word counts (not "-ed", "-s", auxiliaries), so "the US warned" keeps the state.
   */
  private static boolean modifiesNoun(ParsedSentence sentence, int end) {
    if (end >= sentence.size()) {
      return false;
    }
    Token next = sentence.token(end);
    String word = next.lower();
    if (next.is("$")) {
      return true; // "US$ 6 billion": a currency
    }
    return next.isWord() && !next.isCapitalised() && Character.isLetter(word.charAt(0)) && word.length() > 2
        && !RoleWords.STATE_NOUNS.contains(word) && !RoleWords.NOT_MODIFIED_NOUNS.contains(word)
        && !word.endsWith("ed") && !word.endsWith("s") && !word.endsWith("ly") && !word.endsWith("ing");
  }

  private enum AdjectiveUse { STATE, TITLE, NONE }

  /** What a national adjective ending at token {@code end} modifies, skipping coordinated adjectives ("Russian and North Korean"). */
  private AdjectiveUse adjectiveUse(ParsedSentence sentence, int end) {
    int k = end;
    while (k + 1 < sentence.size() && COORDINATORS.contains(sentence.token(k).lower())) {
      AliasIndex.Match other = gazetteer.aliases().longestAt(sentence, k + 1, "");
      if (other == null || other.alias().kind() != MentionKind.ADJECTIVE) {
        break;
      }
      k = other.end();
    }
    for (int step = 0; step < 3 && k + step < sentence.size(); step++) {
      String word = sentence.token(k + step).lower();
      if (RoleWords.ROLES.contains(word)) {
        return AdjectiveUse.TITLE;
      }
      if (RoleWords.STATE_NOUNS.contains(word)) {
        boolean media = k + step + 1 < sentence.size() && RoleWords.MEDIA.contains(sentence.token(k + step + 1).lower());
        return media ? AdjectiveUse.NONE : AdjectiveUse.STATE;
      }
      if (!RoleWords.TITLE_MODIFIERS.contains(word)) {
        break;
      }
    }
    return AdjectiveUse.NONE;
  }

  /** Adds a mention resolved through the article itself at token {@code i}; returns the index after it, or {@code i}. */
  private int addDiscourseMention(ParsedSentence sentence, int i, List<ActorMention> mentions,
      ArticleDiscourse discourse, int index) {
    Token token = sentence.token(i);
    if (token.isWord() && token.isCapitalised() && discourse.hasNames()) {
      ArticleDiscourse.NameMatch known = discourse.nameAt(sentence, i);
      if (known != null) {
        mentions.add(TitleDetector.mention(sentence, known.actor(), i, known.end(), MentionKind.NAME));
        return known.end();
      }
      boolean alone = i + 1 >= sentence.size() || !sentence.token(i + 1).isCapitalised();
      boolean honorific = i > 0 && HONORIFICS.contains(sentence.token(i - 1).text());
      Optional<ActorRef> person = discourse.personBySurname(token.text());
      if (person.isPresent() && alone && (honorific || i == 0 || !sentence.token(i - 1).isCapitalised())) {
        mentions.add(TitleDetector.mention(sentence, person.get(), i, i + 1, MentionKind.SHORT_NAME));
        return i + 1;
      }
    }
    String word = token.lower();
    if ((word.equals("he") || word.equals("she")) && !sentence.isQuoted(i) && isSubjectPosition(sentence, i)) {
      boolean speaker = i + 1 < sentence.size() && speechVerbs.contains(sentence.token(i + 1).lower());
      Gender gender = word.equals("he") ? Gender.MALE : Gender.FEMALE;
      Optional<ActorRef> sameSentence = speaker ? Optional.empty() : mentions.stream()
          .map(ActorMention::actor).filter(a -> a.isPerson() && a.gender().agreesWith(gender)).findFirst();
      Optional<ActorRef> person = sameSentence.isPresent() ? sameSentence
          : discourse.resolvePronoun(gender, speaker, index);
      person.ifPresent(p -> mentions.add(TitleDetector.mention(sentence, p, i, i + 1, MentionKind.PRONOUN)));
      return i + 1;
    }
    return addAnaphor(sentence, i, mentions, discourse);
  }

  /**
   * Returns the person named by exactly tokens {@code [from, to)} of {@code sentence} ("John
   * Smith", "Mr Smith" once John Smith is known), registering a new person when the name is new:
   * for speakers with no title ("..., said Anna Petrova.").
   */
  public Optional<ActorMention> personNamed(ParsedSentence sentence, int from, int to, ArticleDiscourse discourse) {
    int first = from < to && HONORIFICS.contains(sentence.token(from).text()) ? from + 1 : from;
    if (first >= to) {
      return Optional.empty();
    }
    if (to - first == 1) {
      return discourse.personBySurname(sentence.token(first).text())
          .map(person -> TitleDetector.mention(sentence, person, first, to, MentionKind.SHORT_NAME));
    }
    int end = NameShapes.nameEnd(sentence, first, NOTHING_TAKEN);
    if (end != to) {
      return Optional.empty();
    }
    String name = NameShapes.text(sentence, first, to);
    ActorRef person = discourse.personByFullName(name).orElseGet(() -> {
      String honorific = first > from ? sentence.token(from).lower() : "";
      Gender gender = RoleWords.MALE_WORDS.contains(honorific) ? Gender.MALE
          : RoleWords.FEMALE_WORDS.contains(honorific) ? Gender.FEMALE : Gender.UNKNOWN;
      ActorRef created = NameShapes.person(name, gender, false, null);
      discourse.addPerson(created);
      return created;
    });
    return Optional.of(TitleDetector.mention(sentence, person, first, to, MentionKind.TITLED));
  }

  private static boolean isSubjectPosition(ParsedSentence sentence, int i) {
    return i == 0 || PRONOUN_OPENERS.contains(sentence.token(i - 1).lower());
  }

  /** "the leaders", "the two leaders", "both leaders" and "the group" refer back to actors of the article. */
  private static int addAnaphor(ParsedSentence sentence, int i, List<ActorMention> mentions, ArticleDiscourse discourse) {
    String word = sentence.token(i).lower();
    if (!word.equals("the") && !word.equals("both")) {
      return i;
    }
    int k = i + 1;
    if (k < sentence.size() && word.equals("the") && sentence.token(k).lower().equals("two")) {
      k++;
    }
    if (k >= sentence.size() || sentence.isQuoted(k)) {
      return i;
    }
    String noun = sentence.token(k).lower();
    if (PAIR_NOUNS.containsKey(noun) && (k > i + 1 || word.equals("both") || noun.equals("pair") || noun.equals("duo"))) {
      List<ActorRef> people = discourse.lastPeople(2, PAIR_NOUNS.get(noun));
      for (int j = people.size() - 1; j >= 0; j--) {
        mentions.add(TitleDetector.mention(sentence, people.get(j), i, k + 1, MentionKind.ANAPHOR));
      }
      return people.isEmpty() ? i : k + 1;
    }
    if (noun.equals("leaders")) {
      List<ActorRef> leaders = discourse.lastLeaders(2);
      for (int j = leaders.size() - 1; j >= 0; j--) {
        mentions.add(TitleDetector.mention(sentence, leaders.get(j), i, k + 1, MentionKind.ANAPHOR));
      }
      return leaders.isEmpty() ? i : k + 1;
    }
    if (word.equals("the") && k == i + 1 && (noun.equals("group") || noun.equals("organisation")
        || noun.equals("organization") || noun.equals("militia") || noun.equals("alliance"))) {
      Optional<ActorRef> organisation = discourse.lastOrganisation();
      if (organisation.isEmpty()) {
        return i;
      }
      mentions.add(TitleDetector.mention(sentence, organisation.get(), i, k + 1, MentionKind.ANAPHOR));
      return k + 1;
    }
    return i;
  }
}

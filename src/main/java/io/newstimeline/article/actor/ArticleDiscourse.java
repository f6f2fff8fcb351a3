package io.newstimeline.article.actor;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import io.newstimeline.article.parse.Tokenizer;
import io.newstimeline.avro.ActorKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one article has said about its actors so far: people found by title (so "Mr Lavrov" later
 * resolves), who was mentioned in which sentence, and who last spoke. Pronouns and definite
 * descriptions ("the leaders", "the group") are resolved against it. One per article; not shared
 * between threads.
 */
public final class ArticleDiscourse {

  /** How many sentences back a pronoun may reach. */
  static final int PRONOUN_REACH = 3;

  private record SentencePeople(int sentence, List<ActorRef> people, ActorRef subject) {
  }

  /** A name of this article, as tokens, and whom it names. */
  private record KnownName(List<String> tokens, ActorRef actor) {
  }

  /** A name of this article found at tokens {@code [first, end)} of a sentence. */
  record NameMatch(ActorRef actor, int first, int end) {
  }

  private final String zone;
  private final Map<String, ActorRef> peopleByFullName = new HashMap<>();
  private final Map<String, ActorRef> peopleBySurname = new HashMap<>();
  private final Map<String, ActorRef> organisationsByName = new HashMap<>();
  private final Map<String, List<KnownName>> namesByFirstToken = new HashMap<>();
  private final List<SentencePeople> history = new ArrayList<>();
  private final List<ActorRef> mentionOrder = new ArrayList<>();
  private ActorRef lastSpeaker;
  private int lastSpeakerSentence = -1;

  /** A fresh discourse for an article from an outlet in {@code zone}. */
  public ArticleDiscourse(String zone) {
    this.zone = zone;
  }

  /** The outlet's IANA zone, which decides home aliases such as "the Government". */
  public String zone() {
    return zone;
  }

  /** Registers a person the gazetteer does not know, so later full-name and surname mentions resolve. */
  public void addPerson(ActorRef person) {
    peopleByFullName.put(person.name(), person);
    addName(person.name(), person);
    String[] words = person.name().split("\\s+");
    if (words.length >= 2) {
      peopleBySurname.putIfAbsent(words[words.length - 1], person);
    }
  }

  /** Registers {@code organisation}, which the gazetteer does not know, under the name {@code text} as written. */
  void addOrganisation(ActorRef organisation, String text) {
    organisationsByName.putIfAbsent(organisation.name(), organisation);
    addName(text, organisation);
  }

  /** Returns the organisation of this article with display name {@code name}, or null. */
  ActorRef organisationNamed(String name) {
    return organisationsByName.get(name);
  }

  /** Returns the organisation of this article whose name's initials are {@code acronym} ("GM"), or null. */
  ActorRef organisationWithInitials(String acronym) {
    for (ActorRef organisation : organisationsByName.values()) {
      StringBuilder initials = new StringBuilder();
      for (String word : organisation.name().split("[\\s-]+")) {
        if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
          initials.append(word.charAt(0));
        }
      }
      if (initials.length() >= 2 && initials.toString().equals(acronym)) {
        return organisation;
      }
    }
    return null;
  }

  private void addName(String text, ActorRef actor) {
    List<String> tokens = Tokenizer.tokenize(text, text).stream().map(Token::text).toList();
    if (tokens.isEmpty()) {
      return;
    }
    List<KnownName> names = namesByFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
    KnownName name = new KnownName(tokens, actor);
    if (!names.contains(name)) {
      names.add(name);
      names.sort(Comparator.comparingInt((KnownName n) -> n.tokens().size()).reversed());
    }
  }

  /**
   * Returns the longest name of a person or organisation of this article that starts at token
   * {@code i} of {@code sentence} and is not part of a longer capitalised name, or null.
   */
  NameMatch nameAt(ParsedSentence sentence, int i) {
    List<KnownName> names = namesByFirstToken.get(sentence.token(i).text());
    if (names == null) {
      return null;
    }
    for (KnownName name : names) {
      int end = i + name.tokens().size();
      if (end > sentence.size()) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < name.tokens().size() && same; k++) {
        same = sentence.token(i + k).text().equals(name.tokens().get(k));
      }
      boolean longer = end < sentence.size() && sentence.token(end).isWord() && sentence.token(end).isCapitalised();
      if (same && !longer) {
        return new NameMatch(name.actor(), i, end);
      }
    }
    return null;
  }

  /** Returns the person of this article named {@code fullName} ("Sergei Lavrov"). */
  Optional<ActorRef> personByFullName(String fullName) {
    return Optional.ofNullable(peopleByFullName.get(fullName));
  }

  /** Returns the person of this article with surname {@code surname} ("Lavrov"). */
  Optional<ActorRef> personBySurname(String surname) {
    return Optional.ofNullable(peopleBySurname.get(surname));
  }

  /** True when this article has registered people of its own. */
  boolean hasPeople() {
    return !peopleByFullName.isEmpty();
  }

  /** True when this article has registered people or organisations of its own. */
  boolean hasNames() {
    return !namesByFirstToken.isEmpty();
  }

  /** Records the mentions of sentence {@code index} once it is read; the first person not in a title is its subject. */
  public void endSentence(int index, List<ActorMention> mentions) {
    Set<ActorRef> people = new LinkedHashSet<>();
    ActorRef subject = null;
    for (ActorMention mention : mentions) {
      if (mention.inTitle()) {
        continue;
      }
      mentionOrder.add(mention.actor());
      if (mention.actor().isPerson()) {
        people.add(mention.actor());
        if (subject == null) {
          subject = mention.actor();
        }
      }
    }
    if (!people.isEmpty()) {
      history.add(new SentencePeople(index, List.copyOf(people), subject));
    }
  }

  /** Records that {@code speaker} is the source of a statement in sentence {@code index}. */
  public void noteSpeaker(ActorRef speaker, int index) {
    if (speaker.isPerson()) {
      lastSpeaker = speaker;
      lastSpeakerSentence = index;
    }
  }

  /**
   * Returns the person a "he" or "she" of {@code gender} in sentence {@code index} refers to: the
   * last speaker when the pronoun itself introduces speech, else the only agreeing person of the
   * last sentence that mentioned people, or its subject; empty when it would be a guess.
   */
  Optional<ActorRef> resolvePronoun(Gender gender, boolean asSpeaker, int index) {
    if (asSpeaker && lastSpeaker != null && index - lastSpeakerSentence <= PRONOUN_REACH
        && lastSpeaker.gender().agreesWith(gender)) {
      return Optional.of(lastSpeaker);
    }
    for (int k = history.size() - 1; k >= 0; k--) {
      SentencePeople previous = history.get(k);
      if (previous.sentence() >= index) {
        continue;
      }
      if (index - previous.sentence() > PRONOUN_REACH) {
        return Optional.empty();
      }
      List<ActorRef> agreeing = previous.people().stream().filter(p -> p.gender().agreesWith(gender)).toList();
      if (agreeing.size() == 1) {
        return Optional.of(agreeing.get(0));
      }
      if (agreeing.size() > 1 && previous.subject() != null && previous.subject().gender().agreesWith(gender)) {
        return Optional.of(previous.subject());
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Returns the last {@code count} distinct leaders mentioned, most recent first, or empty when fewer. */
  List<ActorRef> lastLeaders(int count) {
    List<ActorRef> leaders = new ArrayList<>();
    for (int k = mentionOrder.size() - 1; k >= 0 && leaders.size() < count; k--) {
      ActorRef actor = mentionOrder.get(k);
      if (actor.isPerson() && actor.leader() && !leaders.contains(actor)) {
        leaders.add(actor);
      }
    }
    return leaders.size() == count ? leaders : List.of();
  }

  /** Returns the last {@code count} distinct people agreeing with {@code gender}, most recent first, or empty when fewer. */
  List<ActorRef> lastPeople(int count, Gender gender) {
    List<ActorRef> people = new ArrayList<>();
    for (int k = mentionOrder.size() - 1; k >= 0 && people.size() < count; k--) {
      ActorRef actor = mentionOrder.get(k);
      if (actor.isPerson() && actor.gender().agreesWith(gender) && !people.contains(actor)) {
        people.add(actor);
      }
    }
    return people.size() == count ? people : List.of();
  }

  /** Returns the organisation mentioned last, which "the group" refers to. */
  Optional<ActorRef> lastOrganisation() {
    for (int k = mentionOrder.size() - 1; k >= 0; k--) {
      if (mentionOrder.get(k).kind() == ActorKind.ORGANISATION) {
        return Optional.of(mentionOrder.get(k));
      }
    }
    return Optional.empty();
  }
}

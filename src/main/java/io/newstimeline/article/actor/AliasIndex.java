package io.newstimeline.article.actor;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.TextNormaliser;
import io.newstimeline.article.parse.Token;
import io.newstimeline.article.parse.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every alias of every actor, indexed by its first token, so a sentence is matched in one pass:
 * at each token only the aliases starting with that word are tried, longest first. Matching is
 * case-sensitive (so "US" is not "us" and "the North" is not "the north of the city") except for a
 * leading "the".
 */
final class AliasIndex {

  /** Capitalised words that may stand before a short name or place: "President Putin", "Mr Shoigu". */
  private static final Set<String> TITLE_WORDS = Set.of("President", "King", "Queen", "Prince", "Princess", "Mr", "Mrs",
      "Ms", "Miss", "Dr", "Minister", "Secretary", "General", "Gen", "Chairman", "Leader", "Premier", "Chancellor",
      "Ambassador", "Spokesman", "Comrade", "Marshal", "Sir", "Dame", "Lord", "Lady", "Senator", "Governor", "Mayor",
      "Colonel", "Admiral", "Commander", "Chief", "Envoy", "Counsellor", "Deputy");

  /** One alias: its tokens, whom it names and how. Short names and metonyms must stand alone. */
  record Alias(List<String> tokens, ActorRef actor, MentionKind kind, Set<String> zones) {

    boolean standalone() {
      return kind == MentionKind.SHORT_NAME || kind == MentionKind.METONYM;
    }
  }

  /** An alias matched at tokens {@code [first, end)}. */
  record Match(Alias alias, int first, int end) {
  }

  private final Map<String, List<Alias>> byFirstToken = new HashMap<>();
  /** False while every alias starts with a capital or "the", so lower-case words need no lookup. */
  private boolean lowerCaseStarts;

  /** Adds {@code text} as an alias of {@code actor}, valid only in {@code zones} when not empty. */
  void add(String text, ActorRef actor, MentionKind kind, Set<String> zones) {
    String folded = TextNormaliser.fold(text.strip());
    List<String> tokens = Tokenizer.tokenize(folded, folded).stream().map(Token::text).toList();
    if (tokens.isEmpty()) {
      return;
    }
    String first = tokens.get(0);
    lowerCaseStarts |= !Character.isUpperCase(first.charAt(0)) && !key(first).equals("the");
    List<Alias> aliases = byFirstToken.computeIfAbsent(key(first), k -> new ArrayList<>());
    Alias alias = new Alias(tokens, actor, kind, Set.copyOf(zones));
    if (!aliases.contains(alias)) {
      aliases.add(alias);
      aliases.sort(Comparator.comparingInt((Alias a) -> a.tokens().size()).reversed());
    }
  }

  /** Returns the longest alias starting at token {@code i} of {@code sentence} valid for an outlet in {@code zone}. */
  Match longestAt(ParsedSentence sentence, int i, String zone) {
    Token first = sentence.token(i);
    if (!lowerCaseStarts && !first.isCapitalised() && !first.text().equals("the")) {
      return null;
    }
    List<Alias> candidates = byFirstToken.get(key(first.text()));
    if (candidates == null) {
      return null;
    }
    for (Alias alias : candidates) {
      if (!alias.zones().isEmpty() && !alias.zones().contains(zone)) {
        continue;
      }
      int end = i + alias.tokens().size();
      if (end > sentence.size() || !matches(sentence, i, alias)) {
        continue;
      }
      if (alias.standalone() && !standsAlone(sentence, i, end)) {
        continue;
      }
      return new Match(alias, i, end);
    }
    return null;
  }

  private static boolean matches(ParsedSentence sentence, int i, Alias alias) {
    List<String> tokens = alias.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      String text = sentence.token(i + k).text();
      String wanted = tokens.get(k);
      boolean same = k == 0 ? key(text).equals(key(wanted)) : text.equals(wanted);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** A short name or place is not part of a longer name it does not know: "Kim" in "Kim Yo Jong", "Washington Post". */
  private static boolean standsAlone(ParsedSentence sentence, int first, int end) {
    if (end < sentence.size()) {
      Token next = sentence.token(end);
      if (next.isWord() && next.isCapitalised()) {
        return false;
      }
    }
    if (first > 1) {
      Token previous = sentence.token(first - 1);
      if (previous.isWord() && previous.isCapitalised() && !TITLE_WORDS.contains(previous.text())) {
        return false;
      }
    }
    return true;
  }

  private static String key(String token) {
    return token.equals("The") ? "the" : token;
  }
}

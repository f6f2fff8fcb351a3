package io.newstimeline.article.event;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import java.util.List;
import java.util.Set;

/**
 * Marks the tokens of a sentence that do not report a fact: clauses with a modal, a belief or
 * readiness verb or a negation ("are believed to have swapped", "appears ready to provide", "would
 * have been sent", "did not meet"), and noun phrases that are possible, generic or compared
 * ("a possible venue for the meeting", "similar greetings", "any arms deals").
 */
final class Hedges {

  /** Words that hedge the whole comma-delimited clause they stand in. */
  private static final Set<String> CLAUSE_HEDGES = Set.copyOf(List.of("appears", "appear", "appeared", "seems",
      "seem", "seemed", "believed", "thought", "ready", "attempting", "attempt", "attempted", "trying", "tried",
      "seeking", "seeks", "seek", "sought", "looking", "hopes", "hope", "hoping", "hoped", "wants", "want", "wanted",
      "would", "could", "may", "might", "should", "must", "can", "cannot", "aims", "aim", "considering", "consider",
      "if", "unless", "whether", "not", "never", "nor", "refused", "declined", "failed", "possibility", "rumoured",
      "rumored", "speculation", "speculated", "allegedly", "prepared", "willing", "threatening", "likely",
      "unlikely", "possibly", "perhaps", "deny", "denied", "denies", "prohibit", "prohibits", "prohibited",
      "prohibiting", "ban", "bans", "banned", "barred", "forbid", "forbids", "forbidden", "prevent", "prevents",
      "prevented"));
  /** Words that hedge the noun phrase after them. */
  private static final Set<String> PHRASE_HEDGES = Set.copyOf(List.of("possible", "potential", "proposed", "similar",
      "such", "any", "alleged", "no", "future", "hypothetical", "mooted", "prospective", "another", "every", "each",
      "invitation", "invitations", "invited", "invite", "offer", "offered"));
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "while", "whereas", "but", "although",
      "though", "where", "which", "who");
  static final int PHRASE_SCOPE = 6;

  private enum Role { CLAUSE_HEDGE, PHRASE_HEDGE, BREAK }

  /** One lookup per token instead of one per list. */
  private static final java.util.Map<String, Role> ROLES = roles();

  private static java.util.Map<String, Role> roles() {
    java.util.Map<String, Role> roles = new java.util.HashMap<>();
    CLAUSE_HEDGES.forEach(w -> roles.put(w, Role.CLAUSE_HEDGE));
    PHRASE_HEDGES.forEach(w -> roles.put(w, Role.PHRASE_HEDGE));
    CLAUSE_BREAKS.forEach(w -> roles.put(w, Role.BREAK));
    return java.util.Map.copyOf(roles);
  }

  private Hedges() {
  }

  /** Returns, for each token of {@code sentence}, whether it stands in a hedged clause or phrase. */
  static boolean[] of(ParsedSentence sentence) {
    int n = sentence.size();
    boolean[] hedged = new boolean[n];
    int clauseStart = 0;
    boolean clauseHedged = false;
    for (int i = 0; i <= n; i++) {
      Role role = i == n ? Role.BREAK : ROLES.get(sentence.token(i).lower());
      boolean boundary = role == Role.BREAK;
      if (boundary) {
        if (clauseHedged) {
          for (int k = clauseStart; k < i; k++) {
            hedged[k] = true;
          }
        }
        clauseStart = i + 1;
        clauseHedged = false;
        continue;
      }
      Token token = sentence.token(i);
      String w = token.lower();
      if (role == Role.CLAUSE_HEDGE || (w.equals("t") && i > 0 && sentence.token(i - 1).is("'"))) {
        clauseHedged = true;
      }
      if (role == Role.PHRASE_HEDGE) {
        hedged[i] = true;
        int words = 0;
        for (int k = i + 1; k < n && words < PHRASE_SCOPE; k++) {
          Token next = sentence.token(k);
          if (!next.isWord() && !next.is("-") && !next.is("'")) {
            break;
          }
          hedged[k] = true;
          if (next.isWord()) {
            words++;
          }
        }
      }
    }
    return hedged;
  }
}

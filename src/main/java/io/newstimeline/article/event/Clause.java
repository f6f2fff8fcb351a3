package io.newstimeline.article.event;

import io.newstimeline.article.parse.ParsedSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A clause of a sentence, tokens {@code [first, end)}. It {@code continues} the previous clause
 * when it starts with "when", "where" or with a verb after "and"; it {@code sharesSubject} in the
 * latter case.
 */
record Clause(int first, int end, boolean continues, boolean sharesSubject) {

  private static final Set<String> OPENERS = Set.of("and", "but", "while", "whereas", "where", "although", "when");

  /**
   * Splits a sentence into clauses at semicolons, at commas before "and", "but", "while", "where",
   * "when", and at "and" before a trigger ("visited ... and inspected ...").
   */
  static List<Clause> of(SentenceAnalysis sentence) {
    ParsedSentence parsed = sentence.parsed;
    Set<Integer> triggerStarts = new HashSet<>();
    sentence.triggers.forEach(t -> triggerStarts.add(t.first()));
    List<Clause> clauses = new ArrayList<>();
    int start = 0;
    boolean continues = false;
    boolean sharesSubject = false;
    for (int i = 0; i < parsed.size(); i++) {
      String word = parsed.token(i).lower();
      boolean comma = parsed.token(i).is(",") && i + 1 < parsed.size() && !parsed.isQuoted(i)
          && OPENERS.contains(parsed.token(i + 1).lower());
      boolean andVerb = word.equals("and") && triggerStarts.contains(i + 1) && i > start;
      if (parsed.token(i).is(";") || comma || andVerb) {
        clauses.add(new Clause(start, i, continues, sharesSubject));
        start = i + 1;
        String next = start < parsed.size() ? parsed.token(start).lower() : "";
        continues = andVerb || next.equals("when") || next.equals("where");
        sharesSubject = andVerb;
        if (comma && next.equals("and") && triggerStarts.contains(start + 1)) {
          continues = true;
          sharesSubject = true;
        }
      }
    }
    clauses.add(new Clause(start, parsed.size(), continues, sharesSubject));
    return clauses;
  }
}

package io.newstimeline.article.event;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reported speech in a sentence, trying in turn: "according to (a statement read by) X";
 * an attribution at the end ("..., the White House said.", "..., said Mr Kirby."); and one at the
 * start after any adverbials ("Meanwhile, the Government said ...", "At the UN on Wednesday, the
 * US ... urged ...").
 */
final class SpeechDetector {

  static final int MAX_SPEAKER_TOKENS = 14;
  private static final int MAX_TAIL_TOKENS = 12;
  private static final Set<String> ADVERBIAL_OPENERS = Set.of("at", "in", "on", "during", "meanwhile", "however",
      "late", "early", "earlier", "later", "last", "this", "yesterday", "today", "speaking", "separately", "but", "and",
      "also", "after", "before", "following", "elsewhere", "overnight", "then", "now", "since", "as", "while", "with",
      "from", "by", "under", "over", "amid", "despite", "recently", "previously", "still", "instead", "indeed", "so");
  private static final Set<String> BETWEEN_SPEAKER_AND_VERB = Set.of("also", "later", "earlier", "previously",
      "reportedly", "separately", "then", "again", "has", "have", "had", "repeatedly", "once", "publicly", "already",
      "recently", "will", "would", "could", "may", "might");
  private static final Set<String> NOT_IN_SPEAKER = Set.of("that", "which", "who", "whom", "where", "when", "if",
      "because", "to", "is", "are", "was", "were", "be", "been", "being");
  private static final Set<String> TAIL_OPENERS = Set.of("in", "on", "at", "during", "to", "via", "after", "before",
      "while", "when", "yesterday", "today", "tonight", "earlier", "later", "last", "this", "late", "through", "from",
      "as", "shortly", "overnight", "recently", "previously", "again", "too", "also");
  private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should", "must", "to");

  private SpeechDetector() {
  }

  /** Returns the attribution of {@code sentence}, or empty when it reports no speech. */
  static Optional<Attribution> detect(ParsedSentence sentence) {
    int end = contentEnd(sentence);
    Optional<Attribution> according = according(sentence, end);
    if (according.isPresent()) {
      return according;
    }
    Optional<Attribution> after = postposed(sentence, end);
    if (after.isPresent()) {
      return after;
    }
    return preposed(sentence, end);
  }

  /** The end of the sentence without its final punctuation. */
  private static int contentEnd(ParsedSentence sentence) {
    int end = sentence.size();
    while (end > 0 && !sentence.token(end - 1).isWord() && !sentence.token(end - 1).is("\"")) {
      end--;
    }
    return end;
  }

  private static Optional<Attribution> according(ParsedSentence sentence, int end) {
    for (int i = 0; i + 1 < end; i++) {
      if (sentence.isQuoted(i) || !sentence.token(i).lower().equals("according") || !sentence.token(i + 1).lower().equals("to")) {
        continue;
      }
      int speakerFirst = i + 2;
      for (int k = speakerFirst; k < Math.min(end, speakerFirst + 6); k++) {
        if (sentence.token(k).lower().equals("by")) {
          speakerFirst = k + 1;
          break;
        }
        if (sentence.token(k).is(",")) {
          break;
        }
      }
      int speakerEnd = speakerFirst;
      while (speakerEnd < end && !sentence.token(speakerEnd).is(",") && speakerEnd - speakerFirst < MAX_SPEAKER_TOKENS) {
        speakerEnd++;
      }
      if (speakerEnd == speakerFirst) {
        return Optional.empty();
      }
      int contentFirst;
      int contentEnd;
      if (i == 0) {
        contentFirst = Math.min(end, speakerEnd + 1);
        contentEnd = end;
      } else {
        contentFirst = 0;
        contentEnd = sentence.token(i - 1).is(",") ? i - 1 : i;
      }
      return Optional.of(new Attribution(speakerFirst, speakerEnd, i, i + 2, contentFirst, contentEnd,
          SpeechVerbs.Kind.PLAIN, false, false));
    }
    return Optional.empty();
  }

  /** "..., the White House said (on Tuesday)." and "..., said Mr Kirby." */
  private static Optional<Attribution> postposed(ParsedSentence sentence, int end) {
    for (int v = end - 1; v > 0 && end - v <= MAX_TAIL_TOKENS + MAX_SPEAKER_TOKENS; v--) {
      if (sentence.isQuoted(v)) {
        continue;
      }
      int length = verbLength(sentence, v);
      if (length == 0) {
        continue;
      }
      int verbEnd = v + length;
      Token before = sentence.token(v - 1);
      if (before.is(",") || before.is("\"")) {
        // Inverted: "..., said Mr Kirby."
        int speakerEnd = verbEnd;
        while (speakerEnd < end && !sentence.token(speakerEnd).is(",")) {
          speakerEnd++;
        }
        if (speakerEnd > verbEnd && speakerEnd - verbEnd <= MAX_SPEAKER_TOKENS && v - 1 > 0) {
          return Optional.of(attribution(sentence, verbEnd, speakerEnd, v, verbEnd, 0, contentEndBefore(sentence, v - 1)));
        }
        continue;
      }
      if (!isAdverbialTail(sentence, v, verbEnd, end)) {
        continue;
      }
      int boundary = v - 1;
      while (boundary >= 0 && !sentence.token(boundary).is(",") && !sentence.token(boundary).is("\"")
          && v - boundary <= MAX_SPEAKER_TOKENS + 1) {
        boundary--;
      }
      int speakerFirst = boundary + 1;
      int speakerEnd = auxiliariesStart(sentence, speakerFirst, v);
      if (boundary <= 0 || speakerEnd <= speakerFirst || !plausibleSpeaker(sentence, speakerFirst, speakerEnd)) {
        continue;
      }
      return Optional.of(attribution(sentence, speakerFirst, speakerEnd, v, verbEnd, 0, contentEndBefore(sentence, boundary)));
    }
    return Optional.empty();
  }

  /** "Downing Street said ...", "Meanwhile, the Government said ...", "At the UN on Wednesday, the US ... urged ...". */
  private static Optional<Attribution> preposed(ParsedSentence sentence, int end) {
    int start = 0;
    for (int v = 0; v < end; v++) {
      if (sentence.isQuoted(v)) {
        continue;
      }
      int length = verbLength(sentence, v);
      if (length == 0) {
        continue;
      }
      int speakerFirst = skipAdverbials(sentence, start, v);
      int speakerEnd = auxiliariesStart(sentence, speakerFirst, v);
      if (speakerEnd <= speakerFirst || speakerEnd - speakerFirst > MAX_SPEAKER_TOKENS
          || !plausibleSpeaker(sentence, speakerFirst, speakerEnd)) {
        return Optional.empty();
      }
      int contentFirst = v + length;
      if (contentFirst < end && sentence.token(contentFirst).lower().equals("that")) {
        contentFirst++;
      }
      if (contentFirst < end && sentence.token(contentFirst).is(":")) {
        contentFirst++;
      }
      return Optional.of(attribution(sentence, speakerFirst, speakerEnd, v, v + length, contentFirst, end));
    }
    return Optional.empty();
  }

  private static Attribution attribution(ParsedSentence sentence, int speakerFirst, int speakerEnd, int verbFirst,
      int verbEnd, int contentFirst, int contentEnd) {
    String verb = sentence.token(verbFirst).lower();
    boolean perfect = false;
    boolean modal = false;
    for (int k = speakerEnd; k < verbFirst; k++) {
      String w = sentence.token(k).lower();
      perfect |= w.equals("has") || w.equals("have") || w.equals("had");
      modal |= MODALS.contains(w);
    }
    return new Attribution(speakerFirst, speakerEnd, verbFirst, verbEnd, contentFirst, contentEnd,
        SpeechVerbs.kind(verb), perfect, modal);
  }

  private static int verbLength(ParsedSentence sentence, int v) {
    String next = v + 1 < sentence.size() ? sentence.token(v + 1).lower() : null;
    int length = SpeechVerbs.length(sentence.token(v).lower(), next);
    if (length == 0 || sentence.token(v).isCapitalised() && v > 0) {
      return 0;
    }
    // "to say", "would claim": an infinitive is not a report; "the reported plan" is not either.
    if (v > 0 && sentence.token(v - 1).lower().equals("to")) {
      return 0;
    }
    return length;
  }

  /** Where auxiliaries and adverbs between speaker and verb ("has also") begin. */
  private static int auxiliariesStart(ParsedSentence sentence, int speakerFirst, int verb) {
    int k = verb;
    while (k > speakerFirst && BETWEEN_SPEAKER_AND_VERB.contains(sentence.token(k - 1).lower())) {
      k--;
    }
    return k;
  }

  /** Skips leading adverbial phrases closed by a comma ("Meanwhile,", "At the UN on Wednesday,"). */
  private static int skipAdverbials(ParsedSentence sentence, int start, int verb) {
    int first = start;
    while (true) {
      if (first < verb && sentence.token(first).is("\"")) {
        return first;
      }
      int comma = -1;
      for (int k = first; k < verb; k++) {
        if (sentence.token(k).is(",")) {
          comma = k;
          break;
        }
      }
      if (comma < 0 || !ADVERBIAL_OPENERS.contains(sentence.token(first).lower())) {
        return first;
      }
      first = comma + 1;
    }
  }

  /** A speaker phrase is a noun phrase: no clause words, and commas only between listed names. */
  private static boolean plausibleSpeaker(ParsedSentence sentence, int from, int to) {
    if (to - from > MAX_SPEAKER_TOKENS) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token token = sentence.token(k);
      if (sentence.isQuoted(k) || NOT_IN_SPEAKER.contains(token.lower())) {
        return false;
      }
      if (!token.isWord() && !token.is(",") && !token.is("'") && !token.is("-") && !token.is(".")) {
        return false;
      }
    }
    return true;
  }

  /** After a closing attribution only an adverbial may follow: "said in a joint statement", "told reporters on Monday". */
  private static boolean isAdverbialTail(ParsedSentence sentence, int verb, int from, int end) {
    if (from >= end) {
      return true;
    }
    int words = 0;
    for (int k = from; k < end; k++) {
      if (sentence.token(k).is(",") || sentence.token(k).is("\"")) {
        return false;
      }
      if (sentence.token(k).isWord()) {
        words++;
      }
    }
    String first = sentence.token(from).lower();
    boolean told = sentence.token(verb).lower().startsWith("tol") || sentence.token(verb).lower().startsWith("tell");
    return words <= MAX_TAIL_TOKENS && (told || TAIL_OPENERS.contains(first));
  }

  private static int contentEndBefore(ParsedSentence sentence, int boundary) {
    return boundary;
  }
}

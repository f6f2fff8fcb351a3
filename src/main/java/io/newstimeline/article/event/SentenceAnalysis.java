package io.newstimeline.article.event;

import io.newstimeline.article.actor.ActorMention;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.time.AnchoredExpression;
import io.newstimeline.article.time.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the event rules read from one sentence: actor mentions, time expressions, triggers,
 * reported speech, hedged tokens, anchor phrases, and which mentions stand after a peripheral
 * preposition ("against Russia", "in Ukraine").
 */
final class SentenceAnalysis {

  /** Prepositions whose object is a place, target or topic rather than a participant. */
  private static final Set<String> PERIPHERAL = Set.of("against", "with", "in", "into", "to", "for", "on", "about",
      "towards", "toward", "than", "via", "onto", "across", "inside", "within", "near", "throughout", "beyond");
  private static final Set<String> SKIPPED_BEFORE_MENTION = Set.of("the", "a", "an", "both", "all", "fellow");
  private static final Set<String> COORDINATION = Set.of("and", "or", ",", "&");

  final ParsedSentence parsed;
  final List<ActorMention> mentions;
  final List<TimeExpression> times;
  final List<Trigger> triggers;
  final Optional<Attribution> attribution;
  final boolean[] hedged;
  /** Tokens inside the anchor phrase of a relation ("Mr Shoigu's visit" in "following Mr Shoigu's visit"). */
  final boolean[] inAnchor;
  /** Per mention: the index of the peripheral preposition before it, or -1. */
  final int[] peripheralPreposition;

  SentenceAnalysis(ParsedSentence parsed, List<ActorMention> mentions, List<TimeExpression> times,
      List<Trigger> triggers, Optional<Attribution> attribution) {
    this.parsed = parsed;
    this.mentions = mentions;
    this.times = times;
    this.triggers = triggers;
    this.attribution = attribution;
    this.hedged = Hedges.of(parsed);
    this.inAnchor = new boolean[parsed.size()];
    for (TimeExpression time : times) {
      if (time instanceof AnchoredExpression anchored) {
        for (int k = parsed.tokenAt(anchored.start()); k < parsed.size() && parsed.token(k).start() < anchored.end(); k++) {
          inAnchor[k] = true;
        }
      }
    }
    this.peripheralPreposition = peripheralPrepositions();
  }

  int index() {
    return parsed.sentence().index();
  }

  /** Token index where the time expression {@code time} starts. */
  int firstToken(TimeExpression time) {
    return parsed.tokenAt(time.start());
  }

  /** Returns true when token {@code i} may carry a reported event: not quoted, hedged or part of an anchor phrase. */
  boolean isFactual(int i) {
    return !parsed.isQuoted(i) && !hedged[i] && !inAnchor[i];
  }

  /** Returns true when every token of {@code trigger} is factual ("obtaining any arms" is not). */
  boolean isFactual(Trigger trigger) {
    for (int i = trigger.first(); i < trigger.end(); i++) {
      if (!isFactual(i)) {
        return false;
      }
    }
    return true;
  }

  /** The triggers whose first token satisfies {@code region}, in order. */
  List<Trigger> triggersIn(TokenRegion region) {
    List<Trigger> found = new ArrayList<>();
    for (Trigger trigger : triggers) {
      if (region.contains(trigger.first())) {
        found.add(trigger);
      }
    }
    return found;
  }

  /** A comma joins a list only when the list goes on after this mention: "with Russia, China and Iran". */
  private boolean continuesList(ActorMention mention) {
    int next = mention.endToken();
    if (next >= parsed.size()) {
      return false;
    }
    String word = parsed.token(next).lower();
    return word.equals(",") || word.equals("and") || word.equals("or");
  }

  private int[] peripheralPrepositions() {
    int[] result = new int[mentions.size()];
    ActorMention previous = null;
    int previousPreposition = -1;
    for (int m = 0; m < mentions.size(); m++) {
      ActorMention mention = mentions.get(m);
      int p = mention.firstToken() - 1;
      while (p >= 0 && SKIPPED_BEFORE_MENTION.contains(parsed.token(p).lower())) {
        p--;
      }
      int preposition = -1;
      if (p >= 0) {
        String word = parsed.token(p).lower();
        if (previous != null && COORDINATION.contains(word) && previous.endToken() == p
            && (!word.equals(",") || continuesList(mention))) {
          preposition = previousPreposition;
        } else if (previous != null && previous.firstToken() == mention.firstToken()) {
          preposition = previousPreposition;
        } else if (PERIPHERAL.contains(word)) {
          preposition = p;
        }
      }
      result[m] = preposition;
      previous = mention;
      previousPreposition = preposition;
    }
    return result;
  }
}

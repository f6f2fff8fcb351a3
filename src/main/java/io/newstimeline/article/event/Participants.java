package io.newstimeline.article.event;

import io.newstimeline.article.actor.ActorMention;
import io.newstimeline.article.actor.ActorRef;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.EventType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Chooses which of a sentence's actor mentions take part in an event. */
final class Participants {

  /** Prepositions after a trigger that introduce a participant rather than a place: "visit to Pyongyang". */
  private static final Map<EventType, Set<String>> ARGUMENT_PREPOSITIONS = Map.of(
      EventType.VISIT, Set.of("to", "in"),
      EventType.TRAVEL, Set.of("in", "to", "into"),
      EventType.CEREMONY, Set.of("for", "with"),
      EventType.MEETING, Set.of("with"),
      EventType.AGREEMENT, Set.of("with"),
      EventType.COMMUNICATION, Set.of("with", "to"),
      EventType.TRANSACTION, Set.of("to"));
  /** Roles whose holder speaks for the government in their title: "US ambassador to the UN ...". */
  private static final Set<String> ENVOY_ROLES = Set.of("ambassador", "envoy", "representative", "spokesman",
      "spokeswoman", "spokesperson");
  private static final Set<EventType> TRAVEL = Set.of(EventType.VISIT, EventType.TRAVEL);

  private Participants() {
  }

  /**
   * The actors of {@code region} that take part in the draft's event: not quoted, not part of a
   * title or of an anchor phrase, and not after a peripheral preposition unless that preposition
   * introduces the trigger's participant ("visit to Pyongyang"). When none is left, the peripheral
   * ones ("a parade in Pyongyang").
   */
  static List<ActorRef> of(SentenceAnalysis sentence, TokenRegion region, EventDraft draft,
      Set<String> excluded) {
    Set<ActorRef> core = new LinkedHashSet<>();
    Set<ActorRef> peripheral = new LinkedHashSet<>();
    for (int m = 0; m < sentence.mentions.size(); m++) {
      ActorMention mention = sentence.mentions.get(m);
      int first = mention.firstToken();
      if (!region.contains(first) || sentence.parsed.isQuoted(first) || mention.inTitle() || sentence.inAnchor[first]
          || excluded.contains(mention.actor().id())) {
        continue;
      }
      int preposition = sentence.peripheralPreposition[m];
      if (inAddress(sentence, mention)) {
        peripheral.add(mention.actor());
      } else if (preposition < 0 || isArgument(sentence, preposition, draft)) {
        core.add(mention.actor());
      } else {
        peripheral.add(mention.actor());
      }
    }
    // "Kim returned to Pyongyang", "left the North Korean capital": a traveller's own country is a
    // place here, not a participant.
    if (TRAVEL.contains(draft.type)) {
      core.removeIf(actor -> !actor.isPerson() && core.stream().anyMatch(p -> actor.id().equals(p.affiliation())));
    }
    List<ActorRef> result = new ArrayList<>(core.isEmpty() ? peripheral : core);
    if (draft.calendar != null && draft.calendar.ruleName().equals("national-day")) {
      for (ActorMention mention : sentence.mentions) {
        if (mention.start() >= draft.calendar.start() && mention.end() <= draft.calendar.end()
            && !result.contains(mention.actor())) {
          result.add(mention.actor());
        }
      }
    }
    return result;
  }

  /** "near Seattle, Washington,", "in Cupertino, California": a state or country after a town names a place. */
  private static boolean inAddress(SentenceAnalysis sentence, ActorMention mention) {
    int first = mention.firstToken();
    if (mention.actor().isPerson() || first < 2 || !sentence.parsed.token(first - 1).is(",")) {
      return false;
    }
    var town = sentence.parsed.token(first - 2);
    if (!town.isWord() || !town.isCapitalised()) {
      return false;
    }
    for (ActorMention other : sentence.mentions) {
      if (other.firstToken() <= first - 2 && other.endToken() > first - 2) {
        return false; // "Airbus, Boeing": a list of actors
      }
    }
    int after = mention.endToken();
    return after >= sentence.parsed.size() || !sentence.parsed.token(after).isWord();
  }

  static boolean isArgument(SentenceAnalysis sentence, int preposition, EventDraft draft) {
    Set<String> arguments = ARGUMENT_PREPOSITIONS.get(draft.type);
    return arguments != null && preposition >= draft.triggerEnd - 1 && preposition <= draft.triggerEnd + 1
        && arguments.contains(sentence.parsed.token(preposition).lower());
  }

  /** "US ambassador to the UN Linda Thomas-Greenfield": an envoy's statement is also their government's. */
  static void addEnvoyGovernments(SentenceAnalysis sentence, Attribution at, EventDraft draft) {
    boolean envoy = false;
    for (int k = at.speakerFirst(); k < at.speakerEnd(); k++) {
      envoy |= ENVOY_ROLES.contains(sentence.parsed.token(k).lower());
    }
    if (!envoy) {
      return;
    }
    for (ActorMention mention : sentence.mentions) {
      if (at.inSpeaker(mention.firstToken()) && mention.inTitle() && mention.actor().kind() == ActorKind.GOVERNMENT
          && !draft.actors.contains(mention.actor())) {
        draft.actors.add(mention.actor());
      }
    }
  }

  /** The actors mentioned before the trigger: the clause's subject, which a following "and <verb>" shares. */
  static List<ActorRef> subjectOf(SentenceAnalysis sentence, EventDraft draft) {
    List<ActorRef> subject = new ArrayList<>();
    for (ActorMention mention : sentence.mentions) {
      if (mention.firstToken() < draft.triggerFirst && draft.region.contains(mention.firstToken())
          && draft.actors.contains(mention.actor()) && !subject.contains(mention.actor())) {
        subject.add(mention.actor());
      }
    }
    return subject;
  }
}

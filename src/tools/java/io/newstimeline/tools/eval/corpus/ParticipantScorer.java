package io.newstimeline.tools.eval.corpus;

import io.newstimeline.tools.eval.cat.CatDocument;
import io.newstimeline.tools.eval.cat.CatInstance;
import io.newstimeline.tools.eval.cat.CatMention;
import io.newstimeline.tools.eval.cat.CatRelation;
import io.newstimeline.tools.eval.cat.CatText;
import io.newstimeline.article.event.TracedEvent;
import io.newstimeline.avro.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the actors of extracted events against MEANTIME's HAS_PARTICIPANT relations.
 *
 * <p>An extracted event <em>finds</em> a gold event mention of the annotated sentences when its
 * trigger (for a statement, the speech verb) overlaps the mention's tokens; each gold mention is
 * found at most once. The gold participants of a found mention are the entity instances its
 * HAS_PARTICIPANT relations point to (through REFERS_TO) that are people or organisations
 * ({@code ent_type} PER or ORG) named somewhere in the document (a mention of syntactic type NAM):
 * the kinds of actor the timeline tracks, whatever their semantic role. An extracted actor and a
 * gold participant pair up when one of the actor's mentions in the evidence sentence overlaps a
 * mention of the participant, or else when their names agree (every word of the shorter name is in
 * the longer, ignoring case and legal forms: "Apple" and "Apple Inc."). Pairs are one to one.
 * Precision is paired actors over all actors of the found events, recall paired participants over
 * all gold participants of the found mentions.
 */
public final class ParticipantScorer {

  private static final Set<String> ACTOR_TYPES = Set.of("PER", "ORG");
  private static final Set<String> NAMED = Set.of("NAM", "PRE.NAM");
  private static final Set<String> IGNORED_WORDS = Set.of("inc", "corp", "corporation", "co", "ltd", "company",
      "plc", "llc", "the", "of", "and", "generic", "resource", "http", "dbpedia", "org", "www", "en", "wikipedia",
      "wiki");

  private final int annotatedSentences;

  /** A scorer of events in sentences numbered below {@code annotatedSentences} (title = 0). */
  public ParticipantScorer(int annotatedSentences) {
    this.annotatedSentences = annotatedSentences;
  }

  /** Returns the participant scores of {@code events}, extracted from {@code text}, adding a line to {@code misses} per mismatch. */
  public ParticipantScore score(CatDocument document, CatText text, List<TracedEvent> events, List<String> misses) {
    Gold gold = new Gold(document);
    int regionEnd = text.sentenceBegin(annotatedSentences);
    Set<String> usedMentions = new HashSet<>();
    ParticipantScore score = ParticipantScore.NONE;
    for (TracedEvent traced : events) {
      if (traced.triggerStart() >= regionEnd) {
        continue;
      }
      CatMention found = null;
      for (CatMention mention : document.eventMentions()) {
        if (!usedMentions.contains(mention.id()) && !mention.tokenIds().isEmpty()
            && overlaps(text, mention, traced.triggerStart(), traced.triggerEnd())) {
          found = mention;
          break;
        }
      }
      if (found == null) {
        continue;
      }
      usedMentions.add(found.id());
      List<CatInstance> participants = gold.participants(found);
      List<Actor> actors = distinct(traced.event().getActors());
      int matched = pair(document, text, traced, actors, participants, gold);
      score = score.plus(new ParticipantScore(1, actors.size(), participants.size(), matched));
      if (matched < actors.size() || matched < participants.size()) {
        misses.add(String.format("actors %s: \"%s\" extracted %s, gold %s", document.name(),
            document.words(found.tokenIds()), actors.stream().map(Actor::getName).toList(),
            participants.stream().map(CatInstance::descriptor).toList()));
      }
    }
    return score;
  }

  private static List<Actor> distinct(List<Actor> actors) {
    Map<String, Actor> byId = new HashMap<>();
    List<Actor> out = new ArrayList<>();
    for (Actor actor : actors) {
      if (byId.putIfAbsent(actor.getId(), actor) == null) {
        out.add(actor);
      }
    }
    return out;
  }

  /** Greedy one-to-one pairing, mention overlaps before name agreement. */
  private static int pair(CatDocument document, CatText text, TracedEvent traced, List<Actor> actors,
      List<CatInstance> participants, Gold gold) {
    boolean[] actorUsed = new boolean[actors.size()];
    boolean[] participantUsed = new boolean[participants.size()];
    int matched = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int a = 0; a < actors.size(); a++) {
        for (int p = 0; p < participants.size() && !actorUsed[a]; p++) {
          if (participantUsed[p]) {
            continue;
          }
          boolean same = pass == 0
              ? spansOverlap(text, traced, actors.get(a).getId(), gold.mentionsOf(participants.get(p)))
              : namesAgree(actors.get(a).getName(), gold.names(participants.get(p)));
          if (same) {
            actorUsed[a] = true;
            participantUsed[p] = true;
            matched++;
          }
        }
      }
    }
    return matched;
  }

  private static boolean spansOverlap(CatText text, TracedEvent traced, String actorId, List<CatMention> mentions) {
    for (TracedEvent.ActorSpan span : traced.actorSpans()) {
      if (!span.actorId().equals(actorId)) {
        continue;
      }
      for (CatMention mention : mentions) {
        if (!mention.tokenIds().isEmpty() && overlaps(text, mention, span.start(), span.end())) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when every word of the shorter of {@code name} and one of {@code names} is in the longer. */
  static boolean namesAgree(String name, List<String> names) {
    Set<String> actorWords = words(name);
    if (actorWords.isEmpty()) {
      return false;
    }
    for (String other : names) {
      Set<String> otherWords = words(other);
      if (!otherWords.isEmpty() && (otherWords.containsAll(actorWords) || actorWords.containsAll(otherWords))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String name) {
    Set<String> words = new LinkedHashSet<>(Arrays.asList(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    words.remove("");
    words.removeAll(IGNORED_WORDS);
    return words;
  }

  private static boolean overlaps(CatText text, CatMention mention, int start, int end) {
    for (int token : mention.tokenIds()) {
      if (text.begin(token) < end && start < text.end(token)) {
        return true;
      }
    }
    return false;
  }

  /** The document's participant annotation, indexed. */
  private static final class Gold {

    private final Map<String, CatMention> entityMentions = new HashMap<>();
    private final Map<String, CatInstance> instanceOfMention = new HashMap<>();
    private final Map<String, List<CatMention>> mentionsOfInstance = new HashMap<>();
    private final Map<String, List<String>> participantMentions = new HashMap<>();
    private final Set<String> namedInstances = new HashSet<>();

    Gold(CatDocument document) {
      Map<String, Object> byId = document.markablesById();
      document.entityMentions().forEach(m -> entityMentions.put(m.id(), m));
      for (CatRelation relation : document.relations(CatRelation.Type.REFERS_TO)) {
        if (!(byId.get(relation.target()) instanceof CatInstance instance)) {
          continue;
        }
        for (String source : relation.sources()) {
          CatMention mention = entityMentions.get(source);
          if (mention == null) {
            continue;
          }
          instanceOfMention.put(source, instance);
          mentionsOfInstance.computeIfAbsent(instance.id(), k -> new ArrayList<>()).add(mention);
          if (NAMED.contains(mention.attribute("syntactic_type"))) {
            namedInstances.add(instance.id());
          }
        }
      }
      for (CatRelation relation : document.relations(CatRelation.Type.HAS_PARTICIPANT)) {
        participantMentions.computeIfAbsent(relation.source(), k -> new ArrayList<>()).add(relation.target());
      }
    }

    /** The named people and organisations taking part in event mention {@code event}, once each. */
    List<CatInstance> participants(CatMention event) {
      Map<String, CatInstance> instances = new java.util.LinkedHashMap<>();
      for (String target : participantMentions.getOrDefault(event.id(), List.of())) {
        CatInstance instance = instanceOfMention.get(target);
        if (instance != null && ACTOR_TYPES.contains(instance.attribute("ent_type"))
            && namedInstances.contains(instance.id())) {
          instances.putIfAbsent(instance.id(), instance);
        }
      }
      return List.copyOf(instances.values());
    }

    List<CatMention> mentionsOf(CatInstance instance) {
      return mentionsOfInstance.getOrDefault(instance.id(), List.of());
    }

    /** The instance's descriptor and the name in its external reference ("Apple_Inc."). */
    List<String> names(CatInstance instance) {
      List<String> names = new ArrayList<>();
      names.add(instance.descriptor());
      String reference = instance.attribute("external_ref").strip();
      if (!reference.isEmpty()) {
        names.add(reference.substring(reference.lastIndexOf('/') + 1).replace('_', ' '));
      }
      return names;
    }
  }
}

package io.newstimeline.article.event;

import io.newstimeline.article.actor.ActorMention;
import io.newstimeline.article.actor.ActorRecognizer;
import io.newstimeline.article.actor.ActorRef;
import io.newstimeline.article.actor.ArticleDiscourse;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Sentence;
import io.newstimeline.article.time.CalendarExpression;
import io.newstimeline.article.time.TemporalNormaliser;
import io.newstimeline.article.time.Tense;
import io.newstimeline.article.time.TenseDetector;
import io.newstimeline.article.time.TimeExpression;
import io.newstimeline.avro.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one article's sentences, in order, into event drafts: reported speech becomes a statement
 * (and the reported event when the speech dates it), other sentences one event per clause. Keeps
 * what the article has told so far (actors, speakers, statements); one per article, not shared.
 */
final class ArticleReader {

  /** Words before a trigger that point back at an event already told ("at that meeting"), not a new one. */
  private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "these", "those", "same");
  private static final Set<String> MEDIA = Set.of("media", "newspaper", "newspapers", "broadcaster", "television",
      "tv", "outlet", "outlets", "reports", "radio");
  /** Event types with one agent, whose agent a later statement about "the message" involves. */
  private static final Set<EventType> SINGLE_AGENT = Set.of(EventType.VISIT, EventType.COMMUNICATION,
      EventType.TRAVEL, EventType.DEATH, EventType.UNREST);

  private final ActorRecognizer actors;
  private final TemporalNormaliser times;
  private final TriggerLexicon triggers;
  private final ArticleDiscourse discourse;
  private final List<EventDraft> drafts = new ArrayList<>();
  private final List<EventDraft> statements = new ArrayList<>();

  ArticleReader(ActorRecognizer actors, TemporalNormaliser times, TriggerLexicon triggers, ArticleDiscourse discourse) {
    this.actors = actors;
    this.times = times;
    this.triggers = triggers;
    this.discourse = discourse;
  }

  /** Returns the drafts of {@code sentences}, read in order, undated. */
  List<EventDraft> read(List<ParsedSentence> sentences) {
    actors.scanNames(sentences, discourse);
    for (ParsedSentence sentence : sentences) {
      read(sentence);
    }
    return drafts;
  }

  /** Reads one sentence into drafts, then records its mentions for the sentences after it. */
  private void read(ParsedSentence parsed) {
    Sentence sentence = parsed.sentence();
    List<TimeExpression> found = times.find(parsed);
    Optional<Attribution> speech = SpeechDetector.detect(parsed).map(at -> withSpeechTime(parsed, at, found));
    List<ActorMention> mentions = new ArrayList<>(actors.recognise(parsed, discourse));
    speech.ifPresent(at -> addUntitledSpeaker(parsed, at, mentions));
    SentenceAnalysis analysis = new SentenceAnalysis(parsed, mentions, found, triggers.find(parsed), speech);
    if (speech.isPresent()) {
      readSpeech(analysis, speech.get());
    } else {
      readClauses(analysis, 0, parsed.size());
    }
    discourse.endSentence(sentence.index(), mentions);
  }

  /** "said on Monday that ...": a date right after the speech verb dates the saying, not what was said. */
  static Attribution withSpeechTime(ParsedSentence parsed, Attribution at, List<TimeExpression> found) {
    if (at.contentFirst() != at.verbEnd()) {
      return at;
    }
    for (TimeExpression time : found) {
      if (time instanceof CalendarExpression calendar && calendar.datesEvents()
          && parsed.tokenAt(time.start()) == at.contentFirst()) {
        int next = parsed.tokenAt(time.end());
        if (next < at.contentEnd() && parsed.token(next).lower().equals("that")) {
          next++;
        }
        return at.withContentFirst(next);
      }
    }
    return at;
  }

  /** "..., said Anna Petrova.": a speaker known by name alone becomes a person of the article. */
  private void addUntitledSpeaker(ParsedSentence parsed, Attribution at, List<ActorMention> mentions) {
    for (ActorMention mention : mentions) {
      if (at.inSpeaker(mention.firstToken())) {
        return;
      }
    }
    actors.personNamed(parsed, at.speakerFirst(), at.speakerEnd(), discourse).ifPresent(mention -> {
      mentions.add(mention);
      mentions.sort(Comparator.comparingInt(ActorMention::start));
    });
  }

  /** Reported speech: the statement and its dated content, or the content as fact when no actor is its source. */
  private void readSpeech(SentenceAnalysis sentence, Attribution at) {
    List<ActorRef> speakers = new ArrayList<>();
    Set<String> affiliations = new HashSet<>();
    ActorMention firstPerson = null;
    for (ActorMention mention : sentence.mentions) {
      if (!at.inSpeaker(mention.firstToken()) || mention.inTitle()) {
        continue;
      }
      if (firstPerson != null && !mention.actor().isPerson() && firstPerson.endToken() < sentence.parsed.size()
          && sentence.parsed.token(firstPerson.endToken()).is(",")) {
        // "Scott Carson, president and CEO of Boeing Commercial Airplanes, said": his affiliation.
        affiliations.add(mention.actor().id());
      } else if (!speakers.contains(mention.actor())) {
        speakers.add(mention.actor());
      }
      if (firstPerson == null && mention.actor().isPerson()) {
        firstPerson = mention;
      }
    }
    speakers.stream().filter(ActorRef::isPerson).findFirst()
        .ifPresent(person -> discourse.noteSpeaker(person, sentence.index()));
    if (speakers.isEmpty() || isMedia(sentence, at)) {
      // "..., Western officials say.", "..., state media reported.": sourcing, so what was said is told as fact.
      readClauses(sentence, at.contentFirst(), at.contentEnd());
      return;
    }
    statement(sentence, at, speakers, affiliations);
    reportedEvent(sentence, at, speakers);
  }

  /** The statement itself, dated when it was said: the publication day unless the sentence dates it. */
  private void statement(SentenceAnalysis sentence, Attribution at, List<ActorRef> speakers,
      Set<String> affiliations) {
    if (at.perfect() || at.modal()) {
      return;
    }
    String verb = sentence.parsed.token(at.verbFirst()).lower();
    Tense tense = SpeechVerbs.isPresent(verb) ? Tense.PRESENT : Tense.PAST;
    EventDraft draft = new EventDraft(sentence, EventType.STATEMENT, at.verbFirst(), at.verbEnd(),
        i -> !at.inContent(i), tense);
    draft.calendar = EventDating.nearestCalendar(draft);
    boolean dated = draft.calendar != null;
    if (at.kind() == SpeechVerbs.Kind.DENIAL && !dated) {
      return;
    }
    boolean direct = isDirectQuote(sentence, at);
    if ((direct || at.kind() == SpeechVerbs.Kind.CONTINUATION) && !dated && hasEarlierStatementBy(speakers)) {
      return;
    }
    draft.actors.addAll(speakers);
    for (ActorRef actor : Participants.of(sentence, i -> true, draft, affiliations)) {
      if (!draft.actors.contains(actor)) {
        draft.actors.add(actor);
      }
    }
    Participants.addEnvoyGovernments(sentence, at, draft);
    addTopicAgent(sentence, at, draft, speakers);
    Set<String> ids = new HashSet<>();
    speakers.forEach(s -> ids.add(s.id()));
    draft.speakerIds = Set.copyOf(ids);
    statements.add(draft);
    drafts.add(draft);
  }

  /** The event a statement reports, when the statement itself dates it ("during a recent visit"). */
  private void reportedEvent(SentenceAnalysis sentence, Attribution at, List<ActorRef> speakers) {
    TokenRegion content = at::inContent;
    TokenRegion dated = EventDating.contentWithOpeningDate(sentence, at);
    for (Trigger trigger : sentence.triggersIn(content)) {
      if (!isEventMention(sentence, trigger)) {
        continue;
      }
      EventDraft draft = new EventDraft(sentence, trigger.type(), trigger.first(), trigger.end(), dated,
          TenseDetector.of(sentence.parsed, at.contentFirst(), at.contentEnd()));
      EventDating.chooseTimes(draft);
      if (draft.calendar == null && draft.anchored == null) {
        return;
      }
      Set<String> speakerIds = new HashSet<>();
      speakers.forEach(s -> speakerIds.add(s.id()));
      draft.actors.addAll(Participants.of(sentence, content, draft, speakerIds));
      if (!draft.actors.isEmpty()) {
        drafts.add(draft);
        addDurationEvent(sentence, draft, content, speakerIds);
      }
      return;
    }
  }

  /**
   * Sentences without reported speech (or tokens {@code [from, to)} of one whose source is no
   * actor): one event per clause, from its first factual trigger. A
   * clause that continues the previous one ("... on Friday and inspected ...", "..., when he met
   * ...") borrows its date when it has none, and its subject when it starts with the verb.
   */
  private void readClauses(SentenceAnalysis sentence, int from, int to) {
    EventDraft previous = null;
    List<ActorRef> previousSubject = List.of();
    for (Clause whole : Clause.of(sentence)) {
      Clause clause = new Clause(Math.max(from, whole.first()), Math.min(to, whole.end()), whole.continues(),
          whole.sharesSubject());
      if (clause.first() >= clause.end()) {
        continue;
      }
      TokenRegion region = TokenRegion.between(clause.first(), clause.end());
      EventDraft draft = null;
      for (Trigger trigger : sentence.triggersIn(region)) {
        if (isEventMention(sentence, trigger)) {
          draft = new EventDraft(sentence, trigger.type(), trigger.first(), trigger.end(), region,
              TenseDetector.of(sentence.parsed, clause.first(), clause.end()));
          break;
        }
      }
      if (draft == null) {
        previous = null;
        continue;
      }
      EventDating.chooseTimes(draft);
      if (clause.continues() && previous != null && draft.calendar == null && draft.anchored == null) {
        draft.calendar = previous.calendar;
        draft.anchored = previous.anchored;
      }
      boolean timeless = draft.tense == Tense.PRESENT || draft.tense == Tense.FUTURE;
      if (draft.calendar == null && draft.anchored == null && timeless) {
        previous = null;
        continue;
      }
      if (clause.sharesSubject()) {
        draft.actors.addAll(previousSubject);
      }
      for (ActorRef actor : Participants.of(sentence, region, draft, Set.of())) {
        if (!draft.actors.contains(actor)) {
          draft.actors.add(actor);
        }
      }
      if (!draft.actors.isEmpty()) {
        drafts.add(draft);
        addDurationEvent(sentence, draft, region, Set.of());
      }
      previousSubject = Participants.subjectOf(sentence, draft);
      previous = draft;
    }
  }

  /** A trigger names a new event unless it is quoted, hedged, in an anchor phrase or points back ("that meeting"). */
  private boolean isEventMention(SentenceAnalysis sentence, Trigger trigger) {
    if (trigger.type() == EventType.STATEMENT || !sentence.isFactual(trigger)) {
      return false;
    }
    int before = trigger.first() - 1;
    return before < 0 || !DEMONSTRATIVES.contains(sentence.parsed.token(before).lower());
  }

  /**
   * "arrived on Wednesday for a two-day visit": the duration names an event of its own (the
   * visit), which starts on the clause's date; the arrival keeps its single day.
   */
  private void addDurationEvent(SentenceAnalysis sentence, EventDraft draft, TokenRegion region,
      Set<String> excluded) {
    if (draft.duration == null) {
      return;
    }
    int from = sentence.parsed.tokenAt(draft.duration.start());
    int to = sentence.parsed.tokenAt(draft.duration.end());
    for (Trigger trigger : sentence.triggers) {
      if (trigger.first() < from || trigger.first() >= to || trigger.type() == draft.type
          || trigger.type() == EventType.STATEMENT) {
        continue;
      }
      EventDraft lasting = new EventDraft(sentence, trigger.type(), trigger.first(), trigger.end(), region, draft.tense);
      lasting.calendar = draft.calendar;
      lasting.anchored = draft.anchored;
      lasting.duration = draft.duration;
      draft.duration = null;
      lasting.actors.addAll(draft.actors);
      for (ActorRef actor : Participants.of(sentence, region, lasting, excluded)) {
        if (!lasting.actors.contains(actor)) {
          lasting.actors.add(actor);
        }
      }
      drafts.add(lasting);
      return;
    }
  }

  /** "X played down the significance of the message": a statement about an earlier event names that event's agent. */
  private void addTopicAgent(SentenceAnalysis sentence, Attribution at, EventDraft draft, List<ActorRef> speakers) {
    if (draft.actors.size() > speakers.size()) {
      return;
    }
    for (Trigger trigger : sentence.triggersIn(at::inContent)) {
      int before = trigger.first() - 1;
      if (trigger.type() == EventType.STATEMENT || before < 0
          || !Repeats.DEFINITE.contains(sentence.parsed.token(before).lower())) {
        continue;
      }
      for (int k = drafts.size() - 1; k >= 0; k--) {
        EventDraft earlier = drafts.get(k);
        if (earlier.type == trigger.type() && !earlier.actors.isEmpty()) {
          ActorRef agent = earlier.actors.get(0);
          if (SINGLE_AGENT.contains(earlier.type) && !draft.actors.contains(agent)) {
            draft.actors.add(agent);
          }
          return;
        }
      }
    }
  }

  /** "according to Russian state media", "the North's state media said": news reports are sourcing, not statements. */
  private boolean isMedia(SentenceAnalysis sentence, Attribution at) {
    for (int k = at.speakerFirst(); k < at.speakerEnd(); k++) {
      String word = sentence.parsed.token(k).lower();
      boolean newsAgency = word.equals("agency") && k > 0 && sentence.parsed.token(k - 1).lower().equals("news");
      if (MEDIA.contains(word) || newsAgency) {
        return true;
      }
    }
    return false;
  }

  private boolean isDirectQuote(SentenceAnalysis sentence, Attribution at) {
    boolean any = false;
    for (int k = at.contentFirst(); k < at.contentEnd(); k++) {
      if (sentence.parsed.token(k).isWord()) {
        if (!sentence.parsed.isQuoted(k)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private boolean hasEarlierStatementBy(List<ActorRef> speakers) {
    for (EventDraft earlier : statements) {
      for (ActorRef speaker : speakers) {
        if (earlier.speakerIds.contains(speaker.id())) {
          return true;
        }
      }
    }
    return false;
  }
}

package io.newstimeline.article.event;

import io.newstimeline.article.actor.ActorMention;
import io.newstimeline.article.actor.ActorRecognizer;
import io.newstimeline.article.actor.ActorRef;
import io.newstimeline.article.actor.ArticleDiscourse;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.parse.ArticleSentences;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Sentence;
import io.newstimeline.article.time.AnchoredExpression;
import io.newstimeline.article.time.CalendarExpression;
import io.newstimeline.article.time.DateInterval;
import io.newstimeline.article.time.DurationExpression;
import io.newstimeline.article.time.TemporalContext;
import io.newstimeline.article.time.TemporalNormaliser;
import io.newstimeline.article.time.Tense;
import io.newstimeline.article.time.TenseDetector;
import io.newstimeline.article.time.TimeExpression;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventOrigin;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an article into the dated events it reports, sentence by sentence: reported speech becomes
 * a STATEMENT dated when it was said (the publication day unless dated), plus the reported event
 * when the speech dates it itself ("during a recent visit"); other sentences yield one event per
 * clause from their first factual trigger. Events dated against another event ("following Mr
 * Shoigu's visit") point at it with {@code after}. Deterministic and clock-free; one instance may
 * serve many threads.
 */
public final class EventExtractor {

  /** Prepositions after a trigger that introduce a participant rather than a place: "visit to Pyongyang". */
  private static final Map<EventType, Set<String>> ARGUMENT_PREPOSITIONS = Map.of(
      EventType.VISIT, Set.of("to", "in"),
      EventType.ARRIVAL, Set.of("in", "to"),
      EventType.MEETING, Set.of("with"),
      EventType.NEGOTIATION, Set.of("with"),
      EventType.LETTER_EXCHANGE, Set.of("with"),
      EventType.MESSAGE, Set.of("to"),
      EventType.ARMS_TRANSFER, Set.of("to"));
  /** Roles whose holder speaks for the government in their title: "US ambassador to the UN ...". */
  private static final Set<String> ENVOY_ROLES = Set.of("ambassador", "envoy", "representative", "spokesman",
      "spokeswoman", "spokesperson");
  private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "whereas", "where", "although",
      "when");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "his", "her", "their", "its");
  /** Words before a trigger that point back at an event already told ("at that meeting"), not a new one. */
  private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "these", "those", "same");
  private static final Set<String> MEDIA = Set.of("media", "agency", "newspaper", "newspapers", "broadcaster",
      "television", "tv", "outlet", "outlets", "reports", "radio");
  private static final Set<EventType> TRAVEL = Set.of(EventType.VISIT, EventType.ARRIVAL, EventType.DEPARTURE);
  /** Event types with one agent, whose agent a later statement about "the message" involves. */
  private static final Set<EventType> SINGLE_AGENT = Set.of(EventType.VISIT, EventType.MESSAGE, EventType.DEPARTURE,
      EventType.ARRIVAL, EventType.ATTENDANCE, EventType.DEATH, EventType.MUTINY, EventType.PARADE);

  private final ActorRecognizer actors;
  private final TemporalNormaliser times;
  private final TriggerLexicon triggers;

  /** An extractor with the standard trigger lexicon and temporal rules for the actors of {@code gazetteer}. */
  public EventExtractor(Gazetteer gazetteer) {
    this(gazetteer, TriggerLexicon.standard(), TemporalNormaliser.standard(gazetteer.nationalDays()));
  }

  /** An extractor with its own trigger lexicon and temporal rules. */
  public EventExtractor(Gazetteer gazetteer, TriggerLexicon triggers, TemporalNormaliser times) {
    this.actors = new ActorRecognizer(gazetteer, SpeechVerbs.words());
    this.triggers = triggers;
    this.times = times;
  }

  /** Returns the events {@code article} reports, in the order of their evidence, with {@code origin=EXTRACTED}. */
  public List<NewsEvent> extract(Article article) {
    return new Run(article).events();
  }

  /** The state of one article's extraction. */
  private final class Run {

    private final Article article;
    private final LocalDate published;
    private final ArticleDiscourse discourse;
    private final List<EventDraft> drafts = new ArrayList<>();
    private final List<EventDraft> statements = new ArrayList<>();

    Run(Article article) {
      this.article = article;
      ZoneId zone = ZoneId.of(article.getTimezone());
      this.published = LocalDate.ofInstant(article.getPublished(), zone);
      this.discourse = new ArticleDiscourse(zone.getId());
    }

    List<NewsEvent> events() {
      for (ParsedSentence sentence : ArticleSentences.parse(article)) {
        read(sentence);
      }
      Set<String> ids = new HashSet<>();
      for (EventDraft draft : drafts) {
        String id = EventIds.of(article.getId(), draft.sentence.parsed.sentence().start(), draft.type);
        // A second event of the same type in one sentence ("visited ... and inspected ...") gets a suffix.
        for (int n = 2; !ids.add(id); n++) {
          id = EventIds.of(article.getId(), draft.sentence.parsed.sentence().start(), draft.type) + ":" + n;
        }
        draft.id = id;
      }
      dateFromCalendar();
      dateFromAnchors();
      dateFromTense();
      List<NewsEvent> events = new ArrayList<>();
      for (EventDraft draft : withoutRepeats()) {
        if (draft.date != null && !draft.actors.isEmpty()) {
          events.add(toEvent(draft));
        }
      }
      return events;
    }

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
    private Attribution withSpeechTime(ParsedSentence parsed, Attribution at, List<TimeExpression> found) {
      if (at.contentFirst() != at.verbEnd()) {
        return at;
      }
      for (TimeExpression time : found) {
        if (time instanceof CalendarExpression && parsed.tokenAt(time.start()) == at.contentFirst()) {
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

    private void readSpeech(SentenceAnalysis sentence, Attribution at) {
      List<ActorRef> speakers = new ArrayList<>();
      for (ActorMention mention : sentence.mentions) {
        if (at.inSpeaker(mention.firstToken()) && !mention.inTitle() && !speakers.contains(mention.actor())) {
          speakers.add(mention.actor());
        }
      }
      speakers.stream().filter(ActorRef::isPerson).findFirst()
          .ifPresent(person -> discourse.noteSpeaker(person, sentence.index()));
      if (speakers.isEmpty() || isMedia(sentence, at)) {
        // "..., Western officials say.", "..., state media reported.": sourcing, so what was said is told as fact.
        readClauses(sentence, at.contentFirst(), at.contentEnd());
        return;
      }
      statement(sentence, at, speakers);
      reportedEvent(sentence, at, speakers);
    }

    /** The statement itself, dated when it was said: the publication day unless the sentence dates it. */
    private void statement(SentenceAnalysis sentence, Attribution at, List<ActorRef> speakers) {
      if (at.perfect() || at.modal()) {
        return;
      }
      String verb = sentence.parsed.token(at.verbFirst()).lower();
      Tense tense = SpeechVerbs.isPresent(verb) ? Tense.PRESENT : Tense.PAST;
      EventDraft draft = new EventDraft(sentence, EventType.STATEMENT, at.verbFirst(), at.verbEnd(),
          i -> !at.inContent(i), tense);
      draft.calendar = nearestCalendar(draft);
      boolean dated = draft.calendar != null;
      if (at.kind() == SpeechVerbs.Kind.DENIAL && !dated) {
        return;
      }
      boolean direct = isDirectQuote(sentence, at);
      if ((direct || at.kind() == SpeechVerbs.Kind.CONTINUATION) && !dated && hasEarlierStatementBy(speakers)) {
        return;
      }
      draft.actors.addAll(speakers);
      for (ActorRef actor : participants(sentence, i -> true, draft, Set.of())) {
        if (!draft.actors.contains(actor)) {
          draft.actors.add(actor);
        }
      }
      addEnvoyGovernments(sentence, at, draft);
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
      for (Trigger trigger : sentence.triggersIn(content)) {
        if (!isEventMention(sentence, trigger)) {
          continue;
        }
        EventDraft draft = new EventDraft(sentence, trigger.type(), trigger.first(), trigger.end(), content,
            TenseDetector.of(sentence.parsed, at.contentFirst(), at.contentEnd()));
        chooseTimes(draft);
        if (draft.calendar == null && draft.anchored == null) {
          return;
        }
        Set<String> speakerIds = new HashSet<>();
        speakers.forEach(s -> speakerIds.add(s.id()));
        draft.actors.addAll(participants(sentence, content, draft, speakerIds));
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
      for (Clause whole : clauses(sentence)) {
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
        chooseTimes(draft);
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
        for (ActorRef actor : participants(sentence, region, draft, Set.of())) {
          if (!draft.actors.contains(actor)) {
            draft.actors.add(actor);
          }
        }
        if (!draft.actors.isEmpty()) {
          drafts.add(draft);
          addDurationEvent(sentence, draft, region, Set.of());
        }
        previousSubject = subjectOf(sentence, draft);
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

    private void chooseTimes(EventDraft draft) {
      draft.calendar = nearestCalendar(draft);
      draft.anchored = nearestAnchored(draft);
      draft.duration = nearestDuration(draft);
    }

    /** The actors mentioned before the trigger: the clause's subject, which a following "and <verb>" shares. */
    private List<ActorRef> subjectOf(SentenceAnalysis sentence, EventDraft draft) {
      List<ActorRef> subject = new ArrayList<>();
      for (ActorMention mention : sentence.mentions) {
        if (mention.firstToken() < draft.triggerFirst && draft.region.contains(mention.firstToken())
            && draft.actors.contains(mention.actor()) && !subject.contains(mention.actor())) {
          subject.add(mention.actor());
        }
      }
      return subject;
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
        for (ActorRef actor : participants(sentence, region, lasting, excluded)) {
          if (!lasting.actors.contains(actor)) {
            lasting.actors.add(actor);
          }
        }
        drafts.add(lasting);
        return;
      }
    }

    // ---- actors

    /**
     * The actors of {@code region} that take part in the draft's event: not quoted, not part of a
     * title or of an anchor phrase, and not after a peripheral preposition unless that preposition
     * introduces the trigger's participant ("visit to Pyongyang"). When none is left, the peripheral
     * ones ("a parade in Pyongyang").
     */
    private List<ActorRef> participants(SentenceAnalysis sentence, TokenRegion region, EventDraft draft,
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
        if (preposition < 0 || isArgument(sentence, preposition, draft)) {
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

    private boolean isArgument(SentenceAnalysis sentence, int preposition, EventDraft draft) {
      Set<String> arguments = ARGUMENT_PREPOSITIONS.get(draft.type);
      return arguments != null && preposition >= draft.triggerEnd - 1 && preposition <= draft.triggerEnd + 1
          && arguments.contains(sentence.parsed.token(preposition).lower());
    }

    /** "US ambassador to the UN Linda Thomas-Greenfield": an envoy's statement is also their government's. */
    private void addEnvoyGovernments(SentenceAnalysis sentence, Attribution at, EventDraft draft) {
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

    /** "X played down the significance of the message": a statement about an earlier event names that event's agent. */
    private void addTopicAgent(SentenceAnalysis sentence, Attribution at, EventDraft draft, List<ActorRef> speakers) {
      if (draft.actors.size() > speakers.size()) {
        return;
      }
      for (Trigger trigger : sentence.triggersIn(at::inContent)) {
        int before = trigger.first() - 1;
        if (trigger.type() == EventType.STATEMENT || before < 0
            || !DEFINITE.contains(sentence.parsed.token(before).lower())) {
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

    // ---- statements

    /** "according to Russian state media", "the North's state media said": news reports are sourcing, not statements. */
    private boolean isMedia(SentenceAnalysis sentence, Attribution at) {
      for (int k = at.speakerFirst(); k < at.speakerEnd(); k++) {
        if (MEDIA.contains(sentence.parsed.token(k).lower())) {
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

    // ---- dates

    private CalendarExpression nearestCalendar(EventDraft draft) {
      return nearest(draft, CalendarExpression.class, true);
    }

    private AnchoredExpression nearestAnchored(EventDraft draft) {
      return nearest(draft, AnchoredExpression.class, false);
    }

    private DurationExpression nearestDuration(EventDraft draft) {
      return nearest(draft, DurationExpression.class, true);
    }

    private <T extends TimeExpression> T nearest(EventDraft draft, Class<T> kind, boolean outsideAnchors) {
      SentenceAnalysis sentence = draft.sentence;
      T best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (TimeExpression time : sentence.times) {
        if (!kind.isInstance(time)) {
          continue;
        }
        int first = sentence.firstToken(time);
        if (first >= sentence.parsed.size() || !draft.region.contains(first) || sentence.parsed.isQuoted(first)
            || (outsideAnchors && sentence.inAnchor[first])) {
          continue;
        }
        int distance = Math.abs(first - draft.triggerFirst);
        if (distance < bestDistance) {
          best = kind.cast(time);
          bestDistance = distance;
        }
      }
      return best;
    }

    private TemporalContext context(EventDraft draft) {
      return new TemporalContext(published, draft.tense);
    }

    private void dateFromCalendar() {
      for (EventDraft draft : drafts) {
        if (draft.calendar != null) {
          Optional<DateInterval> date = draft.calendar.resolve(context(draft));
          if (date.isPresent()) {
            draft.date = draft.duration != null ? draft.duration.apply(date.get()) : date.get();
            draft.expression = draft.duration != null && draft.date.precision() == DatePrecision.RANGE
                ? draft.calendar.text() + " … " + draft.duration.text() : draft.calendar.text();
          }
        } else if (draft.type == EventType.STATEMENT) {
          draft.date = DateInterval.day(published);
        }
      }
    }

    /** Dates events by the event they follow or precede, and records which event that is. */
    private void dateFromAnchors() {
      for (EventDraft draft : drafts) {
        if (draft.anchored == null) {
          continue;
        }
        EventDraft anchor = anchorOf(draft);
        DateInterval base = null;
        if (anchor != null) {
          draft.after = anchor;
          base = anchor.date;
        }
        if (base == null) {
          base = phraseDate(draft);
        }
        if (draft.date == null && base != null) {
          draft.date = clip(draft.anchored.apply(base, context(draft)), draft.tense);
          draft.expression = draft.anchored.text();
        }
      }
    }

    /** The event an anchored expression refers to: by the trigger and actors of its phrase, or the previous dated event. */
    private EventDraft anchorOf(EventDraft draft) {
      SentenceAnalysis sentence = draft.sentence;
      AnchoredExpression anchored = draft.anchored;
      if (!anchored.hasAnchorPhrase()) {
        EventDraft previous = null;
        for (EventDraft other : drafts) {
          if (other == draft) {
            break;
          }
          if (other.date != null && !other.datedByTenseOnly && other.date.start() != null) {
            previous = other;
          }
        }
        return previous;
      }
      int from = sentence.parsed.tokenAt(anchored.anchorStart());
      int to = sentence.parsed.tokenAt(anchored.anchorEnd());
      EventType type = null;
      for (Trigger trigger : sentence.triggers) {
        if (trigger.first() >= from && trigger.first() < to && trigger.type() != EventType.STATEMENT) {
          type = trigger.type();
          break;
        }
      }
      if (type == null) {
        return null;
      }
      Set<ActorRef> named = new HashSet<>();
      for (ActorMention mention : sentence.mentions) {
        if (mention.firstToken() >= from && mention.firstToken() < to) {
          named.add(mention.actor());
        }
      }
      // Only events told before: a later sentence more often details a part of the event than is it.
      EventDraft before = null;
      for (EventDraft other : drafts) {
        if (other == draft) {
          break;
        }
        if (sameKind(other.type, type) && (named.isEmpty() || other.actors.stream().anyMatch(named::contains))) {
          before = other;
        }
      }
      return before;
    }

    /** Talks are what a meeting is held for: "before their talks" may point at the meeting. */
    private boolean sameKind(EventType a, EventType b) {
      Set<EventType> talks = Set.of(EventType.MEETING, EventType.NEGOTIATION);
      return a == b || (talks.contains(a) && talks.contains(b));
    }

    /** "two days after the summit on 13 September": the anchor phrase's own date. */
    private DateInterval phraseDate(EventDraft draft) {
      AnchoredExpression anchored = draft.anchored;
      if (!anchored.hasAnchorPhrase()) {
        return null;
      }
      for (TimeExpression time : draft.sentence.times) {
        if (time instanceof CalendarExpression calendar && calendar.start() >= anchored.anchorStart()
            && calendar.end() <= anchored.anchorEnd()) {
          return calendar.resolve(context(draft)).orElse(null);
        }
      }
      return null;
    }

    /** Undated events: on or before publication if past, the publication day if going on; else none. */
    private void dateFromTense() {
      for (EventDraft draft : drafts) {
        if (draft.date != null) {
          continue;
        }
        switch (draft.tense) {
          case PAST, PERFECT -> {
            draft.date = DateInterval.onOrBefore(published);
            draft.datedByTenseOnly = true;
          }
          case PROGRESSIVE -> draft.date = DateInterval.day(published);
          default -> {
            // Timeless or future without a date: nothing to put on a timeline.
          }
        }
      }
    }

    private DateInterval clip(DateInterval date, Tense tense) {
      boolean past = tense == Tense.PAST || tense == Tense.PERFECT;
      if (past && date.end() != null && date.end().isAfter(published)) {
        return DateInterval.range(date.start() == null || date.start().isAfter(published) ? null : date.start(),
            published);
      }
      return date;
    }

    /**
     * Drops a definite mention of an event dated only by tense ("The King's message was sent via
     * its embassy") when the article tells the same kind of event by a shared actor elsewhere.
     */
    private List<EventDraft> withoutRepeats() {
      List<EventDraft> kept = new ArrayList<>();
      for (EventDraft draft : drafts) {
        boolean repeat = false;
        if (draft.datedByTenseOnly && draft.type != EventType.STATEMENT && isDefinite(draft)) {
          for (EventDraft other : drafts) {
            boolean couldBeSame = other.date != null
                && (other.date.start() == null || !other.date.start().isAfter(published));
            if (other != draft && other.type == draft.type && other.sharesActorWith(draft) && couldBeSame
                && (!other.datedByTenseOnly || drafts.indexOf(other) < drafts.indexOf(draft))) {
              repeat = true;
              break;
            }
          }
        }
        if (!repeat) {
          kept.add(draft);
        }
      }
      return kept;
    }

    /** "the letters", "the King's message": a trigger noun that refers to an event already known. */
    private boolean isDefinite(EventDraft draft) {
      int before = draft.triggerFirst - 1;
      if (before < 0) {
        return false;
      }
      String word = draft.sentence.parsed.token(before).lower();
      boolean possessive = word.equals("s") && before > 0 && draft.sentence.parsed.token(before - 1).is("'");
      return possessive || DEFINITE.contains(word);
    }

    private NewsEvent toEvent(EventDraft draft) {
      Sentence evidence = draft.sentence.parsed.sentence();
      List<io.newstimeline.avro.Actor> eventActors = new ArrayList<>(draft.actors.size());
      draft.actors.forEach(actor -> eventActors.add(actor.toAvro()));
      // The all-fields constructor: every field is set, so the builder's default handling is not needed.
      return new NewsEvent(draft.id, article.getId(), article.getSource(), article.getUrl(), draft.type, eventActors,
          draft.date.toEventDate(draft.expression), SummaryWriter.summary(draft), evidence.text(), evidence.start(),
          evidence.end(), article.getPublished(), draft.after == null ? null : draft.after.id, EventOrigin.EXTRACTED,
          false);
    }
  }

  /**
   * A clause of a sentence, tokens {@code [first, end)}. It {@code continues} the previous clause
   * when it starts with "when", "where" or with a verb after "and"; it {@code sharesSubject} in the
   * latter case.
   */
  record Clause(int first, int end, boolean continues, boolean sharesSubject) {
  }

  /**
   * Splits a sentence into clauses at semicolons, at commas before "and", "but", "while", "where",
   * "when", and at "and" before a trigger ("visited ... and inspected ...").
   */
  static List<Clause> clauses(SentenceAnalysis sentence) {
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
          && CLAUSE_OPENERS.contains(parsed.token(i + 1).lower());
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

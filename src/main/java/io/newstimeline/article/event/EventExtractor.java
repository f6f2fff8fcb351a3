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
  private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "whereas", "where", "although");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "his", "her", "their", "its");

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
      for (Sentence sentence : ArticleSentences.of(article)) {
        read(sentence);
      }
      for (EventDraft draft : drafts) {
        draft.id = EventIds.of(article.getId(), draft.sentence.parsed.sentence().start(), draft.type);
      }
      dateFromCalendar();
      dateFromAnchors();
      dateFromTense();
      List<NewsEvent> events = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (EventDraft draft : withoutRepeats()) {
        if (draft.date != null && !draft.actors.isEmpty() && ids.add(draft.id)) {
          events.add(toEvent(draft));
        }
      }
      return events;
    }

    private void read(Sentence sentence) {
      ParsedSentence parsed = ParsedSentence.of(sentence);
      Optional<Attribution> speech = SpeechDetector.detect(parsed);
      List<ActorMention> mentions = new ArrayList<>(actors.recognise(parsed, discourse));
      speech.ifPresent(at -> addUntitledSpeaker(parsed, at, mentions));
      SentenceAnalysis analysis = new SentenceAnalysis(parsed, mentions, times.find(parsed), triggers.find(parsed), speech);
      if (speech.isPresent()) {
        readSpeech(analysis, speech.get());
      } else {
        readClauses(analysis);
      }
      discourse.endSentence(sentence.index(), mentions);
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
      statement(sentence, at, speakers);
      reportedEvent(sentence, at, speakers);
    }

    /** The statement itself, dated when it was said: the publication day unless the sentence dates it. */
    private void statement(SentenceAnalysis sentence, Attribution at, List<ActorRef> speakers) {
      if (speakers.isEmpty() || at.perfect() || at.modal()) {
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
      if (!dated && at.kind() != SpeechVerbs.Kind.PERFORMATIVE && !saysSomething(sentence, at, speakers)) {
        return;
      }
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
        if (trigger.type() == EventType.STATEMENT || !sentence.isFactual(trigger.first())) {
          continue;
        }
        int clauseEnd = at.contentEnd();
        EventDraft draft = new EventDraft(sentence, trigger.type(), trigger.first(), trigger.end(), content,
            TenseDetector.of(sentence.parsed, at.contentFirst(), clauseEnd));
        draft.calendar = nearestCalendar(draft);
        draft.anchored = nearestAnchored(draft);
        draft.duration = nearestDuration(draft);
        if (draft.calendar == null && draft.anchored == null) {
          return;
        }
        Set<String> speakerIds = new HashSet<>();
        speakers.forEach(s -> speakerIds.add(s.id()));
        draft.actors.addAll(participants(sentence, content, draft, speakerIds));
        if (!draft.actors.isEmpty()) {
          drafts.add(draft);
        }
        return;
      }
    }

    /** Sentences without reported speech: one event per clause, from its first factual trigger. */
    private void readClauses(SentenceAnalysis sentence) {
      for (int[] clause : clauses(sentence.parsed)) {
        TokenRegion region = TokenRegion.between(clause[0], clause[1]);
        for (Trigger trigger : sentence.triggersIn(region)) {
          if (trigger.type() == EventType.STATEMENT || !sentence.isFactual(trigger.first())) {
            continue;
          }
          EventDraft draft = new EventDraft(sentence, trigger.type(), trigger.first(), trigger.end(), region,
              TenseDetector.of(sentence.parsed, clause[0], clause[1]));
          draft.calendar = nearestCalendar(draft);
          draft.anchored = nearestAnchored(draft);
          draft.duration = nearestDuration(draft);
          boolean timeless = draft.tense == Tense.PRESENT || draft.tense == Tense.FUTURE;
          if (draft.calendar == null && draft.anchored == null && timeless) {
            break;
          }
          draft.actors.addAll(participants(sentence, region, draft, Set.of()));
          if (!draft.actors.isEmpty()) {
            drafts.add(draft);
          }
          break;
        }
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
      return arguments != null && preposition >= draft.triggerEnd && preposition <= draft.triggerEnd + 1
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
            if (!draft.actors.contains(agent)) {
              draft.actors.add(agent);
            }
            return;
          }
        }
      }
    }

    // ---- statements

    /** A statement says something when its content names an event or an actor other than the speaker. */
    private boolean saysSomething(SentenceAnalysis sentence, Attribution at, List<ActorRef> speakers) {
      if (!sentence.triggersIn(at::inContent).isEmpty()) {
        return true;
      }
      for (ActorMention mention : sentence.mentions) {
        if (at.inContent(mention.firstToken()) && !speakers.contains(mention.actor())) {
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
      return nearest(draft, DurationExpression.class, false);
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
      EventDraft before = null;
      EventDraft later = null;
      boolean passed = false;
      for (EventDraft other : drafts) {
        if (other == draft) {
          passed = true;
          continue;
        }
        if (other.type != type || (!named.isEmpty() && other.actors.stream().noneMatch(named::contains))) {
          continue;
        }
        if (!passed) {
          before = other;
        } else if (later == null) {
          later = other;
        }
      }
      return before != null ? before : later;
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
          return calendar.resolve(new TemporalContext(published, Tense.PAST)).orElse(null);
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

    /** Drops an event dated only by tense when the article reports the same kind of event by a shared actor elsewhere. */
    private List<EventDraft> withoutRepeats() {
      List<EventDraft> kept = new ArrayList<>();
      for (EventDraft draft : drafts) {
        boolean repeat = false;
        if (draft.datedByTenseOnly && draft.type != EventType.STATEMENT) {
          for (EventDraft other : drafts) {
            if (other != draft && other.type == draft.type && other.sharesActorWith(draft)
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

    private NewsEvent toEvent(EventDraft draft) {
      Sentence evidence = draft.sentence.parsed.sentence();
      return NewsEvent.newBuilder()
          .setId(draft.id)
          .setArticleId(article.getId())
          .setOutlet(article.getSource())
          .setUrl(article.getUrl())
          .setType(draft.type)
          .setActors(draft.actors.stream().map(ActorRef::toAvro).toList())
          .setDate(draft.date.toEventDate(draft.expression))
          .setSummary(SummaryWriter.summary(draft))
          .setEvidence(evidence.text())
          .setEvidenceStart(evidence.start())
          .setEvidenceEnd(evidence.end())
          .setReportedAt(article.getPublished())
          .setAfter(draft.after == null ? null : draft.after.id)
          .setOrigin(EventOrigin.EXTRACTED)
          .setRetracted(false)
          .build();
    }
  }

  /** Splits a sentence into clauses at semicolons and at commas before "and", "but", "while", "where". */
  static List<int[]> clauses(ParsedSentence sentence) {
    List<int[]> clauses = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < sentence.size(); i++) {
      boolean split = sentence.token(i).is(";")
          || (sentence.token(i).is(",") && i + 1 < sentence.size()
              && CLAUSE_OPENERS.contains(sentence.token(i + 1).lower()) && !sentence.isQuoted(i));
      if (split) {
        clauses.add(new int[] {start, i});
        start = i + 1;
      }
    }
    clauses.add(new int[] {start, sentence.size()});
    return clauses;
  }
}

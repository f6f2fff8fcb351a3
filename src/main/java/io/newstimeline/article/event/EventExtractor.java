package io.newstimeline.article.event;

import io.newstimeline.article.actor.ActorMention;
import io.newstimeline.article.actor.ActorRecognizer;
import io.newstimeline.article.actor.ArticleDiscourse;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.parse.ArticleSentences;
import io.newstimeline.article.parse.Sentence;
import io.newstimeline.article.time.ReferenceDay;
import io.newstimeline.article.time.TemporalNormaliser;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.EventOrigin;
import io.newstimeline.avro.Modality;
import io.newstimeline.avro.NewsEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    List<NewsEvent> events = new ArrayList<>();
    for (EventDraft draft : kept(article)) {
      events.add(toEvent(article, draft));
    }
    return events;
  }

  /**
   * Returns the same events as {@link #extract}, each with where its trigger and its actors'
   * mentions stand in the body: what scoring against token-annotated corpora needs.
   */
  public List<TracedEvent> extractTraced(Article article) {
    List<TracedEvent> events = new ArrayList<>();
    for (EventDraft draft : kept(article)) {
      int offset = draft.sentence.parsed.sentence().start();
      List<TracedEvent.ActorSpan> spans = new ArrayList<>();
      for (ActorMention mention : draft.sentence.mentions) {
        if (draft.actors.contains(mention.actor())) {
          spans.add(new TracedEvent.ActorSpan(mention.actor().id(), offset + mention.start(), offset + mention.end()));
        }
      }
      events.add(new TracedEvent(toEvent(article, draft),
          offset + draft.sentence.parsed.token(draft.triggerFirst).start(),
          offset + draft.sentence.parsed.token(draft.triggerEnd - 1).end(), spans));
    }
    return events;
  }

  private List<EventDraft> kept(Article article) {
    ZoneId zone = ZoneId.of(article.getTimezone());
    // Relative dates count from the dateline's day when a wire dateline gives one, else publication.
    LocalDate published = ReferenceDay.of(article);
    ArticleReader reader = new ArticleReader(actors, times, triggers, new ArticleDiscourse(zone.getId()));
    List<EventDraft> drafts = reader.read(ArticleSentences.parse(article));
    assignIds(article, drafts);
    new EventDating(published, drafts).date();
    List<EventDraft> kept = new ArrayList<>();
    for (EventDraft draft : Repeats.removeFrom(drafts, published)) {
      if (draft.date != null && !draft.actors.isEmpty()) {
        kept.add(draft);
      }
    }
    return kept;
  }

  /** Ids from article, evidence offset and type; a second event of a type in one sentence gets a suffix. */
  private static void assignIds(Article article, List<EventDraft> drafts) {
    Set<String> ids = new HashSet<>();
    for (EventDraft draft : drafts) {
      String base = EventIds.of(article.getId(), draft.sentence.parsed.sentence().start(), draft.type);
      String id = base;
      for (int n = 2; !ids.add(id); n++) {
        id = base + ":" + n;
      }
      draft.id = id;
    }
  }

  private static NewsEvent toEvent(Article article, EventDraft draft) {
    Sentence evidence = draft.sentence.parsed.sentence();
    List<Actor> eventActors = new ArrayList<>(draft.actors.size());
    draft.actors.forEach(actor -> eventActors.add(actor.toAvro()));
    // The all-fields constructor: every field is set, so the builder's default handling is not needed.
    return new NewsEvent(draft.id, article.getId(), article.getSource(), article.getUrl(), draft.type, eventActors,
        draft.date.toEventDate(draft.expression), SummaryWriter.summary(draft), evidence.text(), evidence.start(),
        evidence.end(), article.getPublished(), draft.after == null ? null : draft.after.id, EventOrigin.EXTRACTED,
        false, Modality.REPORTED);
  }
}

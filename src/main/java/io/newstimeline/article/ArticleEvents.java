package io.newstimeline.article;

import io.newstimeline.schema.AvroRuntime;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.curated.CuratedEvents;
import io.newstimeline.article.curated.CuratedMerge;
import io.newstimeline.article.event.EventExtractor;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.NewsEvent;
import java.util.List;

/**
 * The one entry point from article to events: rule-based extraction, overridden and completed by
 * editors' curated events. Stateless and thread-safe; build it once and reuse it.
 */
public final class ArticleEvents {

  static {
    AvroRuntime.install(); // extraction copies generated records
  }

  private final EventExtractor extractor;

  private ArticleEvents(EventExtractor extractor) {
    this.extractor = extractor;
  }

  /** Returns article events for the actors of {@code gazetteer}. */
  public static ArticleEvents using(Gazetteer gazetteer) {
    return new ArticleEvents(new EventExtractor(gazetteer));
  }

  /** Returns the events of {@code article} by extraction alone. */
  public List<NewsEvent> forArticle(Article article) {
    return extractor.extract(article);
  }

  /**
   * Returns the events of {@code article}: extracted ones, except where {@code curated} has an
   * event of the same type and evidence (the curated one wins), plus the other curated ones.
   *
   * @throws io.newstimeline.InputException when a curated event's evidence is not in the article
   */
  public List<NewsEvent> forArticle(Article article, CuratedEvents curated) {
    return CuratedMerge.merge(extractor.extract(article), curated.forArticle(article));
  }
}

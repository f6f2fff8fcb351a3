package io.newstimeline.producer;

import io.newstimeline.avro.Article;
import io.newstimeline.avro.NewsEvent;
import java.util.List;

/**
 * An article read from a file with the events to publish for it.
 *
 * @param article the parsed article
 * @param events its events: extracted, with curated events merged over them
 */
public record LoadedArticle(Article article, List<NewsEvent> events) {

  public LoadedArticle {
    events = List.copyOf(events);
  }
}

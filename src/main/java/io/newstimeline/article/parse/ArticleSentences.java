package io.newstimeline.article.parse;

import io.newstimeline.avro.Article;
import java.util.List;

/** The reporting sentences of an article: page furniture stripped, then split into sentences. */
public final class ArticleSentences {

  private ArticleSentences() {
  }

  /** Returns the sentences of {@code article}'s body that are not page furniture, with offsets into the body. */
  public static List<Sentence> of(Article article) {
    String body = article.getBody();
    return SentenceSplitter.split(body, PageFurniture.contentLines(body, article.getTitle()));
  }
}

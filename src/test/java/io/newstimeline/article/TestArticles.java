package io.newstimeline.article;

import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.avro.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Articles and the seed gazetteer for tests. */
public final class TestArticles {

  private static Gazetteer gazetteer;

  private TestArticles() {
  }

  /** The project's gazetteer, {@code seeds/actors.json}, read once. */
  public static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = Gazetteer.load(Path.of("seeds/actors.json"));
    }
    return gazetteer;
  }

  /** An article with id {@code test}, published at {@code published} (ISO with offset) by an outlet in {@code zone}. */
  public static Article article(String published, String zone, String body) {
    Instant instant = OffsetDateTime.parse(published).toInstant();
    return Article.newBuilder()
        .setId("test")
        .setSource("Test Gazette")
        .setUrl(null)
        .setTitle("Test")
        .setPublished(instant)
        .setPublishedDateOnly(false)
        .setTimezone(zone)
        .setBody(body)
        .setWithdrawn(false)
        .build();
  }

  /** An article published on Wednesday 30 August 2023 at 20:16 in London. */
  public static Article london(String body) {
    return article("2023-08-30T20:16:00+01:00", "Europe/London", body);
  }
}

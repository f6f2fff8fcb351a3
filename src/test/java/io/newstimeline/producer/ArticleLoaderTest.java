package io.newstimeline.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.curated.CuratedEvents;
import io.newstimeline.avro.NewsEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

  static final Path SEEDS = Path.of("seeds");
  static final Gazetteer GAZETTEER = Gazetteer.load(SEEDS.resolve("actors.json"));

  final ArticleLoader loader = new ArticleLoader(ArticleEvents.using(GAZETTEER), CuratedEvents.none());

  @TempDir Path dir;

  @Test
  void shouldLoadEveryArticleOfAFolderInNameOrder() {
    List<LoadedArticle> loaded = loader.load(List.of(SEEDS));

    assertThat(loaded).extracting(a -> a.article().getId())
        .containsExactly("lbc-2023-08-30-putin-kim-exchange-letters", "forces-2023-09-11-putin-turning-to-north-korea");
    assertThat(loaded).allSatisfy(a -> assertThat(a.events()).isNotEmpty().noneMatch(NewsEvent::getRetracted));
  }

  @Test
  void shouldTurnAWithdrawnArticlesEventsIntoRetractionsOfTheSameIds() throws IOException {
    Path seed = SEEDS.resolve("2023-09-11-forces-putin-turning-to-north-korea.txt");
    Path withdrawn = dir.resolve("withdrawn.txt");
    Files.writeString(withdrawn, Files.readString(seed).replaceFirst("timezone: Europe/London", "timezone: Europe/London\nwithdrawn: true"));

    LoadedArticle original = loader.load(List.of(seed)).get(0);
    LoadedArticle retraction = loader.load(List.of(withdrawn)).get(0);

    assertThat(retraction.article().getWithdrawn()).isTrue();
    assertThat(retraction.events()).extracting(NewsEvent::getId)
        .containsExactlyElementsOf(original.events().stream().map(NewsEvent::getId).toList());
    assertThat(retraction.events()).allMatch(NewsEvent::getRetracted);
  }

  @Test
  void shouldRejectAFolderWithoutArticles() {
    assertThatThrownBy(() -> loader.load(List.of(dir)))
        .isInstanceOf(InputException.class)
        .hasMessage("No article files (*.txt) in [" + dir + "]");
  }
}

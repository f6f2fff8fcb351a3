package io.newstimeline.cli;

import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.curated.CuratedEvents;
import io.newstimeline.producer.ArticleLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the actor gazetteer and the editors' curated events are. */
public final class ArticleOptions {

  @Option(names = "--actors", defaultValue = "seeds/actors.json", paramLabel = "FILE",
      description = "Actor gazetteer (default: ${DEFAULT-VALUE}).")
  Path actors;

  @Option(names = "--curated", paramLabel = "FILE",
      description = "Curated events merged over the extracted ones (default: seeds/curated-events.json when present).")
  Path curated;

  /** A loader that extracts events with the gazetteer and merges the curated events over them. */
  public ArticleLoader loader() {
    Gazetteer gazetteer = Gazetteer.load(actors);
    Path curatedFile = curatedOrDefault();
    CuratedEvents overrides = curatedFile == null ? CuratedEvents.none() : CuratedEvents.load(curatedFile, gazetteer);
    return new ArticleLoader(ArticleEvents.using(gazetteer), overrides);
  }

  private Path curatedOrDefault() {
    if (curated != null) {
      return curated;
    }
    Path seeds = Path.of("seeds", "curated-events.json");
    return seeds.toFile().isFile() ? seeds : null;
  }
}

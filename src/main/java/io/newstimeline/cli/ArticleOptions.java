package io.newstimeline.cli;

import io.newstimeline.BundledFiles;
import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.curated.CuratedEvents;
import io.newstimeline.producer.ArticleLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the actor gazetteer and the editors' curated events are. */
public final class ArticleOptions {

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Actor gazetteer (default: seeds/actors.json as shipped in the jar).")
  Path actors;

  @Option(names = "--curated", paramLabel = "FILE",
      description = "Curated events merged over the extracted ones (default: seeds/curated-events.json as shipped in the jar).")
  Path curated;

  /** A loader that extracts events with the gazetteer and merges the curated events over them. */
  public ArticleLoader loader() {
    Gazetteer gazetteer = Gazetteer.load(actors != null ? actors : BundledFiles.actors());
    CuratedEvents overrides = CuratedEvents.load(curated != null ? curated : BundledFiles.curatedEvents(), gazetteer);
    return new ArticleLoader(ArticleEvents.using(gazetteer), overrides);
  }
}

package io.newstimeline.cli;

import io.newstimeline.BundledFiles;
import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.curated.CuratedEvents;
import io.newstimeline.article.json.EventJson;
import io.newstimeline.article.parse.ArticleParser;
import io.newstimeline.avro.NewsEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract <file>...}: prints the events of the given article files as one JSON array. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract dated events from article files and print them as one JSON array.")
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "<file>", description = "Article files (front matter + body).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--actors", paramLabel = "<file>",
      description = "Actor gazetteer (default: seeds/actors.json as shipped in the jar).")
  Path actors;

  @Option(names = "--curated", paramLabel = "<file>",
      description = "Editors' curated events that override and complete extraction.")
  Path curated;

  @Spec
  CommandSpec spec;

  public ExtractCommand() {
  }

  @Override
  public Integer call() {
    Gazetteer gazetteer = Gazetteer.load(actors != null ? actors : BundledFiles.actors());
    CuratedEvents overrides = curated == null ? CuratedEvents.none() : CuratedEvents.load(curated, gazetteer);
    ArticleEvents events = ArticleEvents.using(gazetteer);
    List<NewsEvent> all = new ArrayList<>();
    for (Path file : files) {
      all.addAll(events.forArticle(ArticleParser.parse(file), overrides));
    }
    spec.commandLine().getOut().println(EventJson.toJson(all));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

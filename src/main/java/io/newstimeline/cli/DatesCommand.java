package io.newstimeline.cli;

import io.newstimeline.BundledFiles;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.json.DateMentionJson;
import io.newstimeline.article.parse.ArticleParser;
import io.newstimeline.article.time.ArticleDates;
import io.newstimeline.article.time.TemporalNormaliser;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dates <file>}: prints every date expression of an article body as a JSON array. */
@Command(name = "dates", mixinStandardHelpOptions = true,
    description = {"Print every date expression of an article's body as a JSON array: begin/end offsets into the"
        + " body (after the front matter's closing '---' line), text, TIMEX3 value and the interval events get."})
public final class DatesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "<file>", description = "Article file (front matter + body).")
  Path file;

  @Option(names = "--actors", paramLabel = "<file>",
      description = "Actor gazetteer, for national days (default: seeds/actors.json as shipped in the jar).")
  Path actors;

  @Spec
  CommandSpec spec;

  public DatesCommand() {
  }

  @Override
  public Integer call() {
    ArticleDates dates = new ArticleDates(TemporalNormaliser.standard(Gazetteer.load(actors != null ? actors : BundledFiles.actors()).nationalDays()));
    spec.commandLine().getOut().println(DateMentionJson.toJson(dates.of(ArticleParser.parse(file))));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

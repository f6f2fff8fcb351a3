package io.newstimeline.cli;

import io.newstimeline.BundledFiles;
import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.eval.Evaluation;
import io.newstimeline.article.eval.SeedEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evaluate [--gold <dir>] [<articles dir>]}: scores extraction against gold events and prints the table. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score extraction against hand-checked gold events and print recall, precision, date and actor accuracy.")
public final class EvaluateCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "<articles dir>",
      description = "Directory of article files named like the gold files (default: the seeds shipped in the jar).")
  Path articles;

  @Option(names = "--gold", paramLabel = "<dir>",
      description = "Directory of gold .json files (default: the seeds' gold events shipped in the jar).")
  Path gold;

  @Option(names = "--actors", paramLabel = "<file>",
      description = "Actor gazetteer (default: seeds/actors.json as shipped in the jar).")
  Path actors;

  @Option(names = "--verbose", description = "Also list missed, extra and mis-dated events.")
  boolean verbose;

  @Spec
  CommandSpec spec;

  public EvaluateCommand() {
  }

  @Override
  public Integer call() {
    Evaluation evaluation = SeedEvaluation.run(articles != null ? articles : BundledFiles.seeds(),
        gold != null ? gold : BundledFiles.gold(),
        ArticleEvents.using(Gazetteer.load(actors != null ? actors : BundledFiles.actors())));
    PrintWriter out = spec.commandLine().getOut();
    out.print(evaluation.table());
    if (verbose) {
      evaluation.misses().forEach(out::println);
    }
    out.flush();
    return 0;
  }
}

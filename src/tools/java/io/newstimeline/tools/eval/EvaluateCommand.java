package io.newstimeline.tools.eval;

import io.newstimeline.BundledFiles;
import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.tools.eval.corpus.CorpusEvaluation;
import io.newstimeline.tools.eval.ecbplus.EcbEvaluation;
import io.newstimeline.tools.eval.timeline.TimelineEvaluation;
import io.newstimeline.article.event.EventExtractor;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import io.newstimeline.cli.ToolCommand;

/**
 * {@code evaluate [--gold <dir>] [<articles dir>]}: scores extraction against gold events and prints
 * the table; {@code evaluate --corpus <dir>} scores it on an annotated CAT corpus (MEANTIME) instead,
 * {@code evaluate --timelines <dir>} builds and scores SemEval-2015 TimeLine timelines, and
 * {@code evaluate --ecbplus <dir>} scores actions, participants and the timeline merge on ECB+.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Score extraction against hand-checked gold events and print recall, precision, date and actor"
        + " accuracy; with --corpus, score it on annotated CAT corpora (MEANTIME): DATE value F1 and event-date"
        + " accuracy and participant P/R/F1 per corpus and overall."})
public final class EvaluateCommand implements ToolCommand {

  @Parameters(arity = "0..1", paramLabel = "<articles dir>",
      description = "Directory of article files named like the gold files (default: the seeds shipped in the jar).")
  Path articles;

  @Option(names = "--gold", paramLabel = "<dir>",
      description = "Directory of gold .json files (default: the seeds' gold events shipped in the jar).")
  Path gold;

  @Option(names = "--actors", paramLabel = "<file>",
      description = "Actor gazetteer (default: seeds/actors.json as shipped in the jar).")
  Path actors;

  @Option(names = "--corpus", paramLabel = "<dir>",
      description = "Annotated CAT corpus: a directory of .xml files, or of corpus directories"
          + " (e.g. ../shared/corpora/meantime/intra_cross-doc_annotation).")
  Path corpus;

  @Option(names = "--ecbplus", paramLabel = "<dir>",
      description = "ECB+ corpus (e.g. ../shared/corpora/ecbplus): action and human-participant P/R/F1 and the"
          + " timeline merge's cross-document event coreference (MUC, B3, CEAF-e, CoNLL F1) next to a same-head-lemma"
          + " baseline, for development topics 1-25, held-out topics 26 and later, and overall.")
  Path ecbplus;

  @Option(names = "--json", description = "With --corpus or --ecbplus: print the scores as JSON instead of a table.")
  boolean json;

  @Option(names = "--verbose", description = "Also list missed, extra and mis-dated events (and dates).")
  boolean verbose;

  @Option(names = "--timelines", paramLabel = "<dir>",
      description = "SemEval-2015 TimeLine corpora (e.g. ../shared/corpora/semeval2015-timeline): build each target"
          + " entity's timeline from the raw documents and print its temporal-awareness P, R and F1 per corpus.")
  Path timelines;

  @Option(names = "--timelines-out", paramLabel = "<dir>",
      description = "With --timelines: also write the timelines there, one file per entity in the task's format.")
  Path timelinesOut;

  @Spec
  CommandSpec spec;

  public EvaluateCommand() {
  }

  @Override
  public Integer call() {
    if (corpus != null) {
      return corpus();
    }
    if (timelines != null) {
      return timelines();
    }
    if (ecbplus != null) {
      return ecbplus();
    }
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

  private Integer timelines() {
    EventExtractor extractor = new EventExtractor(Gazetteer.load(actors != null ? actors : BundledFiles.actors()));
    TimelineEvaluation evaluation = TimelineEvaluation.run(timelines, extractor, timelinesOut);
    PrintWriter out = spec.commandLine().getOut();
    out.print(evaluation.table());
    out.flush();
    return 0;
  }

  private Integer ecbplus() {
    EventExtractor extractor = new EventExtractor(Gazetteer.load(actors != null ? actors : BundledFiles.actors()));
    EcbEvaluation evaluation = EcbEvaluation.run(ecbplus, extractor);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? evaluation.json() + System.lineSeparator() : evaluation.table(verbose));
    if (verbose && !json) {
      evaluation.misses().forEach(out::println);
    }
    out.flush();
    return 0;
  }

  private Integer corpus() {
    CorpusEvaluation evaluation = CorpusEvaluation.run(corpus,
        Gazetteer.load(actors != null ? actors : BundledFiles.actors()));
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? evaluation.json() + System.lineSeparator() : evaluation.table());
    if (verbose && !json) {
      evaluation.misses().forEach(out::println);
    }
    out.flush();
    return 0;
  }
}

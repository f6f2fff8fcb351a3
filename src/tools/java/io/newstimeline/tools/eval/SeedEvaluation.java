package io.newstimeline.tools.eval;

import io.newstimeline.InputException;
import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.parse.ArticleParser;
import io.newstimeline.avro.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Evaluates extraction on a directory of articles against a directory of gold files: each
 * {@code <name>.json} of the gold directory is scored against the article {@code <name>.txt}.
 */
public final class SeedEvaluation {

  private SeedEvaluation() {
  }

  /**
   * Returns the evaluation of {@code events} on the articles of {@code articlesDir} that have gold
   * files in {@code goldDir}.
   *
   * @throws InputException naming the directory or file when one is missing or malformed
   */
  public static Evaluation run(Path articlesDir, Path goldDir, ArticleEvents events) {
    Evaluator evaluator = new Evaluator();
    for (Path goldFile : goldFiles(goldDir)) {
      String name = goldFile.getFileName().toString();
      Path articleFile = articlesDir.resolve(name.substring(0, name.length() - ".json".length()) + ".txt");
      if (!Files.isRegularFile(articleFile)) {
        throw new InputException(goldFile + ": no article " + articleFile + " to evaluate");
      }
      Article article = ArticleParser.parse(articleFile);
      evaluator.add(article.getId(), GoldFiles.load(goldFile), events.forArticle(article));
    }
    return evaluator.result();
  }

  private static List<Path> goldFiles(Path goldDir) {
    if (!Files.isDirectory(goldDir)) {
      throw new InputException(goldDir + ": gold directory not found");
    }
    try (Stream<Path> files = Files.list(goldDir)) {
      List<Path> gold = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
      if (gold.isEmpty()) {
        throw new InputException(goldDir + ": no gold .json files");
      }
      return gold;
    } catch (IOException e) {
      throw new InputException(goldDir + ": cannot list gold files (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}

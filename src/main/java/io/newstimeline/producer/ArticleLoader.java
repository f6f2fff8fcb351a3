package io.newstimeline.producer;

import io.newstimeline.InputException;
import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.curated.CuratedEvents;
import io.newstimeline.article.parse.ArticleParser;
import io.newstimeline.avro.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads article files (or every {@code *.txt} file of a folder, by name) and returns each article
 * with its events: extracted from the text, with the editors' curated events merged over them.
 * Every file is read and checked before anything is published, so a bad file stops the run
 * with a one-line error and nothing half-published.
 */
public final class ArticleLoader {

  private final ArticleEvents events;
  private final CuratedEvents curated;

  public ArticleLoader(ArticleEvents events, CuratedEvents curated) {
    this.events = events;
    this.curated = curated;
  }

  /** Loads every article file named by {@code paths} (files, or folders of {@code *.txt}). */
  public List<LoadedArticle> load(List<Path> paths) {
    List<LoadedArticle> loaded = new ArrayList<>();
    for (Path file : articleFiles(paths)) {
      Article article = ArticleParser.parse(file);
      loaded.add(new LoadedArticle(article, events.forArticle(article, curated)));
    }
    return loaded;
  }

  /** The article files named by {@code paths}, folders expanded to their {@code *.txt} files in name order. */
  static List<Path> articleFiles(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> children = Files.list(path)) {
          children.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new InputException(path + ": cannot list the folder: " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new InputException(path + ": no such file or folder");
      }
    }
    if (files.isEmpty()) {
      throw new InputException("No article files (*.txt) in " + paths);
    }
    return files;
  }
}

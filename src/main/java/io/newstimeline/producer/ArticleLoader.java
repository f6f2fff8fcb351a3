package io.newstimeline.producer;

import io.newstimeline.InputException;
import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.curated.CuratedEvents;
import io.newstimeline.article.parse.ArticleParser;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.NewsEvent;
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
 * with a one-line error and nothing half-published. An article whose front matter says
 * {@code withdrawn: true} yields its events as retractions.
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
      List<NewsEvent> articleEvents = events.forArticle(article, curated);
      loaded.add(new LoadedArticle(article, article.getWithdrawn() ? retracted(articleEvents) : articleEvents));
    }
    return loaded;
  }

  /**
   * A withdrawn article's events, marked retracted: ids are deterministic, so re-extracting the
   * article names exactly the reports published before, and the timeline drops them.
   */
  private static List<NewsEvent> retracted(List<NewsEvent> articleEvents) {
    return articleEvents.stream().map(e -> NewsEvent.newBuilder(e).setRetracted(true).build()).toList();
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

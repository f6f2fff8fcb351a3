package io.newstimeline.tools.bench;

import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.parse.ArticleParser;
import io.newstimeline.avro.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times the article extractor on the calling thread. The articles are the seed articles
 * ({@code <seeds>/*.txt}, real news copy with its page furniture), each joined with the ones after
 * it until it has at least {@value #MIN_WORDS} words, so every timed article is a realistic one of
 * about 800 words; the actors are {@code <seeds>/actors.json}.
 */
final class ExtractionBench {

  static final int MIN_WORDS = 800;

  /**
   * Articles per second of one run (wall clock, and per second of this thread's CPU, which other
   * load on the machine does not lower), and what the articles were like.
   */
  record Result(double articlesPerSecond, double articlesPerCpuSecond, double meanWords, double eventsPerArticle) {}

  private final ArticleEvents extractor;
  private final List<Article> articles;

  private ExtractionBench(ArticleEvents extractor, List<Article> articles) {
    this.extractor = extractor;
    this.articles = articles;
  }

  /** A bench on the articles and actors of {@code seeds}; empty when it holds no articles or no actors.json. */
  static Optional<ExtractionBench> of(Path seeds) {
    Path actors = seeds.resolve("actors.json");
    if (!Files.isRegularFile(actors)) {
      return Optional.empty();
    }
    List<Article> parsed = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        parsed.add(ArticleParser.parse(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list articles in " + seeds, e);
    }
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ExtractionBench(ArticleEvents.using(Gazetteer.load(actors)), long800(parsed)));
  }

  /** Each article joined with the next ones (round the list) until it has {@link #MIN_WORDS} words. */
  static List<Article> long800(List<Article> parsed) {
    List<Article> joined = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      StringBuilder body = new StringBuilder(parsed.get(i).getBody());
      for (int next = i + 1; words(body) < MIN_WORDS; next++) {
        body.append("\n\n").append(parsed.get(next % parsed.size()).getBody());
      }
      joined.add(Article.newBuilder(parsed.get(i)).setId(parsed.get(i).getId() + "-long").setBody(body.toString()).build());
    }
    return joined;
  }

  /** Extracts {@code count} articles on this thread, cycling through the set, and returns the rate. */
  Result run(int count) {
    long events = 0;
    long words = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Article article = articles.get(i % articles.size());
      events += extractor.forArticle(article).size();
    }
    long nanos = System.nanoTime() - start;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
    for (int i = 0; i < count; i++) {
      words += words(articles.get(i % articles.size()).getBody());
    }
    return new Result(count / (nanos / 1e9), count / (cpuNanos / 1e9), words / (double) count, events / (double) count);
  }

  private static int words(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}

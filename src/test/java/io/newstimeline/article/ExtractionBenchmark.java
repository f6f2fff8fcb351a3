package io.newstimeline.article;

import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.parse.ArticleParser;
import io.newstimeline.avro.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures single-thread extraction speed on the seed and invented articles, also joined in threes
 * into articles of about 800 words: warm-up, then timed rounds, printing articles/s and words/s by the
 * thread's CPU time (robust on a shared machine) and by wall time.
 * A tool, not a test: run it with
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp
 * target/classes:target/test-classes:$(cat target/cp.txt) io.newstimeline.article.ExtractionBenchmark}.
 */
public final class ExtractionBenchmark {

  private static final int WARM_UP_ROUNDS = 3_000;
  private static final int MEASURED_ROUNDS = 10_000;

  private ExtractionBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    ArticleEvents events = ArticleEvents.using(Gazetteer.load(Path.of("seeds/actors.json")));
    List<Article> single = articles();
    List<Article> joined = new ArrayList<>();
    for (int i = 0; i < single.size(); i++) {
      Article a = single.get(i);
      String body = a.getBody() + "\n\n" + single.get((i + 1) % single.size()).getBody() + "\n\n"
          + single.get((i + 2) % single.size()).getBody();
      joined.add(Article.newBuilder(a).setBody(body).build());
    }
    run("as published", single, events);
    run("joined threes", joined, events);
  }

  private static void run(String label, List<Article> articles, ArticleEvents events) {
    long words = articles.stream().mapToLong(a -> a.getBody().split("\\s+").length).sum();
    long sink = 0;
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (Article article : articles) {
        sink += events.forArticle(article).size();
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int round = 0; round < MEASURED_ROUNDS; round++) {
      for (Article article : articles) {
        sink += events.forArticle(article).size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double count = articles.size() * (double) MEASURED_ROUNDS;
    long averageWords = words / articles.size();
    // CPU time is what one thread spends; wall time also counts waiting for a busy machine's cores.
    System.out.printf(Locale.ROOT, "%-14s %d articles, %4d words on average: %,8.0f articles/s (%,10.0f words/s) on CPU"
            + " time, %,8.0f articles/s on wall time (%d events)%n",
        label, articles.size(), averageWords, count / cpuSeconds, count / cpuSeconds * averageWords, count / seconds, sink);
  }

  private static List<Article> articles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/articles"))) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    return files.stream().map(ArticleParser::parse).toList();
  }
}

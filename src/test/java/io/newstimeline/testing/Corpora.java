package io.newstimeline.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the annotated corpora are read from: the system property {@code news.corpora} (the build passes it,
 * default {@code ../shared/corpora}). A test that needs one calls {@link #require} and is skipped, with the
 * reason in one line, on a checkout that has no corpora beside it.
 */
public final class Corpora {

  /** The system property naming the corpora directory. */
  public static final String PROPERTY = "news.corpora";

  private Corpora() {
  }

  /** The corpora directory, whether or not it exists. */
  public static Path root() {
    return Path.of(System.getProperty(PROPERTY, "../shared/corpora"));
  }

  /** {@code relative} inside the corpora directory; skips the calling test when it is absent. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    assumeTrue(Files.exists(path), () -> "corpus not found: " + path + " (set -D" + PROPERTY + "=DIR)");
    return path;
  }

  /** MEANTIME's annotated corpora (CC BY 4.0). */
  public static Path meantime() {
    return require("meantime/intra_cross-doc_annotation");
  }

  /** SemEval-2015 TimeLine (CC BY 3.0). */
  public static Path semeval() {
    return require("semeval2015-timeline");
  }

  /** ECB+ topics (CC BY 3.0). */
  public static Path ecbplus() {
    return require("ecbplus");
  }
}

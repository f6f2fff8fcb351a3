package io.newstimeline.schema;

import io.newstimeline.UnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether a schema registry answers: {@code GET /subjects}, retried with backoff. Commands ask it
 * before they start work, so that a registry that is down gives one clear line within seconds.
 */
public final class RegistryProbe {

  private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
  private static final Duration MIN_ATTEMPT = Duration.ofMillis(500);

  private RegistryProbe() {}

  /**
   * Returns once the registry at {@code url} answers {@code GET /subjects} (with any status).
   *
   * @throws UnavailableException naming the URL when it has not within {@code patience}
   */
  public static void require(String url, Duration patience) {
    URI subjects;
    try {
      subjects = URI.create(url.endsWith("/") ? url + "subjects" : url + "/subjects");
    } catch (IllegalArgumentException e) {
      throw new UnavailableException("Schema registry URL is not valid: " + url, e);
    }
    long deadline = System.nanoTime() + patience.toNanos();
    Duration backoff = FIRST_BACKOFF;
    int attempts = 0;
    String lastError;
    try {
      while (true) {
        attempts++;
        // A refused connection fails at once and is retried after the backoff; a slow but live
        // registry gets what is left of the patience to answer.
        Duration left = Duration.ofNanos(Math.max(MIN_ATTEMPT.toNanos(), deadline - System.nanoTime()));
        HttpClient http = HttpClient.newBuilder().connectTimeout(left).build();
        HttpRequest request = HttpRequest.newBuilder(subjects).timeout(left).GET().build();
        try {
          // Any answer will do, 401 from a registry that wants credentials included: it is there.
          http.send(request, HttpResponse.BodyHandlers.discarding());
          return;
        } catch (IOException e) {
          lastError = e.getClass().getSimpleName();
        }
        if (System.nanoTime() + backoff.toNanos() > deadline) {
          throw new UnavailableException("Schema registry at " + url + " is unreachable (" + attempts + " tries in "
              + patience.toSeconds() + " s, last: " + lastError + ")");
        }
        Thread.sleep(backoff.toMillis());
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("Interrupted while reaching the schema registry at " + url, e);
    }
  }
}

package io.newstimeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A plain HTTP client of the API for tests: JSON requests and a Server-Sent Events reader. */
final class ApiClient {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A response: its status and JSON body. */
  record Response(int status, JsonNode body, String text) {}

  /** One event of a live stream. */
  record Event(String id, String name, JsonNode data) {}

  private final URI base;

  ApiClient(URI base) {
    this.base = base;
  }

  URI base() {
    return base;
  }

  Response get(String pathAndQuery) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) base.resolve(pathAndQuery).toURL().openConnection();
    connection.setConnectTimeout(5_000);
    connection.setReadTimeout(30_000);
    int status = connection.getResponseCode();
    try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      JsonNode body = text.startsWith("{") || text.startsWith("[") ? MAPPER.readTree(text) : null;
      return new Response(status, body, text);
    }
  }

  /** The JSON body of a 200 answer to {@code pathAndQuery}. */
  JsonNode json(String pathAndQuery) throws IOException {
    Response response = get(pathAndQuery);
    if (response.status() != 200) {
      throw new AssertionError("GET " + pathAndQuery + " answered " + response.status() + ": " + response.text());
    }
    return response.body();
  }

  /**
   * Opens the live stream at {@code pathAndQuery} (with {@code lastEventId} as Last-Event-ID, if
   * given) and reads events until {@code done} holds for the events read so far or no event comes
   * for {@code quiet}; the {@code ready} event is not returned.
   */
  List<Event> stream(String pathAndQuery, String lastEventId, Predicate<List<Event>> done, Duration quiet,
      Runnable onReady) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) base.resolve(pathAndQuery).toURL().openConnection();
    connection.setConnectTimeout(5_000);
    connection.setReadTimeout((int) quiet.toMillis());
    if (lastEventId != null) {
      connection.setRequestProperty("Last-Event-ID", lastEventId);
    }
    List<Event> events = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
      String id = null;
      String name = null;
      StringBuilder data = new StringBuilder();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          if (name != null) {
            if (name.equals("ready")) {
              if (onReady != null) {
                onReady.run();
              }
            } else {
              events.add(new Event(id, name, MAPPER.readTree(data.toString())));
              if (done.test(events)) {
                return events;
              }
            }
          }
          id = null;
          name = null;
          data.setLength(0);
        } else if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.append(line.substring(6));
        }
      }
    } catch (java.net.SocketTimeoutException quietForTooLong) {
      return events;
    } finally {
      connection.disconnect();
    }
    return events;
  }
}

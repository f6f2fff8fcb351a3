package io.newstimeline.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends raw HTTP requests the way Confluent's Java client ({@code RestService}) does: every request,
 * GETs included, carries {@code Content-Type: application/vnd.schemaregistry.v1+json} and the
 * {@code Accept} header {@code HttpURLConnection} sends by default; bodies are compact JSON such as
 * {@code {"schema":"..."}}.
 */
final class ConfluentWire {

  static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
  private static final String URL_CONNECTION_ACCEPT = "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  ConfluentWire(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Returns the answer to {@code method pathAndQuery} with {@code body} (null for none), sent as {@link #V1_JSON}. */
  HttpResponse<String> send(String method, String pathAndQuery, String body) {
    return send(method, pathAndQuery, body, V1_JSON);
  }

  /** Returns the answer to {@code method pathAndQuery} with {@code body} sent as {@code contentType}. */
  HttpResponse<String> send(String method, String pathAndQuery, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
        .timeout(Duration.ofSeconds(10))
        .header("Accept", URL_CONNECTION_ACCEPT)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Request to " + pathAndQuery + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /** Returns {@code {"schema":"<schema, JSON-escaped>"}}, the body Confluent's client sends for an Avro schema. */
  static String schemaBody(String schema) {
    return "{\"schema\":" + quote(schema) + "}";
  }

  /** Returns {@code text} as a JSON string literal. */
  static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

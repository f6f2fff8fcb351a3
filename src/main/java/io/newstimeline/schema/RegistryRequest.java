package io.newstimeline.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request to the registry, decoded: method, path segments, query parameters and body.
 *
 * @param method the HTTP method in upper case
 * @param segments the path's segments, percent-decoded ({@code /subjects/a%2Fb} gives {@code subjects}, {@code a/b})
 * @param query the query parameters, percent-decoded, each name with its values in order
 * @param body the request body, empty when there is none
 */
record RegistryRequest(String method, List<String> segments, Map<String, List<String>> query, byte[] body) {

  /** Returns true when query parameter {@code name} is {@code true}, in any case (its first value counts). */
  boolean flag(String name) {
    return "true".equals(values(name).stream().findFirst().orElse("").toLowerCase(Locale.ROOT));
  }

  /** Returns every value of query parameter {@code name}, in order; empty when it is not given. */
  List<String> values(String name) {
    return query.getOrDefault(name, List.of());
  }

  /**
   * Returns the body read as JSON into {@code type}; an empty body reads as {@code {}}.
   *
   * @throws MalformedBodyException when the body is not JSON of that shape
   */
  <T> T body(Class<T> type) {
    String text = new String(body, StandardCharsets.UTF_8);
    try {
      return RegistryWire.JSON.readValue(text.isBlank() ? "{}" : text, type);
    } catch (JsonProcessingException e) {
      throw new MalformedBodyException(e.getOriginalMessage());
    }
  }

  /** Thrown when a request body is not the JSON the endpoint takes; answered with HTTP 400. */
  static final class MalformedBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedBodyException(String message) {
      super(message);
    }
  }
}

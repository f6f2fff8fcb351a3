package io.newstimeline.api;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The path and query parameters of one request, with typed getters that turn a bad value into a
 * 400 naming the parameter. Unknown parameters are refused too, so a misspelt filter is not
 * silently ignored.
 */
final class ApiRequest {

  /** Asks an instance to answer from its own stores only: how instances query each other. */
  static final String LOCAL_SCOPE = "scope";

  private final String path;
  private final Map<String, String> params;

  ApiRequest(String path, Map<String, String> params) {
    this.path = path;
    this.params = Map.copyOf(params);
  }

  static ApiRequest of(URI uri) {
    Map<String, String> params = new LinkedHashMap<>();
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (params.put(name, value) != null) {
          throw ApiException.badRequest("parameter '" + name + "' given twice");
        }
      }
    }
    return new ApiRequest(uri.getPath(), params);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("malformed query string");
    }
  }

  String path() {
    return path;
  }

  Map<String, String> params() {
    return params;
  }

  /** Whether another instance asked for this instance's own stores only. */
  boolean localOnly() {
    return "local".equals(params.get(LOCAL_SCOPE));
  }

  /** Refuses parameters outside {@code allowed} (the scope parameter is always allowed). */
  ApiRequest allow(Set<String> allowed) {
    for (String name : params.keySet()) {
      if (!allowed.contains(name) && !name.equals(LOCAL_SCOPE)) {
        throw ApiException.badRequest("unknown parameter '" + name + "'; known: " + String.join(", ", allowed));
      }
    }
    return this;
  }

  String text(String name) {
    String value = params.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("'" + name + "' must be a date as YYYY-MM-DD: '" + value + "'");
    }
  }

  Instant instant(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("'" + name + "' must be an ISO-8601 instant with an offset, e.g. 2023-09-01T00:00Z: '"
          + value + "'");
    }
  }

  int integer(String name, int defaultValue, int min, int max) {
    String value = text(name);
    if (value == null) {
      return defaultValue;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + name + "' must be a whole number: '" + value + "'");
    }
    if (parsed < min || parsed > max) {
      throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + max + ": " + parsed);
    }
    return parsed;
  }

  /** The value of {@code name} as a constant of {@code type} (case-insensitive), or null. */
  <E extends Enum<E>> E constant(String name, Class<E> type) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("unknown " + name + " '" + value + "'");
    }
  }
}

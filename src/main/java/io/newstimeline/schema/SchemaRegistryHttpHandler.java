package io.newstimeline.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newstimeline.schema.RegistryRequest.MalformedBodyException;
import io.newstimeline.schema.RegistryRoutes.Match;
import io.newstimeline.schema.RegistryRoutes.PathNotFoundException;
import io.newstimeline.schema.RegistryRoutes.RawJson;
import io.newstimeline.schema.RegistryWire.ErrorMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks HTTP for the registry: decodes requests, checks their content type, runs the matching
 * {@link RegistryRoutes} endpoint and writes its answer or error as
 * {@code application/vnd.schemaregistry.v1+json}, with Confluent's status codes and error bodies.
 */
final class SchemaRegistryHttpHandler implements HttpHandler {

  private static final Logger log = LoggerFactory.getLogger(SchemaRegistryHttpHandler.class);

  /** Request media types Confluent's registry accepts; a request without one is accepted too. */
  private static final Set<String> ACCEPTED_CONTENT_TYPES = Set.of(RegistryWire.CONTENT_TYPE,
      "application/vnd.schemaregistry+json", "application/json", "application/octet-stream");

  private final RegistryRoutes routes;

  SchemaRegistryHttpHandler(InMemorySchemaRegistry registry) {
    this.routes = new RegistryRoutes(registry);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      RegistryRequest request = new RegistryRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
          segments(exchange.getRequestURI().getRawPath()), query(exchange.getRequestURI().getRawQuery()), body);
      Answer answer = answer(request, exchange.getRequestHeaders().getFirst("Content-Type"));
      exchange.getResponseHeaders().set("Content-Type", RegistryWire.CONTENT_TYPE);
      exchange.sendResponseHeaders(answer.status(), answer.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    }
  }

  private record Answer(int status, byte[] body) {
  }

  private Answer answer(RegistryRequest request, String contentType) {
    try {
      if (!acceptable(contentType)) {
        return error(415, 415, "HTTP 415 Unsupported Media Type");
      }
      Match match = routes.route(request);
      if (match.endpoint() == null && RegistryRoutes.unsupportedFeature(request.segments())) {
        RegistryRoutes.notSupported(request, List.of());
      }
      if (match.endpoint() == null) {
        return match.notFoundStatus() == 405
            ? error(405, 405, "HTTP 405 Method Not Allowed")
            : error(404, 404, "HTTP 404 Not Found");
      }
      Object result = match.endpoint().handle(request, match.pathParams());
      byte[] json = result instanceof RawJson raw
          ? raw.json().getBytes(StandardCharsets.UTF_8)
          : RegistryWire.JSON.writeValueAsBytes(result);
      return new Answer(200, json);
    } catch (SchemaRegistryException e) {
      log.debug("{} /{} answered {}: {}", request.method(), String.join("/", request.segments()), e.errorCode(),
          e.getMessage());
      return error(e.httpStatus(), e.errorCode(), e.getMessage());
    } catch (PathNotFoundException e) {
      return error(404, 404, "HTTP 404 Not Found");
    } catch (MalformedBodyException e) {
      return error(400, 400, e.getMessage());
    } catch (JsonProcessingException | RuntimeException e) {
      log.error("{} /{} failed", request.method(), String.join("/", request.segments()), e);
      return error(500, 500, "Internal Server Error");
    }
  }

  private static Answer error(int status, int errorCode, String message) {
    try {
      return new Answer(status, RegistryWire.JSON.writeValueAsBytes(new ErrorMessage(errorCode, message)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an error body", e);
    }
  }

  private static boolean acceptable(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return ACCEPTED_CONTENT_TYPES.contains(mediaType);
  }

  /** Returns the decoded segments of {@code rawPath}; one trailing slash is ignored, empty segments are kept. */
  private static List<String> segments(String rawPath) {
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<String> segments = new ArrayList<>();
    if (path.isEmpty()) {
      return segments;
    }
    for (String segment : path.split("/", -1)) {
      segments.add(decode(segment));
    }
    return segments;
  }

  private static Map<String, List<String>> query(String rawQuery) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      query.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
    }
    return query;
  }

  /** Percent-decodes a path segment, keeping '+' as a plus sign (it means a space only in queries). */
  private static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}

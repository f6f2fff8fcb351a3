package io.newstimeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another instance of the same application for the part of an answer its stores hold: the
 * same public endpoint with {@code scope=local}, so instances need no second protocol.
 */
final class RemoteInstances {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** The JSON {@code host} answers to {@code path} with {@code params}, from its own stores only. */
  JsonNode get(HostInfo host, String path, Map<String, String> params) {
    Map<String, String> local = new LinkedHashMap<>(params);
    local.put(ApiRequest.LOCAL_SCOPE, "local");
    String query = local.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    URI uri = URI.create("http://" + host.host() + ":" + host.port() + path + "?" + query);
    try {
      HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      JsonNode body = ApiJson.parse(response.body());
      if (response.statusCode() != 200) {
        java.util.Set<Integer> partitions = new java.util.HashSet<>();
        body.path(ClusterQueries.PARTITIONS).forEach(p -> partitions.add(p.asInt()));
        throw new ApiException(response.statusCode(), body.path("error").asText("instance " + host + " answered "
            + response.statusCode()), partitions);
      }
      return body;
    } catch (IOException e) {
      throw ApiException.unavailable("instance " + host.host() + ":" + host.port() + " did not answer: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("interrupted while asking instance " + host.host() + ":" + host.port());
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

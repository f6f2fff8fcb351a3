package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The registry client sends the credentials it is given on every request, as Confluent's clients do. */
class RegistryAuthTest {

  @Test
  void shouldSendBasicAuthOrABearerTokenOnEveryRequest() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      seen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      new RestSchemaRegistryClient(url, Duration.ofSeconds(5), RegistryAuth.parse("basic:alice:s3cret")).getSubjects();
      new RestSchemaRegistryClient(url, Duration.ofSeconds(5), RegistryAuth.parse("bearer:token-123")).getSubjects();
      new RestSchemaRegistryClient(url, Duration.ofSeconds(5),
          RegistryAuth.fromSettings(Map.of("basic.auth.user.info", "bob:pw"))).getSubjects();
      new RestSchemaRegistryClient(url).getSubjects();
    } finally {
      server.stop(0);
    }

    assertThat(seen).containsExactly("Basic YWxpY2U6czNjcmV0", "Bearer token-123", "Basic Ym9iOnB3", "null");
  }

  @Test
  void shouldRefuseCredentialsWrittenAnotherWay() {
    assertThatThrownBy(() -> RegistryAuth.parse("alice:secret"))
        .hasMessage("expected basic:USER:PASSWORD or bearer:TOKEN");
    assertThatThrownBy(() -> RegistryAuth.parse("basic:alice")).hasMessage("basic auth needs USER:PASSWORD");
  }
}

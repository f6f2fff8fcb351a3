package io.newstimeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpURLConnection;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What the server answers before it has a pipeline to ask. */
class ApiServerTest {

  @Test
  void shouldAskClientsToRetryAfterASecondWhileThereIsNoPipelineYet() throws Exception {
    try (ApiServer api = ApiServer.bind("127.0.0.1", 0)) {
      HttpURLConnection connection = (HttpURLConnection) api.url().resolve(URI.create("/api/timeline")).toURL()
          .openConnection();

      assertThat(connection.getResponseCode()).isEqualTo(503);
      assertThat(connection.getHeaderField("Retry-After")).isEqualTo("1");
      connection.disconnect();
    }
  }
}

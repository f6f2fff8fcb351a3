package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerStorageTest {

  @TempDir
  Path tempDir;

  @Test
  void shouldFormatAMissingDirectoryWithANewClusterId() {
    Path dataDir = tempDir.resolve("kafka");

    String clusterId = BrokerStorage.formatIfNew(dataDir);

    assertThat(clusterId).isNotBlank();
    assertThat(BrokerStorage.isFormatted(dataDir)).isTrue();
    assertThat(BrokerStorage.clusterId(dataDir)).isEqualTo(clusterId);
  }

  @Test
  void shouldReuseAFormattedDirectoryAndItsClusterId() throws IOException {
    Path dataDir = tempDir.resolve("kafka");
    String clusterId = BrokerStorage.formatIfNew(dataDir);
    Path bootstrap = dataDir.resolve("bootstrap.checkpoint");
    long bootstrapModified = Files.getLastModifiedTime(bootstrap).toMillis();

    String again = BrokerStorage.formatIfNew(dataDir);

    assertThat(again).isEqualTo(clusterId);
    assertThat(Files.getLastModifiedTime(bootstrap).toMillis()).isEqualTo(bootstrapModified);
  }

  @Test
  void shouldFormatAnEmptyExistingDirectory() {
    String clusterId = BrokerStorage.formatIfNew(tempDir);

    assertThat(BrokerStorage.clusterId(tempDir)).isEqualTo(clusterId);
  }

  @Test
  void shouldRefuseADirectoryHoldingOtherFiles() throws IOException {
    Files.writeString(tempDir.resolve("notes.txt"), "not Kafka");

    assertThatThrownBy(() -> BrokerStorage.formatIfNew(tempDir))
        .isInstanceOf(BrokerStartupException.class)
        .hasMessage("Data directory " + tempDir + " holds other files but no Kafka data; "
            + "choose an empty or new directory with --data-dir");
    assertThat(BrokerStorage.isFormatted(tempDir)).isFalse();
  }
}

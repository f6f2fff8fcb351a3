package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker runs transaction protocol 2, on a new data directory and on one formatted with 1. */
@Tag("broker")
class TransactionVersionIT {

  @TempDir Path dataDir;

  @Test
  void shouldRunTransactionProtocol2OnANewDataDirectory() throws Exception {
    try (EmbeddedKafkaBroker broker = start()) {
      assertThat(finalizedLevel(broker)).isEqualTo((short) 2);
    }
  }

  @Test
  void shouldUpgradeADataDirectoryFormattedWithTransactionProtocol1() throws Exception {
    BrokerStorage.format(dataDir, BrokerProperties.NODE_ID, Uuid.randomUuid().toString(), (short) 1);

    try (EmbeddedKafkaBroker broker = start()) {
      assertThat(finalizedLevel(broker)).isEqualTo((short) 2);
    }
    try (EmbeddedKafkaBroker broker = start()) {
      assertThat(finalizedLevel(broker)).isEqualTo((short) 2);
    }
  }

  private EmbeddedKafkaBroker start() {
    return EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0).withDataDir(dataDir));
  }

  private static short finalizedLevel(EmbeddedKafkaBroker broker) throws Exception {
    try (Admin admin = Admin.create(KafkaClientConfigs.common(broker.bootstrapServers(), "test"))) {
      return admin.describeFeatures().featureMetadata().get(30, TimeUnit.SECONDS).finalizedFeatures()
          .get(TransactionVersion.FEATURE).maxVersionLevel();
    }
  }
}

package io.newstimeline.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.FeatureUpdate;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.clients.admin.UpdateFeaturesOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker's transaction protocol: version 2 (KIP-890), under which every transaction
 * ends with a new producer epoch and the partition leaders add a partition to its transaction
 * themselves, so that neither a late write of a fenced producer nor a write the coordinator does
 * not know of can leave a transaction open on a partition with no marker to come. Data
 * directories formatted with an older level are upgraded when the broker starts; clients use the
 * level the broker finalizes.
 */
final class TransactionVersion {

  static final String FEATURE = "transaction.version";
  static final short LEVEL = 2;

  private static final Logger log = LoggerFactory.getLogger(TransactionVersion.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private TransactionVersion() {
  }

  /** Finalizes {@value #FEATURE} {@value #LEVEL} on the broker at {@code bootstrapServers} if it is lower. */
  static void upgrade(String bootstrapServers) {
    // The embedded broker's own plaintext listener: the process-wide client settings are for the cluster clients use.
    try (Admin admin = Admin.create(Map.<String, Object>of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
        bootstrapServers, CommonClientConfigs.CLIENT_ID_CONFIG, "news-timeline-features"))) {
      short level = finalizedLevel(admin);
      if (level >= LEVEL) {
        return;
      }
      admin.updateFeatures(Map.of(FEATURE, new FeatureUpdate(LEVEL, FeatureUpdate.UpgradeType.UPGRADE)),
          new UpdateFeaturesOptions()).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      // The broker learns the new level from the metadata log a moment later; clients created
      // before it does would keep the old protocol, so return only once it serves the new one.
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (finalizedLevel(admin) < LEVEL) {
        if (System.nanoTime() > deadline) {
          throw new TimeoutException(FEATURE + " " + LEVEL + " not in force after " + TIMEOUT.toSeconds() + " s");
        }
        Thread.sleep(50);
      }
      log.info("Upgraded {} of the data directory from {} to {}", FEATURE, level, LEVEL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerStartupException("Interrupted while setting " + FEATURE, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new BrokerStartupException("Could not set " + FEATURE + " " + LEVEL + ": "
          + (e.getCause() != null ? e.getCause().getMessage() : e.toString()), e);
    }
  }

  private static short finalizedLevel(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    FinalizedVersionRange finalized = admin.describeFeatures().featureMetadata()
        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).finalizedFeatures().get(FEATURE);
    return finalized == null ? 0 : finalized.maxVersionLevel();
  }
}

package io.newstimeline.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's data directory: formatted once when new, then reused as is, so topics, records and
 * the cluster id survive restarts.
 */
final class BrokerStorage {

  /** The command-line flag that chooses the data directory, named in error messages. */
  static final String DATA_DIR_FLAG = "--data-dir";

  private static final Logger log = LoggerFactory.getLogger(BrokerStorage.class);
  private static final String META_PROPERTIES = "meta.properties";

  private BrokerStorage() {
  }

  /**
   * Returns the cluster id of {@code dataDir}, formatting the directory with a new cluster id first
   * when it is missing or empty.
   *
   * @throws BrokerStartupException when the directory holds other files but no broker data
   */
  static String formatIfNew(Path dataDir) {
    return formatIfNew(dataDir, BrokerProperties.NODE_ID, null);
  }

  /**
   * Returns the cluster id of {@code dataDir}, formatting the directory first for node
   * {@code nodeId} when it is missing or empty, with {@code clusterId} (a new one when null): each
   * node of a cluster is formatted apart, with the id they share.
   *
   * @throws BrokerStartupException when the directory holds other files but no broker data, or the
   *     data of another cluster or node
   */
  static String formatIfNew(Path dataDir, int nodeId, String clusterId) {
    if (isFormatted(dataDir)) {
      String found = clusterId(dataDir);
      String node = meta(dataDir).getProperty("node.id");
      if (clusterId != null && !clusterId.equals(found) || node != null && !node.equals(Integer.toString(nodeId))) {
        throw new BrokerStartupException("Data directory " + dataDir + " holds node " + node + " of cluster " + found
            + ", not node " + nodeId + " of cluster " + (clusterId == null ? "(new)" : clusterId)
            + "; give each node its own " + DATA_DIR_FLAG + " and the same " + ClusterVoters.FLAG + " on every start");
      }
      return found;
    }
    if (!isEmptyOrMissing(dataDir)) {
      throw new BrokerStartupException("Data directory " + dataDir
          + " holds other files but no Kafka data; choose an empty or new directory with " + DATA_DIR_FLAG);
    }
    String id = clusterId != null ? clusterId : Uuid.randomUuid().toString();
    format(dataDir, nodeId, id, TransactionVersion.LEVEL);
    return id;
  }

  /** True when {@code dataDir} has been formatted for a broker. */
  static boolean isFormatted(Path dataDir) {
    return Files.isRegularFile(dataDir.resolve(META_PROPERTIES));
  }

  /** Returns the cluster id recorded in a formatted {@code dataDir}. */
  static String clusterId(Path dataDir) {
    String clusterId = meta(dataDir).getProperty("cluster.id");
    if (clusterId == null || clusterId.isBlank()) {
      throw new BrokerStartupException("Data directory " + dataDir
          + " has no cluster id in " + META_PROPERTIES + "; choose another with " + DATA_DIR_FLAG);
    }
    return clusterId;
  }

  private static Properties meta(Path dataDir) {
    Properties meta = new Properties();
    try (InputStream in = Files.newInputStream(dataDir.resolve(META_PROPERTIES))) {
      meta.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + dataDir.resolve(META_PROPERTIES), e);
    }
    return meta;
  }

  /**
   * Formats {@code dataDir} for node {@code nodeId} of cluster {@code clusterId} with transaction
   * protocol {@code transactionVersion}.
   */
  static void format(Path dataDir, int nodeId, String clusterId, short transactionVersion) {
    ByteArrayOutputStream formatterOutput = new ByteArrayOutputStream();
    try {
      Files.createDirectories(dataDir);
      new Formatter()
          .setPrintStream(new PrintStream(formatterOutput, true, StandardCharsets.UTF_8))
          .setNodeId(nodeId)
          .setClusterId(clusterId)
          .setDirectories(List.of(dataDir.toString()))
          .setMetadataLogDirectory(dataDir.toString())
          .setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
          .setReleaseVersion(MetadataVersion.latestProduction())
          .setFeatureLevel(TransactionVersion.FEATURE, transactionVersion)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create data directory " + dataDir, e);
    } catch (Exception e) {
      throw new IllegalStateException("Could not format data directory " + dataDir + ": " + e.getMessage(), e);
    }
    log.debug("Formatted {} for cluster {}: {}", dataDir, clusterId,
        formatterOutput.toString(StandardCharsets.UTF_8).strip());
  }

  private static boolean isEmptyOrMissing(Path dataDir) {
    if (!Files.exists(dataDir)) {
      return true;
    }
    if (!Files.isDirectory(dataDir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dataDir)) {
      return entries.allMatch(entry -> entry.getFileName().toString().equals(DataDirLock.FILE_NAME));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list data directory " + dataDir, e);
    }
  }
}

package io.newstimeline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Gives an instance of the pipeline a consumer-group identity that outlives its process: an id
 * kept in its state directory and used as {@code group.instance.id} (Kafka Streams adds each
 * stream thread's index).
 *
 * <p>Why: a killed instance leaves its members in both stages' groups. With dynamic membership, a
 * restart must wait for the coordinator to expire them (the session timeout, 45 s, counted again
 * from the moment a restarted broker reloads the group) before any task is assigned. A static
 * member that comes back with the same id takes its old place at once. Two instances on one
 * machine have two state directories, hence two ids.
 */
public final class StaticMembership {

  static final String FILE_NAME = "group-instance-id";

  private StaticMembership() {}

  /** {@code props} with the group instance id kept under their state directory (created on first use). */
  public static PipelineProperties apply(PipelineProperties props) {
    Path stateDir = Path.of(props.timeline().getProperty(StreamsConfig.STATE_DIR_CONFIG));
    return props.with(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, idIn(stateDir));
  }

  /** The instance id stored in {@code stateDir}, written there first when absent. */
  static String idIn(Path stateDir) {
    Path file = stateDir.resolve(FILE_NAME);
    try {
      if (Files.exists(file)) {
        String id = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!id.isEmpty()) {
          return id;
        }
      }
      Files.createDirectories(stateDir);
      String id = "news-timeline-" + UUID.randomUUID();
      // Written aside and moved, so that a kill mid-write never leaves an empty or partial id.
      Path partial = stateDir.resolve(FILE_NAME + ".partial");
      Files.writeString(partial, id + "\n", StandardCharsets.UTF_8);
      Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the group instance id in " + stateDir, e);
    }
  }
}

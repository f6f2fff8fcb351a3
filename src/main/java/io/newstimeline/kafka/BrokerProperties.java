package io.newstimeline.kafka;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server configuration of an embedded KRaft node: one process that is both broker and
 * controller, listening on loopback only. A single node replicates every internal topic once; a
 * node of a cluster ({@link ClusterVoters}) replicates them min(3, nodes) times, and with three
 * or more nodes a write needs two in-sync replicas, so one node may be lost without losing an
 * acknowledged record or stopping the writers.
 */
final class BrokerProperties {

  /** The node id of the only node. */
  static final int NODE_ID = 1;
  /** The listener clients use. */
  static final String CLIENT_LISTENER = "PLAINTEXT";
  /** The listener the KRaft controller uses. */
  static final String CONTROLLER_LISTENER = "CONTROLLER";

  private BrokerProperties() {
  }

  /** Returns the server properties for a node keeping its data in {@code dataDir}. */
  static Map<String, String> of(Path dataDir, int port, int controllerPort) {
    return of(dataDir, port, controllerPort, List.of());
  }

  /** Returns the server properties for a single node that also listens on {@code listeners}. */
  static Map<String, String> of(Path dataDir, int port, int controllerPort, List<BrokerListener> listeners) {
    return of(dataDir, port, NODE_ID, ClusterVoters.of(1, controllerPort), listeners);
  }

  /** Returns the server properties for node {@code nodeId} of the cluster whose quorum is {@code voters}. */
  static Map<String, String> of(Path dataDir, int port, int nodeId, ClusterVoters voters, List<BrokerListener> listeners) {
    String host = LoopbackPorts.HOST;
    int controllerPort = voters.controllerPort(nodeId);
    Map<String, String> props = new LinkedHashMap<>();
    props.put("process.roles", "broker,controller");
    props.put("node.id", Integer.toString(nodeId));
    // A static quorum: its addresses are read from config on every start, not stored in the log,
    // so a single node's controller may take a different free port after a restart.
    props.put("controller.quorum.voters", voters.toString());
    props.put("controller.listener.names", CONTROLLER_LISTENER);
    props.put("listeners", CLIENT_LISTENER + "://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
    props.put("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + port);
    props.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    props.put("inter.broker.listener.name", CLIENT_LISTENER);
    for (BrokerListener listener : listeners) {
      props.merge("listeners", listener.name() + "://" + host + ":" + listener.port(), (a, b) -> a + "," + b);
      props.merge("advertised.listeners", listener.name() + "://" + host + ":" + listener.port(), (a, b) -> a + "," + b);
      props.merge("listener.security.protocol.map", listener.name() + ":" + listener.securityProtocol(),
          (a, b) -> a + "," + b);
      listener.settings().forEach((key, value) -> props.put(listener.settingsPrefix() + key, value));
    }
    props.put("log.dirs", dataDir.toString());
    props.put("metadata.log.dir", dataDir.toString());

    // Internal topics replicated no more than there are nodes, or consumer groups and transactions
    // never start; on a cluster, one coordinator partition per replica so that coordinators spread.
    TopicReplication replication = TopicReplication.forBrokers(voters.size());
    String factor = Short.toString(replication.factor());
    String minIsr = Integer.toString(replication.minInsyncReplicas());
    props.put("offsets.topic.replication.factor", factor);
    props.put("offsets.topic.num.partitions", factor);
    props.put("transaction.state.log.replication.factor", factor);
    props.put("transaction.state.log.min.isr", minIsr);
    props.put("transaction.state.log.num.partitions", factor);
    props.put("share.coordinator.state.topic.replication.factor", factor);
    props.put("share.coordinator.state.topic.min.isr", minIsr);
    props.put("default.replication.factor", factor);
    props.put("min.insync.replicas", minIsr);
    props.put("group.initial.rebalance.delay.ms", "0");

    // The application creates its topics, with their partitions and compaction, from TopicCatalog;
    // a misspelt topic name should fail rather than silently create a one-partition, uncompacted topic.
    props.put("auto.create.topics.enable", "false");

    // After a kill, the broker re-reads every log segment written since its last recovery point
    // before it serves, and a segment that is never flushed (the default) keeps it at the segment's
    // start: ~20 s after a 100k-event load. Flushing every few seconds and checkpointing the
    // recovery points as often bounds that re-read to the last few seconds of writes.
    props.put("log.flush.scheduler.interval.ms", "1000");
    props.put("log.flush.interval.ms", "2000");
    props.put("log.flush.offset.checkpoint.interval.ms", "2000");
    props.put("log.flush.start.offset.checkpoint.interval.ms", "2000");
    // A transaction left open by a killed producer blocks read_committed readers and committed-offset
    // fetches until it is aborted; look for expired ones every 2 s rather than every 10 s.
    props.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "2000");
    props.put("num.recovery.threads.per.data.dir", "2");
    // A restarted node must register its broker again, and the controller refuses a new registration
    // of the same node id while the old one's session may still be alive: after a kill that meant
    // waiting out the default 9 s session. Both live in this one process, so a short session costs
    // nothing in stability and the broker is back ~3 s after the controller. On a cluster the same
    // session is how long a killed node keeps leading its partitions before the others take over.
    props.put("broker.heartbeat.interval.ms", "500");
    props.put("broker.session.timeout.ms", "3000");

    // Sized for a laptop with two cores rather than a production server.
    props.put("num.network.threads", "2");
    props.put("num.io.threads", "4");
    props.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
    return props;
  }
}

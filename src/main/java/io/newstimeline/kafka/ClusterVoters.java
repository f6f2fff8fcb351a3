package io.newstimeline.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;

/**
 * The KRaft controller quorum of an embedded cluster: every node is broker and controller, and
 * each is named with the address of its controller listener, as in {@code controller.quorum.voters}
 * ({@code 1@127.0.0.1:19093,2@127.0.0.1:19094,3@127.0.0.1:19095}). Every node of a cluster is
 * started with the same voters; the cluster id is derived from them, so nodes formatted apart (each
 * in its own JVM, on its own data directory) agree on it without being told.
 *
 * @param voters the nodes, by ascending id
 */
public record ClusterVoters(List<Voter> voters) {

  /** The flag that gives the voters on the command line, named in error messages. */
  public static final String FLAG = "--cluster-voters";

  /** One node: its id and the loopback port of its controller listener. */
  public record Voter(int id, int controllerPort) {}

  public ClusterVoters {
    voters = List.copyOf(voters);
  }

  /**
   * Returns the voters written as {@code id@host:port,...}; the host must be loopback, where the
   * embedded broker listens.
   *
   * @throws IllegalArgumentException naming what is wrong, in one line
   */
  public static ClusterVoters parse(String text) {
    List<Voter> voters = new ArrayList<>();
    Set<Integer> ids = new TreeSet<>();
    Set<Integer> ports = new TreeSet<>();
    for (String part : text.split(",")) {
      String voter = part.trim();
      int at = voter.indexOf('@');
      int colon = voter.lastIndexOf(':');
      if (at < 1 || colon < at + 2 || colon == voter.length() - 1) {
        throw new IllegalArgumentException("'" + voter + "' is not ID@HOST:PORT");
      }
      String host = voter.substring(at + 1, colon);
      if (!host.equals(LoopbackPorts.HOST) && !host.equals("localhost")) {
        throw new IllegalArgumentException("'" + voter + "': the embedded cluster listens on " + LoopbackPorts.HOST
            + " only; run nodes on other machines with a Kafka distribution");
      }
      int id = number(voter, voter.substring(0, at));
      int port = number(voter, voter.substring(colon + 1));
      if (id < 0 || port < 1 || port > 65_535) {
        throw new IllegalArgumentException("'" + voter + "': node id must be >= 0 and port in 1..65535");
      }
      if (!ids.add(id) || !ports.add(port)) {
        throw new IllegalArgumentException("'" + voter + "': each node needs an id and a port of its own");
      }
      voters.add(new Voter(id, port));
    }
    voters.sort((a, b) -> Integer.compare(a.id(), b.id()));
    return new ClusterVoters(voters);
  }

  /** The voters of {@code nodes} nodes, ids 1..n, on consecutive controller ports from {@code firstPort}. */
  public static ClusterVoters of(int nodes, int firstPort) {
    List<Voter> voters = new ArrayList<>();
    for (int id = 1; id <= nodes; id++) {
      voters.add(new Voter(id, firstPort + id - 1));
    }
    return new ClusterVoters(voters);
  }

  /** How many nodes the cluster has. */
  public int size() {
    return voters.size();
  }

  /**
   * The controller port of node {@code nodeId}.
   *
   * @throws IllegalArgumentException when it is not one of the voters
   */
  public int controllerPort(int nodeId) {
    return voters.stream().filter(v -> v.id() == nodeId).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("node id " + nodeId + " is not among " + FLAG + " " + this))
        .controllerPort();
  }

  /**
   * The cluster id every node formats its data directory with: a hash of the voters, the same in
   * every JVM given the same voters.
   */
  public String clusterId() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest(("news-timeline:" + this).getBytes(StandardCharsets.UTF_8));
      while (true) {
        ByteBuffer bytes = ByteBuffer.wrap(hash);
        Uuid id = new Uuid(bytes.getLong(), bytes.getLong());
        // Kafka reserves a few ids, and an id printed with a leading '-' reads as a flag: hash again then.
        if (!id.toString().startsWith("-") && !Uuid.RESERVED.contains(id)) {
          return id.toString();
        }
        hash = sha.digest(hash);
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  /** The {@code controller.quorum.voters} value. */
  @Override
  public String toString() {
    return voters.stream().map(v -> v.id() + "@" + LoopbackPorts.HOST + ":" + v.controllerPort())
        .collect(Collectors.joining(","));
  }

  private static int number(String voter, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + voter + "' is not ID@HOST:PORT");
    }
  }
}

package io.newstimeline.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks and picks TCP ports on the loopback interface, where the embedded broker listens. */
final class LoopbackPorts {

  /** The address every embedded listener binds to and advertises. */
  static final String HOST = "127.0.0.1";

  private LoopbackPorts() {
  }

  /** Returns a port that was free on loopback a moment ago, chosen by the operating system. */
  static int pickFree() {
    try (ServerSocket socket = bind(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not find a free port on " + HOST, e);
    }
  }

  /** Returns normally when {@code port} can be bound on loopback, else throws {@link PortInUseException}. */
  static void requireFree(int port) {
    try (ServerSocket ignored = bind(port)) {
      // Bound and released: the broker can take it.
    } catch (IOException e) {
      throw new PortInUseException(port, e);
    }
  }

  private static ServerSocket bind(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    try {
      // Same as the broker's own listener, so a port in TIME_WAIT counts as free and a listening one does not.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }
}

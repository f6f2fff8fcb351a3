package io.newstimeline;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/** Creates the JDK HTTP servers of the project (the embedded registry, the query API) with TCP_NODELAY on. */
public final class HttpServers {

  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer
    // on a kept-alive connection then waits for the client's delayed ACK (40 ms on Linux). The
    // setting is read once, when the first JDK HttpServer of the JVM starts, so every server of
    // the project is created here; an explicit setting is kept.
    if (System.getProperty(NO_DELAY_PROPERTY) == null) {
      System.setProperty(NO_DELAY_PROPERTY, "true");
    }
  }

  private HttpServers() {
  }

  /** A server bound to {@code address} with {@code backlog} (0: the system's default), not started. */
  public static HttpServer create(InetSocketAddress address, int backlog) throws IOException {
    return HttpServer.create(address, backlog);
  }
}

package io.newstimeline.schema;

import com.sun.net.httpserver.HttpServer;
import io.newstimeline.HttpServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Confluent-compatible schema registry over HTTP, in this JVM: Confluent's REST API v1 on
 * {@code 127.0.0.1} (loopback only) in front of an {@link InMemorySchemaRegistry}. Any Confluent
 * client or serializer can use it; only Avro schemas are accepted (other schema types and schema
 * references are refused with error 42201).
 *
 * <pre>{@code
 * try (EmbeddedSchemaRegistryServer server = EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(), 0)) {
 *   SchemaRegistryClient client = new RestSchemaRegistryClient(server.url());
 * }
 * }</pre>
 *
 * <p>Endpoints: {@code GET /}; {@code GET /subjects}; {@code POST|DELETE /subjects/{subject}};
 * {@code GET|POST /subjects/{subject}/versions}; {@code GET|DELETE /subjects/{subject}/versions/{version}};
 * {@code GET /subjects/{subject}/versions/{version}/schema}; {@code GET /schemas/types};
 * {@code GET /schemas/ids/{id}} and its {@code /schema}, {@code /versions} and {@code /subjects};
 * {@code GET|PUT|DELETE /config}; {@code GET|PUT|DELETE /config/{subject}};
 * {@code POST /compatibility/subjects/{subject}/versions[/{version}]}.
 */
public final class EmbeddedSchemaRegistryServer implements AutoCloseable {

  /** The port Confluent's registry listens on by default. */
  public static final int DEFAULT_PORT = 8081;

  /** The command-line flag that chooses the registry port, named when the port is taken. */
  public static final String PORT_FLAG = "--registry-port";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedSchemaRegistryServer.class);
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;
  private final InMemorySchemaRegistry registry;
  private final int port;
  private boolean closed;

  private EmbeddedSchemaRegistryServer(HttpServer server, ExecutorService executor, InMemorySchemaRegistry registry) {
    this.server = server;
    this.executor = executor;
    this.registry = registry;
    this.port = server.getAddress().getPort();
  }

  /**
   * Returns a server answering for {@code registry} on {@code port} of 127.0.0.1, ready for
   * requests; port 0 picks a free one.
   *
   * @throws PortInUseException when the port is taken
   */
  public static EmbeddedSchemaRegistryServer start(InMemorySchemaRegistry registry, int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("Registry port must be between 0 and 65535: " + port);
    }
    HttpServer server;
    try {
      server = HttpServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (BindException e) {
      throw new PortInUseException(port, PORT_FLAG, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the schema registry on port " + port, e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
    server.setExecutor(executor);
    server.createContext("/", new SchemaRegistryHttpHandler(registry));
    server.start();
    EmbeddedSchemaRegistryServer started = new EmbeddedSchemaRegistryServer(server, executor, registry);
    log.info("Schema registry ready at {}", started.url());
    return started;
  }

  /** Returns the base URL clients use, e.g. {@code http://127.0.0.1:8081}. */
  public String url() {
    return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
  }

  /** Returns the port the server listens on. */
  public int port() {
    return port;
  }

  /** Returns the registry the server answers for. */
  public InMemorySchemaRegistry registry() {
    return registry;
  }

  /** Stops answering and releases the port; the registry and its log stay open. Safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.stop(0);
    executor.shutdownNow();
    log.info("Schema registry at {} stopped", url());
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "schema-registry-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

package io.newstimeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newstimeline.HttpServers;
import io.newstimeline.InputException;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of the timeline: the query API ({@code /api/*}, documented by
 * {@code /api/openapi.yaml}), the live stream, health, Prometheus metrics and the dashboard
 * ({@code /}), on the JDK's own HTTP server: it ships with every JDK, is what the embedded
 * schema registry already runs on, and streams a chunked response as Server-Sent Events need, so
 * the API adds no web framework to the jar.
 *
 * <p>The server binds before the pipeline starts, so that its address can be given to Kafka
 * Streams as {@code application.server} (how instances find each other's stores); until
 * {@link #serve} hands it the running pipeline, the API answers 503 and the dashboard waits.
 */
public final class ApiServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
  /** Requests at once, live streams included (each holds a thread while open). */
  private static final int THREADS = 96;
  /** What a 503 tells a client to wait before asking again. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final HttpServer server;
  private final ExecutorService executor;
  private final HostInfo advertised;
  private final ApiMetrics metrics = new ApiMetrics();
  private volatile TimelineService service;

  private ApiServer(HttpServer server, ExecutorService executor, HostInfo advertised) {
    this.server = server;
    this.executor = executor;
    this.advertised = advertised;
  }

  /**
   * Binds {@code host}:{@code port} (0: any free port) and starts answering.
   *
   * @throws InputException when the port is taken or the host is not an address of this machine
   */
  public static ApiServer bind(String host, int port) {
    HttpServer server;
    try {
      server = HttpServers.create(new InetSocketAddress(InetAddress.getByName(host), port), 64);
    } catch (BindException e) {
      throw new InputException("HTTP port " + port + " on " + host + " is in use or not ours: " + e.getMessage()
          + " (choose another with --http-port, 0 for any free one)", e);
    } catch (IOException e) {
      throw new InputException("Cannot serve HTTP on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    AtomicInteger threads = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, "news-timeline-http-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    executor.allowCoreThreadTimeOut(true);
    server.setExecutor(executor);
    ApiServer api = new ApiServer(server, executor, new HostInfo(advertisedHost(host), server.getAddress().getPort()));
    server.createContext("/", api::handle);
    server.start();
    return api;
  }

  /** The name other instances reach this one by: the bound host, or this machine's name when bound to every address. */
  private static String advertisedHost(String host) {
    try {
      InetAddress address = InetAddress.getByName(host);
      return address.isAnyLocalAddress() ? InetAddress.getLocalHost().getHostName() : host;
    } catch (IOException e) {
      return host;
    }
  }

  /** {@code host:port} for Kafka Streams' {@code application.server}. */
  public String applicationServer() {
    return advertised.host() + ":" + advertised.port();
  }

  /** The port bound. */
  public int port() {
    return advertised.port();
  }

  /** The dashboard's address. */
  public URI url() {
    String host = advertised.host().contains(":") ? "[" + advertised.host() + "]" : advertised.host();
    return URI.create("http://" + host + ":" + advertised.port() + "/");
  }

  /** Starts answering queries over {@code pipeline}, whose stages were started with {@link #applicationServer}. */
  public void serve(TimelinePipeline pipeline, TimelineConfig config, TimelineSerdes serdes, String bootstrapServers) {
    metrics.bind(pipeline.timeline().streams(), pipeline.timeline().applicationId());
    metrics.bind(pipeline.actorViews().streams(), pipeline.actorViews().applicationId());
    service = new TimelineService(pipeline, config, serdes, bootstrapServers, advertised);
  }

  private void handle(HttpExchange exchange) {
    long started = System.nanoTime();
    String route = "other";
    int status;
    try {
      URI uri = exchange.getRequestURI();
      route = route(uri.getPath());
      status = dispatch(exchange, route, uri);
    } catch (ApiException e) {
      status = error(exchange, e.status(), e.getMessage(), e.partitions());
    } catch (InvalidStateStoreException e) {
      // A store closed or migrated while it was read (a rebalance): the answer is not known yet, not wrong.
      ApiException unavailable = ApiException.unavailable("a store moved while it was read: " + e.getMessage());
      status = error(exchange, unavailable.status(), unavailable.getMessage(), unavailable.partitions());
    } catch (RuntimeException | IOException e) {
      log.warn("Request {} failed", exchange.getRequestURI(), e);
      status = error(exchange, 500, "internal error: " + e.getClass().getSimpleName());
    } finally {
      exchange.close();
    }
    metrics.request(route, status, System.nanoTime() - started);
  }

  /** The route of {@code path}: a fixed name, so metrics do not grow with ids. */
  private static String route(String path) {
    if (path.equals("/") || path.equals("/index.html")) {
      return "dashboard";
    }
    if (path.startsWith("/dashboard/")) {
      return "asset";
    }
    if (path.startsWith("/api/entries/")) {
      return "entry";
    }
    if (path.startsWith("/api/actors/")) {
      return "actor";
    }
    return switch (path) {
      case "/metrics" -> "metrics";
      case "/api/openapi.yaml" -> "openapi";
      case "/api/health" -> "health";
      case "/api/stream" -> "stream";
      case "/api/timeline" -> "timeline";
      case "/api/actors" -> "actors";
      case "/api/links" -> "links";
      case "/api/alerts" -> "alerts";
      default -> "other";
    };
  }

  private int dispatch(HttpExchange exchange, String route, URI uri) throws IOException {
    if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      throw new ApiException(405, "method " + exchange.getRequestMethod() + " not allowed; the API is read-only");
    }
    ApiRequest request = ApiRequest.of(uri);
    switch (route) {
      case "dashboard":
        return asset(exchange, StaticAssets.dashboard("index.html"));
      case "asset":
        return asset(exchange, StaticAssets.dashboard(uri.getPath().substring("/dashboard/".length())));
      case "openapi":
        return asset(exchange, StaticAssets.openApi());
      case "metrics":
        return send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape().getBytes(StandardCharsets.UTF_8));
      case "other":
        throw ApiException.notFound("no such resource: " + uri.getPath() + " (see /api/openapi.yaml)");
      default:
        break;
    }
    TimelineService backend = service;
    if (backend == null) {
      throw ApiException.unavailable("the timeline is starting; retry in a few seconds");
    }
    if (route.equals("health")) {
      request.allow(Set.of());
      return json(exchange, backend.health().up() ? 200 : 503, backend.health().report());
    }
    if (route.equals("stream")) {
      backend.live().serve(exchange, request);
      return 200;
    }
    ClusterQueries queries = backend.queries();
    JsonNode body = switch (route) {
      case "timeline" -> backend.timeline(request);
      case "entry" -> queries.entry(request.allow(Set.of()), id(uri.getPath(), "/api/entries/"));
      case "actor" -> {
        request.allow(TimelineService.ACTOR_PARAMS);
        yield queries.actor(request, id(uri.getPath(), "/api/actors/"), TimelineFilter.cursor(request.text("after")),
            request.integer("limit", TimelineFilter.DEFAULT_LIMIT, 1, TimelineFilter.MAX_LIMIT));
      }
      case "actors" -> queries.actors(request.allow(Set.of("q", "limit")), request.text("q"),
          request.integer("limit", 100, 1, ClusterQueries.MAX_LIST));
      case "links" -> queries.links(request.allow(Set.of("actor", "limit")), request.text("actor"),
          request.integer("limit", 200, 1, ClusterQueries.MAX_LIST));
      case "alerts" -> queries.alerts(request.allow(Set.of("limit")), request.integer("limit", 20, 1, ClusterQueries.MAX_LIST));
      default -> throw ApiException.notFound("no such resource: " + uri.getPath());
    };
    return json(exchange, 200, body);
  }

  /** The id that follows {@code prefix} in {@code path} (already percent-decoded by the URI). */
  private static String id(String path, String prefix) {
    String id = path.substring(prefix.length());
    if (id.isEmpty() || id.contains("/")) {
      throw ApiException.notFound("no such resource: " + path);
    }
    return id;
  }

  private static int asset(HttpExchange exchange, StaticAssets.Asset asset) throws IOException {
    if (asset == null) {
      throw ApiException.notFound("no such file: " + exchange.getRequestURI().getPath());
    }
    return send(exchange, 200, asset.contentType(), asset.body());
  }

  private static int json(HttpExchange exchange, int status, JsonNode body) throws IOException {
    return send(exchange, status, "application/json", ApiJson.bytes(body));
  }

  private static int error(HttpExchange exchange, int status, String message) {
    return error(exchange, status, message, Set.of());
  }

  private static int error(HttpExchange exchange, int status, String message, Set<Integer> partitions) {
    try {
      if (status == 503) {
        // Starting, rebalancing, or an instance lost: answered again within seconds.
        exchange.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      }
      var body = ApiJson.object().put("status", status).put("error", message);
      if (!partitions.isEmpty()) {
        partitions.stream().sorted().forEach(body.putArray(ClusterQueries.PARTITIONS)::add);
      }
      json(exchange, status, body);
    } catch (IOException | RuntimeException e) {
      log.debug("Could not send error {} to the client: {}", status, e.getMessage()); // headers already sent, or client gone
    }
    return status;
  }

  private static int send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    return status;
  }

  @Override
  public void close() {
    TimelineService backend = service;
    if (backend != null) {
      backend.close();
    }
    server.stop(0);
    executor.shutdown(); // open live streams end at their next poll, once the service is closed
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
    metrics.close();
  }
}

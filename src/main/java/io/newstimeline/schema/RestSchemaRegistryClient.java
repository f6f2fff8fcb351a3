package io.newstimeline.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.newstimeline.schema.RegistryWire.CompatibilityCheckResponse;
import io.newstimeline.schema.RegistryWire.Config;
import io.newstimeline.schema.RegistryWire.ConfigUpdateRequest;
import io.newstimeline.schema.RegistryWire.ErrorMessage;
import io.newstimeline.schema.RegistryWire.RegisterSchemaResponse;
import io.newstimeline.schema.RegistryWire.SchemaRequest;
import io.newstimeline.schema.RegistryWire.SchemaString;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A {@link SchemaRegistryClient} for any registry speaking Confluent's REST API v1 (Confluent's
 * own, or {@link EmbeddedSchemaRegistryServer}), over {@code java.net.http}.
 *
 * <p>It caches what never changes: the id of each (subject, schema) it registered and the schema
 * of each id it resolved, so serdes call the registry once per subject and once per writer
 * schema. Every error becomes a {@link SchemaRegistryException}: the registry's own code and
 * message when it answered, {@link SchemaRegistryException#REGISTRY_UNAVAILABLE} with a one-line
 * message naming the URL when it could not be reached. Thread-safe.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

  /** How long to wait for a connection, and then for each answer, unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The Accept header of Confluent's clients: its own media types first, plain JSON last. */
  private static final String ACCEPT =
      RegistryWire.CONTENT_TYPE + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";

  private record SubjectSchema(String subject, String schema) {
  }

  private final String baseUrl;
  private final Duration timeout;
  private final RegistryAuth auth;
  private final HttpClient http;
  private final Map<SubjectSchema, Integer> idBySubjectSchema = new ConcurrentHashMap<>();
  private final Map<Integer, Schema> schemaById = new ConcurrentHashMap<>();

  /** Creates a client of the registry at {@code baseUrl}, e.g. {@code http://127.0.0.1:8081}. */
  public RestSchemaRegistryClient(String baseUrl) {
    this(baseUrl, DEFAULT_TIMEOUT);
  }

  /** Creates a client of the registry at {@code baseUrl} that waits at most {@code timeout} to connect and for each answer. */
  public RestSchemaRegistryClient(String baseUrl, Duration timeout) {
    this(baseUrl, timeout, RegistryAuth.NONE);
  }

  /** Creates a client of the registry at {@code baseUrl} that authenticates every request with {@code auth}. */
  public RestSchemaRegistryClient(String baseUrl, Duration timeout, RegistryAuth auth) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.timeout = timeout;
    this.auth = auth;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .build();
  }

  /** Returns the registry's base URL. */
  public String url() {
    return baseUrl;
  }

  @Override
  public int register(String subject, Schema schema) {
    SubjectSchema key = new SubjectSchema(subject, schema.toString());
    Integer cached = idBySubjectSchema.get(key);
    if (cached != null) {
      return cached;
    }
    RegisterSchemaResponse response = send("POST", "/subjects/" + encode(subject) + "/versions",
        new SchemaRequest(schema.toString()), new TypeReference<>() { });
    idBySubjectSchema.put(key, response.id());
    schemaById.putIfAbsent(response.id(), schema);
    return response.id();
  }

  @Override
  public Schema getById(int id) {
    Schema cached = schemaById.get(id);
    if (cached != null) {
      return cached;
    }
    SchemaString response = send("GET", "/schemas/ids/" + id, null, new TypeReference<>() { });
    Schema schema = new Schema.Parser().parse(response.schema());
    schemaById.putIfAbsent(id, schema);
    return schema;
  }

  /** Returns the newest live version of {@code subject}. */
  public RegisteredSchema getLatest(String subject) {
    return getVersion(subject, VersionId.LATEST);
  }

  /** Returns version {@code version} of {@code subject}. */
  public RegisteredSchema getVersion(String subject, VersionId version) {
    return send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null, new TypeReference<>() { });
  }

  /** Returns the version of {@code subject} holding {@code schema}; error 40403 when none does. */
  public RegisteredSchema lookup(String subject, Schema schema) {
    return send("POST", "/subjects/" + encode(subject), new SchemaRequest(schema.toString()),
        new TypeReference<>() { });
  }

  /** Returns the subjects with live versions, in name order. */
  public List<String> getSubjects() {
    return send("GET", "/subjects", null, new TypeReference<>() { });
  }

  /** Returns the live version numbers of {@code subject}. */
  public List<Integer> getVersions(String subject) {
    return send("GET", "/subjects/" + encode(subject) + "/versions", null, new TypeReference<>() { });
  }

  /** Returns the registry-wide compatibility level. */
  public CompatibilityLevel getCompatibility() {
    Config config = send("GET", "/config", null, new TypeReference<>() { });
    return level(config.compatibilityLevel());
  }

  /** Returns the level that applies to {@code subject}: its own, else the registry's. */
  public CompatibilityLevel getCompatibility(String subject) {
    Config config = send("GET", "/config/" + encode(subject) + "?defaultToGlobal=true", null, new TypeReference<>() { });
    return level(config.compatibilityLevel());
  }

  /** Sets the registry-wide compatibility level. */
  public void setCompatibility(CompatibilityLevel level) {
    send("PUT", "/config", new ConfigUpdateRequest(level.name()), new TypeReference<ConfigUpdateRequest>() { });
  }

  /** Sets the compatibility level of {@code subject}. */
  public void setCompatibility(String subject, CompatibilityLevel level) {
    send("PUT", "/config/" + encode(subject), new ConfigUpdateRequest(level.name()),
        new TypeReference<ConfigUpdateRequest>() { });
  }

  /**
   * Returns why {@code schema} could not be registered under {@code subject} now, as the registry
   * words it, or an empty list when it could.
   */
  public List<String> testCompatibility(String subject, Schema schema) {
    CompatibilityCheckResponse response = send("POST",
        "/compatibility/subjects/" + encode(subject) + "/versions?verbose=true",
        new SchemaRequest(schema.toString()), new TypeReference<>() { });
    if (response.isCompatible()) {
      return List.of();
    }
    return response.messages() == null ? List.of("Incompatible") : response.messages();
  }

  /** Deletes {@code subject} (soft, or permanently after a soft delete) and returns the versions deleted. */
  public List<Integer> deleteSubject(String subject, boolean permanent) {
    return send("DELETE", "/subjects/" + encode(subject) + (permanent ? "?permanent=true" : ""), null,
        new TypeReference<>() { });
  }

  /** Deletes one version of {@code subject} (soft, or permanently after a soft delete) and returns its number. */
  public int deleteVersion(String subject, VersionId version, boolean permanent) {
    return send("DELETE", "/subjects/" + encode(subject) + "/versions/" + version
        + (permanent ? "?permanent=true" : ""), null, new TypeReference<Integer>() { });
  }

  private <T> T send(String method, String path, Object body, TypeReference<T> answerType) {
    HttpResponse<String> response = exchange(method, path, body);
    try {
      if (response.statusCode() == 200) {
        return RegistryWire.JSON.readValue(response.body(), answerType);
      }
      throw error(response);
    } catch (JsonProcessingException e) {
      throw new SchemaRegistryException(SchemaRegistryException.INTERNAL_ERROR,
          "Unreadable answer from the schema registry at " + baseUrl + path + ": " + e.getOriginalMessage(), e);
    }
  }

  private HttpResponse<String> exchange(String method, String path, Object body) {
    HttpRequest request;
    try {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
          .timeout(timeout)
          .header("Content-Type", RegistryWire.CONTENT_TYPE)
          .header("Accept", ACCEPT)
          .method(method, body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(RegistryWire.JSON.writeValueAsBytes(body)));
      auth.header().ifPresent(value -> builder.header("Authorization", value));
      request = builder.build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the request body for " + path, e);
    }
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw unavailable("did not answer within " + timeout.toMillis() + " ms", e);
    } catch (ConnectException e) {
      throw unavailable("connection refused", e);
    } catch (IOException e) {
      throw unavailable(e.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("interrupted while waiting for an answer", e);
    }
  }

  private SchemaRegistryException unavailable(String reason, Exception cause) {
    return new SchemaRegistryException(SchemaRegistryException.REGISTRY_UNAVAILABLE,
        "Cannot reach the schema registry at " + baseUrl + ": " + reason, cause);
  }

  /** Returns the registry's error as an exception: its code and message, or the HTTP status and body when it sent no Confluent error. */
  private SchemaRegistryException error(HttpResponse<String> response) {
    try {
      ErrorMessage error = RegistryWire.JSON.readValue(response.body(), ErrorMessage.class);
      if (error.errorCode() != 0 && error.message() != null) {
        return new SchemaRegistryException(error.errorCode(), error.message());
      }
    } catch (JsonProcessingException e) {
      // Not a Confluent error body: described below.
    }
    String text = response.body().length() > 200 ? response.body().substring(0, 200) + "…" : response.body();
    return new SchemaRegistryException(response.statusCode(),
        "HTTP " + response.statusCode() + " from " + response.uri() + ": " + text.strip());
  }

  private static CompatibilityLevel level(String name) {
    return CompatibilityLevel.forName(name).orElseThrow(() -> new SchemaRegistryException(
        SchemaRegistryException.INTERNAL_ERROR, "Unknown compatibility level from the registry: " + name));
  }

  /** Percent-encodes a subject as one path segment. */
  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

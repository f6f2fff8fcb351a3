package io.newstimeline.schema;

import io.newstimeline.schema.RegistryWire.CompatibilityCheckResponse;
import io.newstimeline.schema.RegistryWire.Config;
import io.newstimeline.schema.RegistryWire.ConfigUpdateRequest;
import io.newstimeline.schema.RegistryWire.SchemaRequest;
import io.newstimeline.schema.RegistryWire.SchemaString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The endpoints of Confluent's Schema Registry REST API v1 that this registry answers, each mapped
 * onto {@link InMemorySchemaRegistry}. Only Avro is supported: a request with another
 * {@code schemaType}, or with schema references, is refused with error 42201.
 */
final class RegistryRoutes {

  /** An answer body that is already JSON text, sent as is (a raw schema). */
  record RawJson(String json) {
  }

  /** What a matched request is answered with: a body serialized as JSON, or {@link RawJson}. */
  @FunctionalInterface
  interface Endpoint {
    Object handle(RegistryRequest request, List<String> pathParams);
  }

  private record Route(String method, List<String> pattern, Endpoint endpoint) {

    /** Returns the path parameters (the segments matching {@code *}) when {@code segments} fits the pattern. */
    Optional<List<String>> match(List<String> segments) {
      if (segments.size() != pattern.size()) {
        return Optional.empty();
      }
      List<String> params = new ArrayList<>();
      for (int i = 0; i < pattern.size(); i++) {
        if (pattern.get(i).equals("*")) {
          params.add(segments.get(i));
        } else if (!pattern.get(i).equals(segments.get(i))) {
          return Optional.empty();
        }
      }
      return Optional.of(params);
    }
  }

  /** The outcome of routing: the endpoint and its path parameters, or why nothing answers. */
  record Match(Endpoint endpoint, List<String> pathParams, int notFoundStatus) {
  }

  private final InMemorySchemaRegistry registry;
  private final List<Route> routes = new ArrayList<>();

  RegistryRoutes(InMemorySchemaRegistry registry) {
    this.registry = registry;
    add("GET", "", (r, p) -> Map.of());
    add("GET", "schemas/types", (r, p) -> List.of("AVRO"));
    add("GET", "schemas/ids/*", (r, p) -> SchemaString.of(registry.content(id(p.get(0)))));
    add("GET", "schemas/guids/*", (r, p) -> SchemaString.of(registry.content(registry.idOfGuid(p.get(0)))));
    add("GET", "schemas/ids/*/schema", (r, p) -> new RawJson(registry.schema(id(p.get(0)))));
    add("GET", "schemas/ids/*/versions", (r, p) -> registry.versionsOf(id(p.get(0)), r.flag("deleted")));
    add("GET", "schemas/ids/*/subjects", (r, p) -> registry.subjectsOf(id(p.get(0)), r.flag("deleted")));
    add("GET", "subjects", (r, p) -> registry.subjects(r.flag("deleted")));
    add("POST", "subjects/*", (r, p) -> registry.lookup(p.get(0), content(r), r.flag("deleted")));
    add("DELETE", "subjects/*", (r, p) -> registry.deleteSubject(p.get(0), r.flag("permanent")));
    add("GET", "subjects/*/versions", (r, p) -> registry.versions(p.get(0), r.flag("deleted")));
    add("POST", "subjects/*/versions", (r, p) -> registry.register(p.get(0), content(r)));
    add("GET", "subjects/*/metadata", this::latestWithMetadata);
    add("GET", "subjects/*/versions/*/referencedby", (r, p) -> List.of());
    add("GET", "subjects/*/versions/*",
        (r, p) -> registry.version(p.get(0), VersionId.parse(p.get(1)), r.flag("deleted")));
    add("GET", "subjects/*/versions/*/schema",
        (r, p) -> new RawJson(registry.version(p.get(0), VersionId.parse(p.get(1)), r.flag("deleted")).schema()));
    add("DELETE", "subjects/*/versions/*",
        (r, p) -> registry.deleteVersion(p.get(0), VersionId.parse(p.get(1)), r.flag("permanent")));
    add("GET", "config", (r, p) -> Config.of(registry.globalConfig()));
    add("PUT", "config", this::updateGlobalConfig);
    add("DELETE", "config", (r, p) -> new Config(registry.deleteGlobalCompatibility().name()));
    add("GET", "config/*", this::subjectConfig);
    add("PUT", "config/*", this::updateSubjectConfig);
    add("DELETE", "config/*", (r, p) -> new Config(registry.deleteSubjectCompatibility(p.get(0)).name()));
    add("POST", "compatibility/subjects/*/versions/*", this::testCompatibilityWithVersion);
    add("POST", "compatibility/subjects/*/versions", this::testCompatibilityWithAll);
    add("GET", "mode", (r, p) -> Map.of("mode", "READWRITE"));
    add("GET", "mode/*", (r, p) -> Map.of("mode", "READWRITE"));
    add("PUT", "mode", RegistryRoutes::notSupported);
    add("PUT", "mode/*", RegistryRoutes::notSupported);
    add("GET", "contexts", (r, p) -> List.of("."));
  }

  /**
   * Returns true when {@code segments} start a path of a Confluent feature this registry does not
   * have (schema exporters, client-side field encryption keys), which is answered with Confluent's
   * "operation not permitted" error rather than a bare 404.
   */
  static boolean unsupportedFeature(List<String> segments) {
    return !segments.isEmpty() && UNSUPPORTED_FEATURES.contains(segments.get(0));
  }

  /**
   * The first path segments of the Confluent features this registry does not have. Not
   * {@code associations}: Confluent's serdes ask for a topic's associated subject before every
   * first use of a topic and fall back to the topic-name subject only on a 404, which is what a
   * registry without associations answers; a 42205 there made every read with them fail.
   */
  private static final Set<String> UNSUPPORTED_FEATURES = Set.of("exporters", "dek-registry");

  /** Answers an endpoint this registry knows but does not implement, with Confluent's error 42205. */
  static Object notSupported(RegistryRequest request, List<String> params) {
    throw RegistryErrors.notSupported(request.method() + " /" + String.join("/", request.segments()));
  }

  /**
   * Returns the endpoint for {@code request}, or a match without endpoint whose
   * {@code notFoundStatus} is 404 (no such path) or 405 (path known, method not).
   */
  Match route(RegistryRequest request) {
    boolean pathKnown = false;
    for (Route route : routes) {
      Optional<List<String>> params = route.match(request.segments());
      if (params.isPresent()) {
        pathKnown = true;
        if (route.method().equals(request.method())) {
          return new Match(route.endpoint(), params.get(), 0);
        }
      }
    }
    return new Match(null, List.of(), pathKnown ? 405 : 404);
  }

  private void add(String method, String pattern, Endpoint endpoint) {
    routes.add(new Route(method, pattern.isEmpty() ? List.of() : List.of(pattern.split("/")), endpoint));
  }

  private Object updateGlobalConfig(RegistryRequest request, List<String> params) {
    ConfigUpdateRequest update = request.body(ConfigUpdateRequest.class);
    registry.updateConfig(null, config(update));
    return update;
  }

  private Object subjectConfig(RegistryRequest request, List<String> params) {
    String subject = params.get(0);
    if (request.flag("defaultToGlobal")) {
      RegistryConfig global = registry.globalConfig();
      return Config.of(registry.subjectConfig(subject).map(global::updatedWith).orElse(global));
    }
    return Config.of(registry.subjectConfig(subject)
        .orElseThrow(() -> RegistryErrors.subjectCompatibilityNotConfigured(subject)));
  }

  private Object updateSubjectConfig(RegistryRequest request, List<String> params) {
    ConfigUpdateRequest update = request.body(ConfigUpdateRequest.class);
    registry.updateConfig(params.get(0), config(update));
    return update;
  }

  private Object latestWithMetadata(RegistryRequest request, List<String> params) {
    List<String> keys = request.values("key");
    List<String> values = request.values("value");
    if (keys.size() != values.size()) {
      throw RegistryErrors.invalidSchema("Each metadata 'key' needs one 'value'");
    }
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      properties.put(keys.get(i), values.get(i));
    }
    return registry.latestWithMetadata(params.get(0), properties, request.flag("deleted"));
  }

  private Object testCompatibilityWithVersion(RegistryRequest request, List<String> params) {
    VersionId version = VersionId.parse(params.get(1));
    return compatibilityAnswer(request, schema -> registry.testCompatibility(params.get(0), version, schema));
  }

  private Object testCompatibilityWithAll(RegistryRequest request, List<String> params) {
    return compatibilityAnswer(request, schema -> registry.testCompatibility(params.get(0), schema));
  }

  private static Object compatibilityAnswer(RegistryRequest request, Function<String, List<String>> check) {
    boolean verbose = request.flag("verbose");
    List<String> problems;
    try {
      problems = check.apply(avroSchema(request));
    } catch (SchemaRegistryException e) {
      if (!verbose || e.errorCode() != SchemaRegistryException.INVALID_SCHEMA) {
        throw e;
      }
      problems = List.of(e.getMessage());
    }
    return new CompatibilityCheckResponse(problems.isEmpty(), verbose ? problems : null);
  }

  /** Returns the schema, metadata and rule set of a request body; see {@link #avroSchema(SchemaRequest)}. */
  private static SchemaContent content(RegistryRequest request) {
    SchemaRequest body = request.body(SchemaRequest.class);
    String schema = avroSchema(body);
    try {
      return SchemaContent.of(schema == null ? "" : schema, body.metadata(), body.ruleSet());
    } catch (IllegalArgumentException e) {
      throw RegistryErrors.invalidSchema(e.getMessage());
    }
  }

  /** Returns the schema text of a request body; see {@link #avroSchema(SchemaRequest)}. */
  private static String avroSchema(RegistryRequest request) {
    return avroSchema(request.body(SchemaRequest.class));
  }

  /** Returns the schema text of {@code body}, refusing schema types other than Avro and references. */
  private static String avroSchema(SchemaRequest body) {
    if (body.schemaType() != null && !body.schemaType().equals("AVRO")) {
      throw RegistryErrors.invalidSchema("Schema type " + body.schemaType()
          + " is not supported; this registry only supports AVRO");
    }
    if (body.references() != null && !body.references().isEmpty()) {
      throw RegistryErrors.invalidSchema("Schema references are not supported; this registry only supports "
          + "self-contained AVRO schemas");
    }
    return body.schema();
  }

  /** Returns the config fields an update sets; a level that is given must be valid (error 42203). */
  private static RegistryConfig config(ConfigUpdateRequest update) {
    CompatibilityLevel level = update.compatibility() == null ? null
        : CompatibilityLevel.forName(update.compatibility()).orElseThrow(RegistryErrors::invalidCompatibilityLevel);
    if (level == null && update.normalize() == null) {
      throw RegistryErrors.invalidCompatibilityLevel();
    }
    return new RegistryConfig(level, update.normalize());
  }

  /** Returns the schema id written in a path, or answers 404 as Confluent does for a non-numeric id. */
  private static int id(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new PathNotFoundException();
    }
  }

  /** Thrown when a path parameter does not fit its endpoint; answered like an unknown path. */
  static final class PathNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PathNotFoundException() {
      super("HTTP 404 Not Found", null, false, false);
    }
  }
}

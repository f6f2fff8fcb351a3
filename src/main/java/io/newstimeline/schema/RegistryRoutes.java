package io.newstimeline.schema;

import io.newstimeline.schema.RegistryWire.CompatibilityCheckResponse;
import io.newstimeline.schema.RegistryWire.Config;
import io.newstimeline.schema.RegistryWire.ConfigUpdateRequest;
import io.newstimeline.schema.RegistryWire.RegisterSchemaResponse;
import io.newstimeline.schema.RegistryWire.SchemaRequest;
import io.newstimeline.schema.RegistryWire.SchemaString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    add("GET", "schemas/ids/*", (r, p) -> new SchemaString(registry.schema(id(p.get(0)))));
    add("GET", "schemas/ids/*/schema", (r, p) -> new RawJson(registry.schema(id(p.get(0)))));
    add("GET", "schemas/ids/*/versions", (r, p) -> registry.versionsOf(id(p.get(0)), r.flag("deleted")));
    add("GET", "schemas/ids/*/subjects", (r, p) -> registry.subjectsOf(id(p.get(0)), r.flag("deleted")));
    add("GET", "subjects", (r, p) -> registry.subjects(r.flag("deleted")));
    add("POST", "subjects/*", (r, p) -> registry.lookup(p.get(0), avroSchema(r), r.flag("deleted")));
    add("DELETE", "subjects/*", (r, p) -> registry.deleteSubject(p.get(0), r.flag("permanent")));
    add("GET", "subjects/*/versions", (r, p) -> registry.versions(p.get(0), r.flag("deleted")));
    add("POST", "subjects/*/versions", (r, p) -> new RegisterSchemaResponse(registry.register(p.get(0), avroSchema(r))));
    add("GET", "subjects/*/versions/*",
        (r, p) -> registry.version(p.get(0), VersionId.parse(p.get(1)), r.flag("deleted")));
    add("GET", "subjects/*/versions/*/schema",
        (r, p) -> new RawJson(registry.version(p.get(0), VersionId.parse(p.get(1)), r.flag("deleted")).schema()));
    add("DELETE", "subjects/*/versions/*",
        (r, p) -> registry.deleteVersion(p.get(0), VersionId.parse(p.get(1)), r.flag("permanent")));
    add("GET", "config", (r, p) -> new Config(registry.globalCompatibility().name()));
    add("PUT", "config", this::updateGlobalConfig);
    add("DELETE", "config", (r, p) -> new Config(registry.deleteGlobalCompatibility().name()));
    add("GET", "config/*", this::subjectConfig);
    add("PUT", "config/*", this::updateSubjectConfig);
    add("DELETE", "config/*", (r, p) -> new Config(registry.deleteSubjectCompatibility(p.get(0)).name()));
    add("POST", "compatibility/subjects/*/versions/*", this::testCompatibilityWithVersion);
    add("POST", "compatibility/subjects/*/versions", this::testCompatibilityWithAll);
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
    registry.setGlobalCompatibility(level(update));
    return update;
  }

  private Object subjectConfig(RegistryRequest request, List<String> params) {
    String subject = params.get(0);
    if (request.flag("defaultToGlobal")) {
      return new Config(registry.compatibilityInScope(subject).name());
    }
    return new Config(registry.subjectCompatibility(subject)
        .orElseThrow(() -> RegistryErrors.subjectCompatibilityNotConfigured(subject)).name());
  }

  private Object updateSubjectConfig(RegistryRequest request, List<String> params) {
    ConfigUpdateRequest update = request.body(ConfigUpdateRequest.class);
    registry.setSubjectCompatibility(params.get(0), level(update));
    return update;
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

  /** Returns the schema text of a request body, refusing schema types other than Avro and references. */
  private static String avroSchema(RegistryRequest request) {
    SchemaRequest body = request.body(SchemaRequest.class);
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

  private static CompatibilityLevel level(ConfigUpdateRequest update) {
    return CompatibilityLevel.forName(update.compatibility()).orElseThrow(RegistryErrors::invalidCompatibilityLevel);
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

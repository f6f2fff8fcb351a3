package io.newstimeline.api;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newstimeline.app.PipelineProgress;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.audit.AsOfTimeline;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.store.StoreNames;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The query API of two instances of the pipeline sharing one application id on one real broker,
 * each hosting some of the partitions: either instance answers every query for every key, and the
 * answers equal what the output topics and the audit hold. The live stream resumes from an event
 * id without gap or duplicate. The last test publishes more reports, so it runs last.
 */
@Tag("broker")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueryApiIT {

  static final Instant FIRST = Instant.parse("2023-08-30T19:16:00Z");
  static final Instant SECOND = Instant.parse("2023-09-10T23:00:00Z");
  static final TopicCatalog topics = TopicCatalog.withPrefix("api-it.");
  static final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
  static final TimelineSerdes serdes = TimelineSerdes.avro(registry);
  static final TimelineConfig config = TimelineConfig.defaults().withTopics(topics);

  static EmbeddedKafkaBroker broker;
  static Path stateDir;
  static final List<Instance> instances = new ArrayList<>();
  static ApiClient a;
  static ApiClient b;

  /** One instance of {@code run}: a pipeline and its API server. */
  record Instance(ApiServer api, TimelinePipeline pipeline) {}

  @BeforeAll
  static void startTwoInstances() throws Exception {
    broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0));
    stateDir = Files.createTempDirectory("query-api-it");
    try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
      admin.ensureTopics(topics.all());
    }
    for (String name : List.of("a", "b")) {
      ApiServer api = ApiServer.bind("127.0.0.1", 0);
      PipelineProperties props = PipelineProperties.of("api-it", broker.bootstrapServers(), stateDir.resolve(name),
          topics.deadLetters()).with(StreamsConfig.APPLICATION_SERVER_CONFIG, api.applicationServer());
      TimelinePipeline pipeline = TimelinePipeline.start(config, serdes, props, Duration.ofSeconds(90));
      api.serve(pipeline, config, serdes, broker.bootstrapServers());
      instances.add(new Instance(api, pipeline));
    }
    a = new ApiClient(instances.get(0).api().url());
    b = new ApiClient(instances.get(1).api().url());
    awaitBothHostPartitions();
    List<NewsEvent> reports = story();
    try (ArticlePublisher publisher = publisher()) {
      publisher.publish(article("first", "LBC", FIRST), reports.stream().filter(r -> r.getReportedAt().equals(FIRST)).toList());
      publisher.publish(article("second", "Forces News", SECOND), reports.stream().filter(r -> r.getReportedAt().equals(SECOND)).toList());
    }
    new PipelineProgress(broker.bootstrapServers(), topics, serdes.revision().deserializer())
        .awaitSettled(reports.stream().map(NewsEvent::getId).collect(Collectors.toSet()), Duration.ofSeconds(90));
  }

  @AfterAll
  static void stop() throws IOException {
    for (Instance instance : instances) {
      instance.api().close();
      instance.pipeline().close();
    }
    if (broker != null) {
      broker.close();
    }
    try (var paths = Files.walk(stateDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /**
   * Twenty threads (type and actors) over ten actors, on two publication days, the second linking
   * some pairs for the first time: entries land in every partition.
   */
  static List<NewsEvent> story() {
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      actors.add(actor("actor-" + i, "Actor " + (char) ('A' + i), i % 2 == 0 ? ActorKind.PERSON : ActorKind.GOVERNMENT));
    }
    EventType[] types = {EventType.VISIT, EventType.MEETING, EventType.STATEMENT, EventType.TRANSACTION};
    List<NewsEvent> reports = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Instant reported = i < 12 ? FIRST : SECOND;
      String day = String.format(Locale.ROOT, "2023-%02d-%02d", 1 + i % 8, 1 + i);
      var date = i % 5 == 0 ? month(day.substring(0, 7), "in that month") : i % 7 == 0 ? onOrBefore(day, "recently") : day(day);
      reports.add(event("r" + i, i < 12 ? "LBC" : "Forces News", reported, types[i % types.length], date,
          actors.get(i % 10), actors.get((i * 3 + 1 + 2 * (i / 10)) % 10)));
    }
    return reports;
  }

  static ArticlePublisher publisher() {
    return new ArticlePublisher(broker.bootstrapServers(), "api-it", topics, serdes.article().serializer(),
        serdes.event().serializer());
  }

  /** Waits until the rebalance after the second instance joined gave each instance some partitions of both stages. */
  static void awaitBothHostPartitions() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      boolean ready = instances.stream().allMatch(i -> i.pipeline().timeline().streams().state() == KafkaStreams.State.RUNNING
          && i.pipeline().actorViews().streams().state() == KafkaStreams.State.RUNNING);
      KafkaStreams timeline = instances.get(0).pipeline().timeline().streams();
      KafkaStreams views = instances.get(0).pipeline().actorViews().streams();
      if (ready && hosts(timeline, StoreNames.TIMELINE_ORDER) == 2 && hosts(views, StoreNames.ACTOR_SUMMARIES) == 2) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the two instances did not share the partitions within 90 s");
  }

  private static long hosts(KafkaStreams streams, String store) {
    return streams.streamsMetadataForStore(store).stream().map(StreamsMetadata::hostInfo).distinct().count();
  }

  static List<TimelineEntry> timelineTopic() {
    return new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(30))
        .latest(topics.timeline(), serdes.entry().deserializer()).values().stream()
        .filter(Objects::nonNull).sorted(Comparator.comparing(TimelineEntry::getSortKey)).toList();
  }

  static List<String> ids(JsonNode entries) {
    return StreamSupport.stream(entries.spliterator(), false).map(e -> e.path("id").asText()).toList();
  }

  @Test
  @Order(1)
  void shouldServeTheWholeTimelineInEventOrderFromEitherInstance() throws Exception {
    List<String> expected = timelineTopic().stream().map(TimelineEntry::getId).toList();

    JsonNode fromA = a.json("/api/timeline?limit=500");
    JsonNode fromB = b.json("/api/timeline?limit=500");

    assertThat(expected).hasSize(20);
    assertThat(ids(fromA.get("entries"))).containsExactlyElementsOf(expected);
    assertThat(fromB).isEqualTo(fromA);
    assertThat(fromA.get("next").isNull()).isTrue();
  }

  @Test
  @Order(2)
  void shouldHoldPartOfTheTimelineInEachInstance() throws Exception {
    List<String> localA = ids(a.json("/api/timeline?limit=500&scope=local").get("entries"));
    List<String> localB = ids(b.json("/api/timeline?limit=500&scope=local").get("entries"));

    assertThat(localA).isNotEmpty().doesNotContainAnyElementsOf(localB);
    assertThat(localB).isNotEmpty();
    List<Integer> partitionsA = partitions(a.json("/api/timeline?limit=500&scope=local"));
    List<Integer> partitionsB = partitions(b.json("/api/timeline?limit=500&scope=local"));
    assertThat(partitionsA).isNotEmpty().doesNotContainAnyElementsOf(partitionsB);
    assertThat(union(partitionsA, partitionsB)).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(a.json("/api/timeline?limit=500").has("partitions")).isFalse();
    assertThat(new HashSet<>(ids(a.json("/api/timeline?limit=500").get("entries"))))
        .isEqualTo(union(localA, localB));
  }

  private static List<Integer> partitions(JsonNode localAnswer) {
    return StreamSupport.stream(localAnswer.get("partitions").spliterator(), false).map(JsonNode::asInt).toList();
  }

  private static <T> Set<T> union(List<T> x, List<T> y) {
    Set<T> all = new HashSet<>(x);
    all.addAll(y);
    return all;
  }

  @Test
  @Order(3)
  void shouldPageThroughTheTimelineWithCursors() throws Exception {
    List<String> paged = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      JsonNode page = (pages % 2 == 0 ? a : b).json("/api/timeline?limit=3" + (next == null ? "" : "&after=" + next));
      paged.addAll(ids(page.get("entries")));
      next = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    } while (next != null);

    assertThat(paged).containsExactlyElementsOf(timelineTopic().stream().map(TimelineEntry::getId).toList());
    assertThat(pages).isEqualTo(7); // 20 entries: six full pages and one of two
  }

  @Test
  @Order(4)
  void shouldFilterByActorTypePrecisionAndDates() throws Exception {
    List<TimelineEntry> all = timelineTopic();

    assertThat(ids(b.json("/api/timeline?limit=500&actor=actor-3").get("entries"))).containsExactlyElementsOf(
        all.stream().filter(e -> e.getActors().stream().anyMatch(x -> x.getId().equals("actor-3"))).map(TimelineEntry::getId).toList());
    assertThat(ids(a.json("/api/timeline?limit=500&type=meeting").get("entries"))).containsExactlyElementsOf(
        all.stream().filter(e -> e.getType() == EventType.MEETING).map(TimelineEntry::getId).toList());
    assertThat(ids(a.json("/api/timeline?limit=500&precision=MONTH").get("entries"))).hasSize(4).containsExactlyElementsOf(
        all.stream().filter(e -> e.getDate().getPrecision().name().equals("MONTH")).map(TimelineEntry::getId).toList());
    List<String> inMarch = ids(b.json("/api/timeline?limit=500&from=2023-03-01&to=2023-03-31").get("entries"));
    assertThat(inMarch).isNotEmpty().containsExactlyElementsOf(all.stream()
        .filter(e -> e.getDate().getEnd() == null || !e.getDate().getEnd().isBefore(java.time.LocalDate.parse("2023-03-01")))
        .filter(e -> e.getDate().getStart() == null || !e.getDate().getStart().isAfter(java.time.LocalDate.parse("2023-03-31")))
        .map(TimelineEntry::getId).toList());
  }

  @Test
  @Order(5)
  void shouldAnswerForEveryEntryAndActorFromEitherInstance() throws Exception {
    List<TimelineEntry> all = timelineTopic();
    for (TimelineEntry entry : all) {
      JsonNode fromA = a.json("/api/entries/" + entry.getId());
      assertThat(b.json("/api/entries/" + entry.getId())).isEqualTo(fromA);
      assertThat(fromA.path("entry").path("sources").get(0).path("evidence").asText())
          .isEqualTo(entry.getSources().get(0).getEvidence());
      assertThat(fromA.path("history").get(0).path("reason").asText()).isEqualTo("NEW_REPORT");
      assertThat(fromA.path("history")).hasSize(entry.getRevision());
    }
    Set<String> actorIds = all.stream().flatMap(e -> e.getActors().stream()).map(Actor::getId).collect(Collectors.toSet());
    assertThat(actorIds).hasSize(10);
    for (String actorId : actorIds) {
      JsonNode fromA = a.json("/api/actors/" + actorId + "?limit=500");
      assertThat(b.json("/api/actors/" + actorId + "?limit=500")).isEqualTo(fromA);
      List<TimelineEntry> own = all.stream().filter(e -> e.getActors().stream().anyMatch(x -> x.getId().equals(actorId))).toList();
      assertThat(fromA.path("entryCount").asInt()).isEqualTo(own.size());
      assertThat(StreamSupport.stream(fromA.get("entries").spliterator(), false).map(e -> e.path("entryId").asText()))
          .containsExactlyElementsOf(own.stream().map(TimelineEntry::getId).toList());
      Set<String> partners = own.stream().flatMap(e -> e.getActors().stream()).map(Actor::getId)
          .filter(id -> !id.equals(actorId)).collect(Collectors.toSet());
      assertThat(StreamSupport.stream(fromA.get("partners").spliterator(), false).map(p -> p.path("actor").path("id").asText())
          .collect(Collectors.toSet())).isEqualTo(partners);
    }
    assertThat(a.json("/api/actors?q=actor%20c").path("actors")).hasSize(1);
    assertThat(b.json("/api/actors").path("actors")).hasSize(10);
  }

  @Test
  @Order(6)
  void shouldServeTheLinksGraphAndAlertsOfEveryInstance() throws Exception {
    List<ActorLink> links = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(30))
        .latest(topics.actorLinks(), serdes.actorLink().deserializer()).values().stream().filter(Objects::nonNull).toList();
    int alerts = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(30))
        .records(topics.linkAlerts(), serdes.linkAlert().deserializer()).size();

    JsonNode graph = a.json("/api/links?limit=1000");
    assertThat(graph.get("links")).hasSize(links.size());
    assertThat(b.json("/api/links?limit=1000")).isEqualTo(graph);
    assertThat(graph.get("nodes")).hasSize(10);
    assertThat(b.json("/api/links?actor=actor-0").get("links"))
        .hasSize((int) links.stream().filter(l -> l.getActorA().getId().equals("actor-0") || l.getActorB().getId().equals("actor-0")).count());
    JsonNode recent = b.json("/api/alerts?limit=1000").get("alerts");
    assertThat(recent).hasSize(alerts);
    assertThat(a.json("/api/alerts?limit=1000").get("alerts")).isEqualTo(recent);
    assertThat(recent.get(0).path("reportedAt").asText()).isEqualTo(SECOND.toString());
  }

  @Test
  @Order(7)
  void shouldServeTheTimelineAsOfAnInstantAsTheAuditRebuildsIt() throws Exception {
    Instant between = Instant.parse("2023-09-01T00:00:00Z");
    List<TimelineEntry> audit = AsOfTimeline.read(broker.bootstrapServers(), topics.events(), serdes.event().deserializer(),
        Duration.ofSeconds(30), between);

    JsonNode asOf = a.json("/api/timeline?limit=500&asOf=2023-09-01T00:00Z");

    assertThat(audit).hasSize(12);
    assertThat(ids(asOf.get("entries"))).containsExactlyElementsOf(audit.stream().map(TimelineEntry::getId).toList());
    assertThat(asOf.path("asOf").asText()).isEqualTo(between.toString());
  }

  @Test
  @Order(8)
  void shouldAnswerBadRequestsWithAJsonErrorAndNoStackTrace() throws Exception {
    assertError(a.get("/api/actors/nobody"), 404, "unknown actor 'nobody'");
    assertError(b.get("/api/timeline?actor=nobody"), 404, "unknown actor 'nobody'");
    assertError(a.get("/api/timeline?from=2023-02-30"), 400, "'from' must be a date");
    assertError(a.get("/api/timeline?from=2023-05-01&to=2023-04-01"), 400, "is after 'to'");
    assertError(a.get("/api/timeline?limit=501"), 400, "'limit' must be between 1 and 500");
    assertError(b.get("/api/timeline?asOf=last-week"), 400, "'asOf' must be an ISO-8601 instant");
    assertError(a.get("/api/timeline?type=WEDDING"), 400, "unknown type 'WEDDING'");
    assertError(a.get("/api/timeline?after=%25%25"), 400, "'after' is not a cursor");
    assertError(a.get("/api/timeline?colour=red"), 400, "unknown parameter 'colour'");
    assertError(a.get("/api/entries/e-none"), 404, "no timeline entry 'e-none'");
    assertError(a.get("/api/stream?lastEventId=1,2"), 400, "is not a position of this stream");
    assertError(a.get("/api/nothing"), 404, "no such resource");
  }

  private static void assertError(ApiClient.Response response, int status, String message) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.body().path("error").asText()).contains(message);
    assertThat(response.text()).doesNotContain("Exception", "\tat ");
  }

  @Test
  @Order(9)
  void shouldReportHealthMetricsAndTheApiDocument() throws Exception {
    JsonNode health = b.json("/api/health");
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.get("stages")).hasSize(2);
    assertThat(health.get("stages").get(0).path("state").asText()).isEqualTo("RUNNING");
    assertThat(health.get("stages").get(1).path("lag").asLong()).isZero();

    String metrics = a.get("/metrics").text();
    assertThat(metrics).contains("kafka_stream_", "jvm_memory_used_bytes", "newstimeline_api_requests_seconds_count{route=\"timeline\",status=\"200\"}");
    assertThat(a.get("/api/openapi.yaml").text()).startsWith("openapi: 3").contains("/api/timeline:", "/api/stream:");
    assertThat(a.get("/").text()).contains("<title>news-timeline</title>");
    assertThat(a.get("/dashboard/app.js").status()).isEqualTo(200);
  }

  @Test
  @Order(10)
  void shouldStreamChangesLiveAndResumeFromALastEventIdWithoutGapsOrDuplicates() throws Exception {
    int revisions = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(30))
        .records(topics.timelineRevisions(), serdes.revision().deserializer()).size();
    int alerts = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(30))
        .records(topics.linkAlerts(), serdes.linkAlert().deserializer()).size();
    int total = revisions + alerts;
    List<ApiClient.Event> everything = a.stream("/api/stream?from=start", null, e -> e.size() == total, Duration.ofSeconds(20), null);
    assertThat(everything).hasSize(total);
    assertThat(everything.stream().filter(e -> e.name().equals("revision"))).hasSize(revisions);

    // Disconnected after the 10th event; meanwhile a new report is published; resumed on the other instance.
    int cut = 10;
    NewsEvent late = event("late", "Reuters", Instant.parse("2023-09-12T08:00:00Z"), EventType.MEETING, day("2023-09-11"),
        actor("actor-0", "Actor A", ActorKind.PERSON), actor("actor-9", "Actor J", ActorKind.GOVERNMENT));
    try (ArticlePublisher publisher = publisher()) {
      publisher.publish(article("late", "Reuters", late.getReportedAt()), List.of(late));
    }
    List<ApiClient.Event> missed = everything.subList(cut, total);
    List<ApiClient.Event> resumed = b.stream("/api/stream", everything.get(cut - 1).id(),
        e -> e.stream().filter(x -> !causedByLate(x)).count() == missed.size()
            && e.stream().anyMatch(x -> x.name().equals("revision") && causedByLate(x)),
        Duration.ofSeconds(30), null);

    // Partitions interleave differently from one read to the next: compare what was sent, not the order across partitions.
    assertThat(resumed.stream().filter(e -> !causedByLate(e)).map(QueryApiIT::content))
        .containsExactlyInAnyOrderElementsOf(missed.stream().map(QueryApiIT::content).toList());
    ApiClient.Event live = resumed.stream().filter(e -> e.name().equals("revision") && causedByLate(e)).findFirst().orElseThrow();
    assertThat(live.data().path("entry").path("summary").asText()).isEqualTo("Summary of late");
    assertThat(live.data().path("reason").asText()).isEqualTo("NEW_REPORT");
    assertThat(resumed.stream().map(ApiClient.Event::id).distinct().count()).as("event ids are positions: all differ")
        .isEqualTo(resumed.size());
  }

  private static boolean causedByLate(ApiClient.Event event) {
    return event.data().path("causeEventId").asText().equals("late") || event.data().path("summary").asText().equals("Summary of late");
  }

  private static String content(ApiClient.Event event) {
    return event.name() + " " + event.data();
  }
}

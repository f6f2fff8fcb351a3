package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.timeline.EntryIdentity;
import io.newstimeline.topology.store.StateStoreKind;

class DeadLetterTest {

  @TempDir Path stateDir;
  TimelineDriver t;

  final NewsEvent train = event("train", "Forces News", FORCES_PUBLISHED, EventType.TRAVEL, day("2023-09-10"), KIM);

  @BeforeEach
  void start() {
    t = new TimelineDriver(stateDir);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void shouldSendARecordWithTheWrongMagicByteToDeadLettersAndKeepGoing() {
    byte[] notConfluent = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    t.rawEvents.pipeInput("x", notConfluent);
    t.pipe(train);

    List<TestRecord<byte[], byte[]>> dead = t.deadLetters.readRecordsToList();
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).value()).isEqualTo(notConfluent);
    assertThat(header(dead.get(0).headers(), "__streams.errors.message")).contains("magic byte");
    assertThat(header(dead.get(0).headers(), "__streams.errors.topic")).isEqualTo(t.topics.events());
    assertThat(header(dead.get(0).headers(), "__streams.errors.partition")).isEqualTo("0");
    assertThat(header(dead.get(0).headers(), "__streams.errors.offset")).isEqualTo("0");
    assertThat(TimelineDriver.latest(t.timeline)).containsOnlyKeys(EntryIdentity.entryId(train));
  }

  @Test
  void shouldSendAnEventWithoutActorsToDeadLettersWithTheReason() {
    NewsEvent noActor = event("lonely", "LBC", LBC_PUBLISHED, EventType.STATEMENT, day("2023-08-30"));

    t.pipe(noActor, train);

    List<TestRecord<byte[], byte[]>> dead = t.deadLetters.readRecordsToList();
    assertThat(dead).hasSize(1);
    assertThat(header(dead.get(0).headers(), "__streams.errors.message")).isEqualTo("Event lonely has no actor");
    assertThat(header(dead.get(0).headers(), "__streams.errors.offset")).isEqualTo("0");
    assertThat(TimelineDriver.latest(t.timeline)).containsOnlyKeys(EntryIdentity.entryId(train));
  }

  @Test
  void shouldSendAnEventWithoutADateToDeadLetters() {
    NewsEvent undated = NewsEvent.newBuilder(train).setId("undated")
        .setDate(io.newstimeline.avro.EventDate.newBuilder().setStart(null).setEnd(null)
            .setPrecision(io.newstimeline.avro.DatePrecision.ON_OR_BEFORE).setExpression(null).build())
        .build();

    t.pipe(undated);

    assertThat(header(t.deadLetters.readRecord().headers(), "__streams.errors.message")).isEqualTo("Event undated has no date");
    assertThat(t.timeline.isEmpty()).isTrue();
  }

  @Test
  void shouldSendARecordWithAnUnknownSchemaIdToDeadLetters() {
    byte[] unknownId = {0, 0, 0, 0x7f, 0x7f, 2, 'x'};

    t.rawEvents.pipeInput("y", unknownId);

    assertThat(header(t.deadLetters.readRecord().headers(), "__streams.errors.message")).contains("Unknown schema id 32639");
    assertThat(t.timeline.isEmpty()).isTrue();
  }

  private static String header(Headers headers, String name) {
    var header = headers.lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Test
  void shouldFailTheThreadRatherThanDeadLetterARecordWhenTheRegistryIsAway() throws Exception {
    t.close();
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    t = new TimelineDriver(stateDir.resolve("away"), 50, StateStoreKind.IN_MEMORY, TimelineSerdes.avro(
        new io.newstimeline.schema.RestSchemaRegistryClient("http://127.0.0.1:" + closedPort)));
    byte[] framedWithSchemaId1 = {0, 0, 0, 0, 1, 2, 'x'};

    assertThatThrownBy(() -> t.rawEvents.pipeInput("x", framedWithSchemaId1))
        .matches(io.newstimeline.schema.RegistryUnavailableException::isCause, "caused by the registry being away");

    assertThat(t.deadLetters.isEmpty()).isTrue();
    assertThat(t.timeline.isEmpty()).isTrue();
  }
}

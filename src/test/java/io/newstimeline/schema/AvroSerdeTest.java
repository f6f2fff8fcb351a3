package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventType;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

  static final String TOPIC = "news.actor-timelines";

  final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
  final AvroSerde<ActorTimeline> serde = AvroSerde.forValues(registry, ActorTimeline.class);

  @Test
  void shouldFrameRecordsInTheConfluentWireFormat() {
    byte[] bytes = serde.serialize(TOPIC, timeline("kim", 1));

    ByteBuffer header = ByteBuffer.wrap(bytes, 0, 5);
    assertThat(header.get()).isEqualTo(AvroSerde.MAGIC_BYTE);
    assertThat(registry.getById(header.getInt())).isEqualTo(ActorTimeline.getClassSchema());
  }

  @Test
  void shouldReadBackWhatItWrote() {
    ActorTimeline timeline = timeline("kim", 3);

    assertThat(serde.deserialize(TOPIC, serde.serialize(TOPIC, timeline))).isEqualTo(timeline);
  }

  @Test
  void shouldKeepNullAsATombstone() {
    assertThat(serde.serialize(TOPIC, null)).isNull();
    assertThat(serde.deserialize(TOPIC, null)).isNull();
  }

  @Test
  void shouldWriteASmallRecordExactlyAfterALargeOne() {
    byte[] small = serde.serialize(TOPIC, timeline("kim", 1));
    serde.serialize(TOPIC, timeline("putin", 5_000));

    byte[] smallAgain = serde.serialize(TOPIC, timeline("kim", 1));

    assertThat(smallAgain).isEqualTo(small);
    assertThat(serde.deserialize(TOPIC, smallAgain)).isEqualTo(timeline("kim", 1));
  }

  @Test
  void shouldEncodeAndDecodeFromManyThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        String actor = "actor-" + t;
        results.add(pool.submit(() -> IntStream.range(1, 200).allMatch(n -> {
          ActorTimeline timeline = timeline(actor, n % 20 + 1);
          return serde.deserialize(TOPIC, serde.serialize(TOPIC, timeline)).equals(timeline);
        })));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ActorTimeline timeline(String actorId, int entries) {
    Actor actor = Actor.newBuilder().setId(actorId).setName("Name of " + actorId).setKind(ActorKind.PERSON).build();
    List<ActorTimelineItem> items = new ArrayList<>();
    for (int i = 0; i < entries; i++) {
      LocalDate day = LocalDate.of(2023, 1, 1).plusDays(i);
      items.add(ActorTimelineItem.newBuilder()
          .setEntryId("e-" + i)
          .setSortKey(day + "|" + day + "|e-" + i)
          .setType(EventType.MEETING)
          .setDate(EventDate.newBuilder().setStart(i % 2 == 0 ? day : null).setEnd(day)
              .setPrecision(i % 2 == 0 ? DatePrecision.DAY : DatePrecision.ON_OR_BEFORE).setExpression(null).build())
          .setSummary(actorId + " met someone, entry " + i)
          .setOtherActors(List.of("other-" + i))
          .build());
    }
    return ActorTimeline.newBuilder().setActor(actor).setEntries(items).setEntryCount(entries).setPartners(List.of()).build();
  }
}

package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.KIM;
import static io.newstimeline.testing.TimelineFixtures.PUTIN;
import static io.newstimeline.testing.TimelineFixtures.day;
import static io.newstimeline.testing.TimelineFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.Modality;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.SourceReport;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.schema.CompatibilityLevel;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.schema.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.topology.store.StateStoreKind;

/**
 * Version 2 of the event contract ({@code NewsEvent} with {@code modality}) next to version 1 (as
 * published before, kept under test resources): registered under BACKWARD compatibility, both
 * versions' producers feed one topology, and version 1 readers still read what version 2 writes.
 */
class SchemaEvolutionTest {

  private static final String SUBJECT = "news.events-value";
  private static final Instant PUBLISHED = Instant.parse("2023-09-11T00:00:00Z");

  @TempDir Path stateDir;
  private InMemorySchemaRegistry registry;
  private TimelineDriver t;

  @BeforeEach
  void start() {
    registry = new InMemorySchemaRegistry();
    t = new TimelineDriver(stateDir, TimelineConfig.DEFAULT_ACTOR_TIMELINE_SIZE, StateStoreKind.IN_MEMORY,
        TimelineSerdes.avro(registry));
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void shouldRegisterVersion2AfterVersion1UnderBackwardCompatibility() throws IOException {
    int v1 = registry.register(SUBJECT, v1Schema());
    int v2 = registry.register(SUBJECT, NewsEvent.getClassSchema());

    assertThat(registry.compatibilityInScope(SUBJECT)).isEqualTo(CompatibilityLevel.BACKWARD);
    assertThat(v2).isNotEqualTo(v1);
    assertThat(registry.versions(SUBJECT, false)).containsExactly(1, 2);
  }

  @Test
  void shouldRefuseAModalityWithoutDefaultAsIncompatible() throws IOException {
    registry.register(SUBJECT, v1Schema());
    ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(NewsEvent.getClassSchema().toString());
    for (JsonNode field : schema.get("fields")) {
      if (field.get("name").asText().equals("modality")) {
        ((ObjectNode) field).remove("default");
      }
    }
    String noDefault = schema.toString();

    assertThatThrownBy(() -> registry.register(SUBJECT, noDefault))
        .isInstanceOf(SchemaRegistryException.class)
        .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(409));
  }

  @Test
  void shouldMergeReportsFromVersion1AndVersion2ProducersIntoOneEntry() throws IOException {
    // VISIT is in both versions of the type list, so a version-1 producer can write it.
    NewsEvent fromV2 = withModality(event("forces:train", "Forces News", PUBLISHED, EventType.VISIT,
        day("2023-09-10"), KIM), Modality.REPORTED);
    NewsEvent fromV1 = event("lbc:train", "LBC", PUBLISHED.plusSeconds(60), EventType.VISIT, day("2023-09-10"), KIM);

    t.rawEvents.pipeInput(fromV1.getId(), asVersion1(fromV1), fromV1.getReportedAt());
    t.pipe(fromV2);

    List<KeyValue<String, TimelineEntry>> versions = t.timeline.readKeyValuesToList();
    TimelineEntry merged = versions.get(versions.size() - 1).value;
    assertThat(merged.getSources()).extracting(SourceReport::getOutlet).containsExactlyInAnyOrder("LBC", "Forces News");
    assertThat(merged.getCorroboration()).isEqualTo(2);
    assertThat(registry.versions(SUBJECT, false)).containsExactly(1, 2);
    t.revisions.readKeyValuesToList();
    t.actorTimelines.readKeyValuesToList();
    t.links.readKeyValuesToList();
    t.alerts.readKeyValuesToList();
    assertThat(t.deadLetters.isEmpty()).isTrue();
    assertThat(t.timeline.isEmpty()).isTrue();
  }

  @Test
  void shouldLetAVersion1ConsumerReadVersion2Events() throws IOException {
    NewsEvent planned = withModality(event("forces:visit", "Forces News", PUBLISHED, EventType.VISIT,
        day("2023-09-12"), KIM, PUTIN), Modality.PLANNED);
    byte[] wire = t.serdes.event().serializer().serialize("news.events", planned);

    ByteBuffer buffer = ByteBuffer.wrap(wire);
    assertThat(buffer.get()).isZero();
    Schema writer = registry.getById(buffer.getInt());
    GenericRecord read = new GenericDatumReader<GenericRecord>(writer, v1Schema())
        .read(null, DecoderFactory.get().binaryDecoder(Arrays.copyOfRange(wire, 5, wire.length), null));

    assertThat(read.get("id").toString()).isEqualTo("forces:visit");
    assertThat(read.get("type").toString()).isEqualTo("VISIT");
    assertThat(read.getSchema().getField("modality")).isNull();
  }

  private static NewsEvent withModality(NewsEvent event, Modality modality) {
    return NewsEvent.newBuilder(event).setModality(modality).build();
  }

  /** Returns {@code event} as a version-1 producer writes it: the v1 schema registered, its id, Avro binary. */
  private byte[] asVersion1(NewsEvent event) throws IOException {
    Schema v1 = v1Schema();
    ByteArrayOutputStream specific = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(specific, null);
    new SpecificDatumWriter<NewsEvent>(NewsEvent.getClassSchema()).write(event, encoder);
    encoder.flush();
    GenericRecord asV1 = new GenericDatumReader<GenericRecord>(NewsEvent.getClassSchema(), v1)
        .read(null, DecoderFactory.get().binaryDecoder(specific.toByteArray(), null));

    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    wire.write(0);
    wire.write(ByteBuffer.allocate(4).putInt(registry.register(SUBJECT, v1)).array());
    BinaryEncoder v1Encoder = EncoderFactory.get().binaryEncoder(wire, null);
    new GenericDatumWriter<GenericRecord>(v1).write(asV1, v1Encoder);
    v1Encoder.flush();
    return wire.toByteArray();
  }

  /** {@code NewsEvent} as published before {@code modality} was added (kept under test resources). */
  static Schema v1Schema() throws IOException {
    try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/contract/previous/NewsEvent.avsc")) {
      return new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}

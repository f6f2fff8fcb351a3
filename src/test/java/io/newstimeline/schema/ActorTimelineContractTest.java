package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.ActorTimeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/** The partner list added to {@code ActorTimeline} keeps the contract BACKWARD compatible. */
class ActorTimelineContractTest {

  static final String SUBJECT = "news.actor-timelines-value";

  @Test
  void shouldAcceptTheSchemaWithPartnersAfterThePreviousOneUnderBackwardCompatibility() throws IOException {
    InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    registry.register(SUBJECT, previousSchema());

    List<String> problems = registry.testCompatibility(SUBJECT, ActorTimeline.getClassSchema().toString());

    assertThat(registry.compatibilityInScope(SUBJECT)).isEqualTo(CompatibilityLevel.BACKWARD);
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldReadATimelineWrittenWithoutPartnersAsHavingNone() throws IOException {
    AvroRuntime.install();
    Schema previous = previousSchema();
    GenericRecord actor = new GenericData.Record(previous.getField("actor").schema());
    actor.put("id", "kim-jong-un");
    actor.put("name", "Kim Jong Un");
    actor.put("kind", new GenericData.EnumSymbol(actor.getSchema().getField("kind").schema(), "PERSON"));
    GenericRecord old = new GenericData.Record(previous);
    old.put("actor", actor);
    old.put("entries", List.of());
    old.put("entryCount", 0L);

    ActorTimeline read = new SpecificDatumReader<ActorTimeline>(previous, ActorTimeline.getClassSchema())
        .read(null, DecoderFactory.get().binaryDecoder(write(previous, old), null));

    assertThat(read.getActor().getId()).isEqualTo("kim-jong-un");
    assertThat(read.getPartners()).isEmpty();
  }

  /** {@code ActorTimeline} as published before partners were added (kept under test resources). */
  private static Schema previousSchema() throws IOException {
    Schema.Parser parser = new Schema.Parser();
    for (String type : List.of("EventType", "EventDate", "Actor")) {
      parser.parse(Path.of("schemas", type + ".avsc").toFile());
    }
    try (InputStream in = ActorTimelineContractTest.class.getResourceAsStream("/contract/previous/ActorTimeline.avsc")) {
      return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static byte[] write(Schema schema, GenericRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}

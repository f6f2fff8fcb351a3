package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.EventType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/**
 * The generic event-type inventory replaced the story-bound one; the enum's default symbol keeps
 * the contract compatible both ways, so old and new readers and writers can share a topic.
 */
class EventTypeContractTest {

  static final String SUBJECT = "news.event-type-value";

  @Test
  void shouldAcceptTheGenericInventoryAfterThePreviousOneUnderFullCompatibility() throws IOException {
    InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    registry.register(SUBJECT, previousSchema());
    registry.setSubjectCompatibility(SUBJECT, CompatibilityLevel.FULL);

    assertThat(registry.testCompatibility(SUBJECT, EventType.getClassSchema().toString())).isEmpty();
  }

  @Test
  void shouldReadASymbolTheInventoryNoLongerHasAsOther() throws IOException {
    AvroRuntime.install();
    Schema previous = previousSchema();
    byte[] old = write(previous, new GenericData.EnumSymbol(previous, "LETTER_EXCHANGE"));

    EventType read = new SpecificDatumReader<EventType>(previous, EventType.getClassSchema())
        .read(null, DecoderFactory.get().binaryDecoder(old, null));

    assertThat(read).isEqualTo(EventType.OTHER);
  }

  @Test
  void shouldLetAnOlderReaderReadANewSymbolAsOther() throws IOException {
    Schema previous = previousSchema();
    Schema current = EventType.getClassSchema();
    byte[] written = write(current, new GenericData.EnumSymbol(current, "MARKET_MOVE"));

    Object read = new GenericDatumReader<>(current, previous).read(null,
        DecoderFactory.get().binaryDecoder(written, null));

    assertThat(read.toString()).isEqualTo("OTHER");
  }

  @Test
  void shouldKeepVisitMeetingAndStatementWhichTheStoryUses() {
    assertThat(EventType.getClassSchema().getEnumSymbols()).contains("VISIT", "MEETING", "STATEMENT", "OTHER");
  }

  /** {@code EventType} as published before the generic inventory (kept under test resources). */
  private static Schema previousSchema() throws IOException {
    try (InputStream in = EventTypeContractTest.class.getResourceAsStream("/contract/previous/EventType.avsc")) {
      return new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static byte[] write(Schema schema, Object symbol) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<Object>(schema).write(symbol, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}

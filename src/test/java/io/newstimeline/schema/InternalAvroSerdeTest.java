package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.ActorPartner;
import io.newstimeline.avro.ActorTimeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class InternalAvroSerdeTest {

  static final String TOPIC = "timeline-actor-summaries-changelog";

  /** ActorTimeline as it was before it listed partners: the current schema without its last field. */
  static final Schema WITHOUT_PARTNERS = withoutLastField(ActorTimeline.getClassSchema());

  final InternalAvroSerde<ActorTimeline> serde = InternalAvroSerde.of(ActorTimeline.class, List.of(WITHOUT_PARTNERS));

  @Test
  void shouldReadBackWhatItWroteWithoutAnyRegistry() {
    ActorTimeline kim = timeline("kim-jong-un", List.of(partner("vladimir-putin", 2)));

    assertThat(serde.deserialize(TOPIC, serde.serialize(TOPIC, kim))).isEqualTo(kim);
  }

  @Test
  void shouldFrameRecordsInAvroSingleObjectEncodingWithTheSchemaFingerprint() {
    byte[] bytes = serde.serialize(TOPIC, timeline("kim-jong-un", List.of()));

    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(fingerprintOf(bytes)).isEqualTo(SchemaNormalization.parsingFingerprint64(ActorTimeline.getClassSchema()));
  }

  @Test
  void shouldKeepNullAsATombstone() {
    assertThat(serde.serialize(TOPIC, null)).isNull();
    assertThat(serde.deserialize(TOPIC, null)).isNull();
  }

  @Test
  void shouldReadARecordOfAnEarlierSchemaWithTheDefaultsOfTheCurrentOne() throws IOException {
    ActorTimeline kim = timeline("kim-jong-un", List.of());
    byte[] old = encode(WITHOUT_PARTNERS, kim);

    ActorTimeline read = serde.deserialize(TOPIC, old);

    assertThat(read.getActor()).isEqualTo(kim.getActor());
    assertThat(read.getEntryCount()).isEqualTo(3);
    assertThat(read.getPartners()).isEmpty();
  }

  @Test
  void shouldReadARecordAnEarlierBuildWroteInTheConfluentWireFormat() {
    InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    AvroSerde<ActorTimeline> confluent = AvroSerde.forValues(registry, ActorTimeline.class);
    InternalAvroSerde<ActorTimeline> upgraded = InternalAvroSerde.of(ActorTimeline.class, confluent.deserializer());
    ActorTimeline kim = timeline("kim-jong-un", List.of(partner("vladimir-putin", 2)));

    assertThat(upgraded.deserialize(TOPIC, confluent.serialize(TOPIC, kim))).isEqualTo(kim);
  }

  @Test
  void shouldRefuseARecordWithoutTheSingleObjectMarker() {
    byte[] bytes = serde.serialize(TOPIC, timeline("kim-jong-un", List.of()));
    bytes[1] = 0x02;

    assertThatThrownBy(() -> serde.deserialize(TOPIC, bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessage("Record of " + bytes.length + " bytes in " + TOPIC
            + " is not a ActorTimeline in Avro single-object encoding (no C3 01 header)");
  }

  @Test
  void shouldRefuseARecordOfAnUnknownSchemaNamingItsFingerprint() {
    byte[] bytes = serde.serialize(TOPIC, timeline("kim-jong-un", List.of()));
    bytes[2] ^= 0x55;

    assertThatThrownBy(() -> serde.deserialize(TOPIC, bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("Unknown schema fingerprint " + Long.toHexString(fingerprintOf(bytes)) + " for ActorTimeline")
        .hasMessageEndingWith("written by a newer build?");
  }

  @Test
  void shouldRefuseBytesLeftOverAfterTheRecord() {
    byte[] bytes = serde.serialize(TOPIC, timeline("kim-jong-un", List.of()));
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);

    assertThatThrownBy(() -> serde.deserialize(TOPIC, longer))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("and more bytes after it");
  }

  @Test
  void shouldRefuseARecordTooShortForTheHeader() {
    assertThatThrownBy(() -> serde.deserialize(TOPIC, new byte[] {(byte) 0xC3, 0x01, 7}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Record of 3 bytes");
  }

  @Test
  void shouldShipNoEarlierSchemaOfARecordThatNeverChanged() {
    assertThat(InternalAvroSerde.previousSchemas(ActorTimeline.class)).isEmpty();
  }

  private static long fingerprintOf(byte[] bytes) {
    long value = 0;
    for (int i = 9; i >= 2; i--) {
      value = (value << 8) | (bytes[i] & 0xFF);
    }
    return value;
  }

  private static byte[] encode(Schema writer, ActorTimeline record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xC3, 0x01});
    long fingerprint = SchemaNormalization.parsingFingerprint64(writer);
    for (int i = 0; i < 8; i++) {
      out.write((int) (fingerprint >>> (8 * i)) & 0xFF);
    }
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<ActorTimeline>(writer, SpecificData.get()).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static Schema withoutLastField(Schema schema) {
    List<Schema.Field> fields = schema.getFields().subList(0, schema.getFields().size() - 1).stream()
        .map(f -> new Schema.Field(f, f.schema()))
        .toList();
    return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
  }

  private static ActorPartner partner(String id, int shared) {
    return ActorPartner.newBuilder().setActor(actor(id)).setSharedEntries(shared).setEntriesInView(1).build();
  }

  private static Actor actor(String id) {
    return Actor.newBuilder().setId(id).setName("Name of " + id).setKind(ActorKind.PERSON).build();
  }

  private static ActorTimeline timeline(String actorId, List<ActorPartner> partners) {
    return ActorTimeline.newBuilder().setActor(actor(actorId)).setEntries(List.of()).setEntryCount(3)
        .setPartners(partners).build();
  }
}

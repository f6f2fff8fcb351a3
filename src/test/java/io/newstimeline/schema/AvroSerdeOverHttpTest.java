package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvroSerdeOverHttpTest {

  private static final String TOPIC = "news.dates";
  private static final EventDate AUGUST_30 = EventDate.newBuilder()
      .setStart(LocalDate.of(2023, 8, 30))
      .setEnd(LocalDate.of(2023, 8, 30))
      .setPrecision(DatePrecision.DAY)
      .setExpression("on Wednesday")
      .build();

  private EmbeddedSchemaRegistryServer server;
  private AvroSerde<EventDate> serde;

  @BeforeEach
  void startServer() {
    server = EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(), 0);
    serde = AvroSerde.forValues(new RestSchemaRegistryClient(server.url()), EventDate.class);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void shouldFrameRecordsWithMagicByteAndTheIdOfTheLatestSubjectVersion() throws Exception {
    byte[] bytes = serde.serialize(TOPIC, AUGUST_30);

    HttpResponse<String> latest = new ConfluentWire(server.url())
        .send("GET", "/subjects/" + TOPIC + "-value/versions/latest", null);
    int registeredId = new ObjectMapper().readTree(latest.body()).get("id").asInt();
    assertThat(bytes[0]).isZero();
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(registeredId).isEqualTo(1);
  }

  @Test
  void shouldReadBackWhatItWroteWithAClientThatHasNothingCached() {
    byte[] bytes = serde.serialize(TOPIC, AUGUST_30);

    AvroSerde<EventDate> reader = AvroSerde.forValues(new RestSchemaRegistryClient(server.url()), EventDate.class);

    assertThat(reader.deserialize(TOPIC, bytes)).isEqualTo(AUGUST_30);
  }

  @Test
  void shouldRefuseBytesWithAnotherMagicByte() {
    byte[] bytes = serde.serialize(TOPIC, AUGUST_30);
    bytes[0] = 1;

    SerializationException e = catchThrowableOfType(SerializationException.class, () -> serde.deserialize(TOPIC, bytes));

    assertThat(e).hasMessage("Unknown magic byte 1 (expected 0, the Confluent wire format)");
  }

  @Test
  void shouldRefuseBytesNamingAnUnknownSchemaId() {
    byte[] bytes = serde.serialize(TOPIC, AUGUST_30);
    byte[] unknownId = Arrays.copyOf(bytes, bytes.length);
    ByteBuffer.wrap(unknownId, 1, 4).putInt(999);

    SerializationException e = catchThrowableOfType(SerializationException.class,
        () -> serde.deserialize(TOPIC, unknownId));

    assertThat(e).hasMessage("Unknown schema id 999: Schema 999 not found");
  }
}

package io.newstimeline.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serde} for Avro SpecificRecords that only the pipeline itself reads (repartition
 * topics, changelogs, state stores): Avro's single-object encoding, with no schema registry.
 * Every record is the marker {@code C3 01}, the 8-byte little-endian CRC-64-AVRO fingerprint of
 * its writer schema's parsing canonical form, then Avro binary.
 *
 * <p>The schemas are compiled into the jar, so encoding and decoding never wait on a registry: a
 * registry outage cannot stop the state path. The fingerprint lets a newer build read what an
 * older one wrote: a record of a known earlier schema (shipped as a resource, see
 * {@link #previousSchemas}) is resolved against the current one, as Avro schema resolution does.
 * Records in the Confluent wire format (magic byte 0), written before this format, are read by the
 * {@code legacy} deserializer when one is given.
 *
 * <p>Decoding is as strict as {@link AvroSerde}'s: invalid UTF-8, bytes left over, an unknown
 * marker or fingerprint fail it with a {@link SerializationException} naming the cause, which the
 * dead-letter handlers turn into a dead letter.
 */
public final class InternalAvroSerde<T extends SpecificRecord> implements Serde<T> {

  static final byte MARKER_0 = (byte) 0xC3;
  static final byte MARKER_1 = (byte) 0x01;
  static final int HEADER_SIZE = 10;

  /** Where earlier schemas of a record live in the jar: {@code <dir><SimpleName>.<n>.avsc}, n = 1, 2, … */
  static final String PREVIOUS_DIR = "/io/newstimeline/schema/previous/";

  static {
    AvroRuntime.install();
  }

  private static final ThreadLocal<Codec> CODEC = ThreadLocal.withInitial(Codec::new);

  private final Schema schema;
  private final long fingerprint;
  private final byte[] header;
  private final SpecificDatumWriter<T> writer;
  private final SpecificDatumReader<T> reader;
  private final Map<Long, Schema> previous;
  private final Map<Long, SpecificDatumReader<T>> resolving = new ConcurrentHashMap<>();
  private final Deserializer<T> legacy;

  private InternalAvroSerde(Schema schema, List<Schema> previousWriters, Deserializer<T> legacy) {
    this.schema = schema;
    this.fingerprint = SchemaNormalization.parsingFingerprint64(schema);
    this.header = header(fingerprint);
    SpecificData model = SpecificData.getForSchema(schema);
    this.writer = new SpecificDatumWriter<>(schema, model);
    this.reader = new SpecificDatumReader<>(schema, schema, model);
    Map<Long, Schema> known = new ConcurrentHashMap<>();
    for (Schema writerSchema : previousWriters) {
      known.put(SchemaNormalization.parsingFingerprint64(writerSchema), writerSchema);
    }
    this.previous = Map.copyOf(known);
    this.legacy = legacy;
  }

  /**
   * The serde of {@code type} that also reads the earlier schemas of {@code type} shipped in the
   * jar and, when {@code legacy} is not null, Confluent-framed records through it.
   */
  public static <T extends SpecificRecord> InternalAvroSerde<T> of(Class<T> type, Deserializer<T> legacy) {
    Schema schema = SpecificData.get().getSchema(type);
    return new InternalAvroSerde<>(schema, previousSchemas(type), legacy);
  }

  /** The serde of {@code type} that also reads records written with any of {@code previousWriters}. */
  public static <T extends SpecificRecord> InternalAvroSerde<T> of(Class<T> type, List<Schema> previousWriters) {
    return new InternalAvroSerde<>(SpecificData.get().getSchema(type), previousWriters, null);
  }

  /**
   * The earlier schemas of {@code type} shipped in the jar: when a record of the state path changes,
   * its schema as it was is kept as {@code io/newstimeline/schema/previous/<SimpleName>.<n>.avsc},
   * so stores and changelogs written by the earlier build stay readable.
   */
  static List<Schema> previousSchemas(Class<?> type) {
    List<Schema> schemas = new ArrayList<>();
    for (int n = 1; ; n++) {
      try (InputStream in = InternalAvroSerde.class.getResourceAsStream(PREVIOUS_DIR + type.getSimpleName() + "." + n + ".avsc")) {
        if (in == null) {
          return List.copyOf(schemas);
        }
        schemas.add(new Schema.Parser().parse(in));
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read an earlier schema of " + type.getSimpleName() + ": " + e.getMessage(), e);
      }
    }
  }

  /** The fingerprint in the header of every record this serde writes. */
  public long fingerprint() {
    return fingerprint;
  }

  @Override
  public Serializer<T> serializer() {
    return this::serialize;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this::deserialize;
  }

  /** Encodes {@code record}; null stays null (a tombstone). */
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    Codec codec = CODEC.get();
    AvroSerde.Output out = codec.output;
    out.reset();
    out.write(header, 0, HEADER_SIZE);
    try {
      codec.encoder = EncoderFactory.get().binaryEncoder(out, codec.encoder);
      writer.write(record, codec.encoder);
      codec.encoder.flush();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Cannot encode " + schema.getFullName() + " for " + topic + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** Decodes a record this serde (or an earlier build's) wrote; null stays null (a tombstone). */
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    if (data.length > 0 && data[0] == AvroSerde.MAGIC_BYTE && legacy != null) {
      return legacy.deserialize(topic, data);
    }
    if (data.length < HEADER_SIZE || data[0] != MARKER_0 || data[1] != MARKER_1) {
      throw new SerializationException("Record of " + data.length + " bytes in " + topic + " is not a "
          + schema.getName() + " in Avro single-object encoding (no C3 01 header)");
    }
    long writtenWith = readFingerprint(data);
    SpecificDatumReader<T> datumReader = writtenWith == fingerprint ? reader : resolving.computeIfAbsent(writtenWith, this::resolvingReader);
    try {
      Codec codec = CODEC.get();
      codec.decoder = DecoderFactory.get().binaryDecoder(data, HEADER_SIZE, data.length - HEADER_SIZE, codec.decoder);
      T record = datumReader.read(null, codec.strict.wrap(codec.decoder));
      if (!codec.decoder.isEnd()) {
        throw new SerializationException((data.length - HEADER_SIZE) + " bytes in " + topic + " hold one "
            + schema.getName() + " and more bytes after it");
      }
      return record;
    } catch (SerializationException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Cannot decode a " + schema.getName() + " in " + topic + ": " + e.getMessage(), e);
    }
  }

  private SpecificDatumReader<T> resolvingReader(long writtenWith) {
    Schema writerSchema = previous.get(writtenWith);
    if (writerSchema == null) {
      throw new SerializationException("Unknown schema fingerprint " + Long.toHexString(writtenWith) + " for "
          + schema.getName() + " (this build knows " + Long.toHexString(fingerprint) + " and "
          + previous.size() + " earlier): written by a newer build?");
    }
    return new SpecificDatumReader<>(writerSchema, schema, SpecificData.getForSchema(schema));
  }

  private static byte[] header(long fingerprint) {
    byte[] header = new byte[HEADER_SIZE];
    header[0] = MARKER_0;
    header[1] = MARKER_1;
    for (int i = 0; i < 8; i++) {
      header[2 + i] = (byte) (fingerprint >>> (8 * i));
    }
    return header;
  }

  private static long readFingerprint(byte[] data) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (data[2 + i] & 0xFF);
    }
    return value;
  }

  @Override
  public String toString() {
    return "InternalAvroSerde[" + schema.getFullName() + ", " + Long.toHexString(fingerprint) + "]";
  }

  /** One thread's encoder, decoder and buffer, reused from record to record (see {@link AvroSerde}). */
  private static final class Codec {
    final AvroSerde.Output output = new AvroSerde.Output();
    BinaryEncoder encoder;
    BinaryDecoder decoder;
    final StrictUtf8Decoder strict = new StrictUtf8Decoder();
  }
}

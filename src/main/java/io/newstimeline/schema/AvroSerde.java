package io.newstimeline.schema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
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
 * A Kafka {@link Serde} for Avro SpecificRecords in the Confluent wire format: magic byte 0, the
 * schema's 4-byte big-endian global id, then Avro binary. Subjects follow Confluent's
 * TopicNameStrategy ({@code <topic>-value} or {@code <topic>-key}).
 *
 * <p>Decoding is strict: a string that is not valid UTF-8, or bytes left over after the record,
 * fail it rather than yield a record that differs from what was written.
 *
 * <p>Ids are cached per topic (writer side) and schemas per id (reader side), so the registry is
 * asked once per topic and once per writer schema, not once per record.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

  static final byte MAGIC_BYTE = 0;
  private static final int HEADER_SIZE = 5;

  static {
    AvroRuntime.install();
  }

  private static final ThreadLocal<Codec> CODEC = ThreadLocal.withInitial(Codec::new);

  private final SchemaRegistryClient registry;
  private final Schema readerSchema;
  private final boolean isKey;
  private final SpecificDatumWriter<T> writer;
  private final Map<String, Integer> idByTopic = new ConcurrentHashMap<>();
  private final Map<Integer, SpecificDatumReader<T>> readerByWriterId = new ConcurrentHashMap<>();

  private AvroSerde(SchemaRegistryClient registry, Schema readerSchema, boolean isKey) {
    this.registry = registry;
    this.readerSchema = readerSchema;
    this.isKey = isKey;
    this.writer = new SpecificDatumWriter<>(readerSchema, SpecificData.getForSchema(readerSchema));
  }

  /** A value serde for records of {@code type}, using {@code registry} for schema ids. */
  public static <T extends SpecificRecord> AvroSerde<T> forValues(SchemaRegistryClient registry, Class<T> type) {
    return new AvroSerde<>(registry, SpecificData.get().getSchema(type), false);
  }

  /** A key serde for records of {@code type}, using {@code registry} for schema ids. */
  public static <T extends SpecificRecord> AvroSerde<T> forKeys(SchemaRegistryClient registry, Class<T> type) {
    return new AvroSerde<>(registry, SpecificData.get().getSchema(type), true);
  }

  /** The Confluent TopicNameStrategy subject for {@code topic}. */
  public static String subject(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }

  @Override
  public Serializer<T> serializer() {
    return this::serialize;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this::deserialize;
  }

  /** Encodes {@code record} for {@code topic}; null stays null (a tombstone). */
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    int id = schemaId(topic);
    Codec codec = CODEC.get();
    Output out = codec.output;
    out.reset();
    out.write(MAGIC_BYTE);
    out.write(id >>> 24);
    out.write(id >>> 16);
    out.write(id >>> 8);
    out.write(id);
    try {
      codec.encoder = EncoderFactory.get().binaryEncoder(out, codec.encoder);
      writer.write(record, codec.encoder);
      codec.encoder.flush();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Cannot encode " + readerSchema.getFullName() + " for topic " + topic + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** The id of this serde's schema under {@code topic}'s subject, registered on the first call. */
  public int schemaId(String topic) {
    return idByTopic.computeIfAbsent(topic, t -> registerSchema(subject(t, isKey)));
  }

  /** Decodes Confluent-framed Avro bytes; null stays null (a tombstone). */
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    if (data.length < HEADER_SIZE) {
      throw new SerializationException("Record of " + data.length + " bytes is too short for the Confluent wire format");
    }
    ByteBuffer buffer = ByteBuffer.wrap(data);
    byte magic = buffer.get();
    if (magic != MAGIC_BYTE) {
      throw new SerializationException("Unknown magic byte " + magic + " (expected 0, the Confluent wire format)");
    }
    int id = buffer.getInt();
    SpecificDatumReader<T> reader = readerByWriterId.computeIfAbsent(id, this::readerFor);
    try {
      Codec codec = CODEC.get();
      codec.decoder = DecoderFactory.get().binaryDecoder(data, HEADER_SIZE, data.length - HEADER_SIZE, codec.decoder);
      T record = reader.read(null, codec.strict.wrap(codec.decoder));
      if (!codec.decoder.isEnd()) {
        throw new SerializationException((data.length - HEADER_SIZE) + " bytes hold one " + readerSchema.getName()
            + " and more bytes after it");
      }
      return record;
    } catch (SerializationException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Cannot decode schema id " + id + " as " + readerSchema.getFullName() + ": " + e.getMessage(), e);
    }
  }

  private int registerSchema(String subject) {
    try {
      return registry.register(subject, readerSchema);
    } catch (SchemaRegistryException e) {
      if (isTransient(e)) {
        throw new RegistryUnavailableException("Cannot register schema under subject " + subject + " now: "
            + e.getMessage(), e);
      }
      throw new SerializationException("Cannot register schema under subject " + subject + ": " + e.getMessage(), e);
    }
  }

  private SpecificDatumReader<T> readerFor(int id) {
    Schema writerSchema;
    try {
      writerSchema = registry.getById(id);
    } catch (SchemaRegistryException e) {
      if (isTransient(e)) {
        throw new RegistryUnavailableException("Cannot look up schema id " + id + " now: " + e.getMessage(), e);
      }
      throw new SerializationException("Unknown schema id " + id + ": " + e.getMessage(), e);
    }
    return new SpecificDatumReader<>(writerSchema, readerSchema, SpecificData.getForSchema(readerSchema));
  }

  /**
   * Whether the registry failed to answer (unreachable, or a 5xx such as a registry whose own
   * Kafka log is away) rather than refused the schema or the id: the record is not at fault.
   */
  private static boolean isTransient(SchemaRegistryException e) {
    return e.errorCode() == SchemaRegistryException.REGISTRY_UNAVAILABLE || e.httpStatus() >= 500;
  }

  /**
   * One thread's encoder, decoder and output buffer, reused from record to record: a stream thread
   * encodes several records per input record, some of them kilobytes long, and allocating (and
   * growing) a fresh buffer and encoder for each showed up in profiles. Encoding and decoding never
   * nest, so one set per thread is enough.
   */
  private static final class Codec {
    final Output output = new Output();
    BinaryEncoder encoder;
    BinaryDecoder decoder;
    final StrictUtf8Decoder strict = new StrictUtf8Decoder();
  }

  /** An unsynchronized, reusable byte buffer ({@link ByteArrayOutputStream} locks on every byte). */
  static final class Output extends OutputStream {

    private static final int INITIAL = 4096;
    private static final int MAX_KEPT = 1024 * 1024;

    private byte[] buffer = new byte[INITIAL];
    private int size;

    void reset() {
      size = 0;
      if (buffer.length > MAX_KEPT) {
        buffer = new byte[INITIAL]; // one huge record should not pin its buffer for the thread's life
      }
    }

    @Override
    public void write(int b) {
      ensureCapacity(size + 1);
      buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      ensureCapacity(size + length);
      System.arraycopy(bytes, offset, buffer, size, length);
      size += length;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buffer, size);
    }

    private void ensureCapacity(int needed) {
      if (needed > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
      }
    }
  }
}

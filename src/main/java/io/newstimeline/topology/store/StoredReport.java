package io.newstimeline.topology.store;

import io.newstimeline.avro.NewsEvent;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A report as read from or written to the thread-reports store, decoded only when asked for.
 * The merge scans a window of its thread's reports for every report it receives, but clusters on
 * the store keys alone (they hold the match interval); only the members of entries that change
 * are decoded. On the changelog the bytes are those of the report serde, as before.
 */
public final class StoredReport {

  private final byte[] bytes;
  private final String topic;
  private final Deserializer<NewsEvent> decoder;
  private NewsEvent report;

  private StoredReport(byte[] bytes, String topic, Deserializer<NewsEvent> decoder, NewsEvent report) {
    this.bytes = bytes;
    this.topic = topic;
    this.decoder = decoder;
    this.report = report;
  }

  /** A report to write. */
  public static StoredReport of(NewsEvent report) {
    return new StoredReport(null, null, null, report);
  }

  /** The report, decoded on the first call. */
  public NewsEvent report() {
    if (report == null) {
      report = decoder.deserialize(topic, bytes);
    }
    return report;
  }

  /** The serde of the store: encodes with {@code reports}' serializer, wraps bytes without decoding them. */
  public static Serde<StoredReport> serde(Serde<NewsEvent> reports) {
    Serializer<NewsEvent> encoder = reports.serializer();
    Deserializer<NewsEvent> decoder = reports.deserializer();
    return Serdes.serdeFrom(
        (topic, stored) -> stored == null ? null : encoder.serialize(topic, stored.report()),
        (topic, bytes) -> bytes == null ? null : new StoredReport(bytes, topic, decoder, null));
  }
}

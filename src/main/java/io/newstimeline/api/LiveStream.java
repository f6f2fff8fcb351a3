package io.newstimeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.TimelineRevision;
import io.newstimeline.kafka.KafkaClientConfigs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/stream}: Server-Sent Events of every change of the timeline ({@code revision},
 * from {@code news.timeline-revisions}) and every new link ({@code link-alert}, from
 * {@code news.link-alerts}), read committed, so only what the pipeline committed is sent. Each
 * event's id is the {@link StreamPosition} after it; a client reconnecting with
 * {@code Last-Event-ID} (browsers send it by themselves) resumes exactly there. A new stream
 * starts at the end of both topics, announced by a {@code ready} event carrying that position, or
 * at their beginning with {@code ?from=start}. Each stream has a consumer of its own (assigned,
 * no group), so streams never wait on one another.
 */
final class LiveStream {

  static final String REVISION = "revision";
  static final String LINK_ALERT = "link-alert";
  private static final Logger log = LoggerFactory.getLogger(LiveStream.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final long KEEPALIVE_NANOS = Duration.ofSeconds(15).toNanos();

  private final String bootstrapServers;
  private final List<String> topics;
  private final Deserializer<TimelineRevision> revisions;
  private final Deserializer<LinkAlert> alerts;
  private final Semaphore slots;
  private final AtomicBoolean open = new AtomicBoolean(true);

  LiveStream(String bootstrapServers, String revisionsTopic, String alertsTopic,
      Deserializer<TimelineRevision> revisions, Deserializer<LinkAlert> alerts, int maxStreams) {
    this.bootstrapServers = bootstrapServers;
    this.topics = List.of(revisionsTopic, alertsTopic);
    this.revisions = revisions;
    this.alerts = alerts;
    this.slots = new Semaphore(maxStreams);
  }

  /** Serves one stream until the client goes away or {@link #close} is called. */
  void serve(HttpExchange exchange, ApiRequest request) throws IOException {
    request.allow(Set.of("from", "lastEventId"));
    String from = request.text("from");
    if (from != null && !from.equals("start") && !from.equals("end")) {
      throw ApiException.badRequest("'from' must be start or end: '" + from + "'");
    }
    String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
    if (lastEventId == null) {
      lastEventId = request.text("lastEventId"); // for clients that cannot set headers
    }
    if (!slots.tryAcquire()) {
      throw ApiException.unavailable("too many live streams open; retry later");
    }
    try (KafkaConsumer<String, byte[]> consumer = consumer()) {
      List<List<TopicPartition>> partitions = partitions(consumer);
      StreamPosition position = start(consumer, partitions, lastEventId, "start".equals(from));
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      write(out, "retry: 1000\nid: " + position.id() + "\nevent: ready\ndata: {}\n\n");
      long quietSince = System.nanoTime();
      while (open.get()) {
        var records = consumer.poll(POLL);
        StringBuilder batch = new StringBuilder();
        for (ConsumerRecord<String, byte[]> record : records) {
          int topic = topics.indexOf(record.topic());
          position.advance(topic, record.partition(), record.offset() + 1);
          JsonNode data = data(topic, record);
          if (data != null) {
            batch.append("id: ").append(position.id()).append('\n')
                .append("event: ").append(topic == 0 ? REVISION : LINK_ALERT).append('\n')
                .append("data: ").append(data).append("\n\n");
          }
        }
        if (batch.length() > 0) {
          write(out, batch.toString());
          quietSince = System.nanoTime();
        } else if (System.nanoTime() - quietSince > KEEPALIVE_NANOS) {
          write(out, ": keepalive\n\n"); // also how a gone client is noticed
          quietSince = System.nanoTime();
        }
      }
    } catch (IOException clientGone) {
      log.debug("Live stream closed by the client: {}", clientGone.getMessage());
    } finally {
      slots.release();
    }
  }

  /** Ends every stream at its next poll. */
  void close() {
    open.set(false);
  }

  private KafkaConsumer<String, byte[]> consumer() {
    Map<String, Object> props = KafkaClientConfigs.common(bootstrapServers, "news-timeline-live-stream");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private List<List<TopicPartition>> partitions(KafkaConsumer<String, byte[]> consumer) {
    List<List<TopicPartition>> all = new ArrayList<>();
    for (String topic : topics) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
      if (infos == null || infos.isEmpty()) {
        throw ApiException.unavailable("topic " + topic + " does not exist yet");
      }
      List<TopicPartition> tps = new ArrayList<>();
      for (int p = 0; p < infos.size(); p++) {
        tps.add(new TopicPartition(topic, p));
      }
      all.add(tps);
    }
    return all;
  }

  private StreamPosition start(KafkaConsumer<String, byte[]> consumer, List<List<TopicPartition>> partitions,
      String lastEventId, boolean fromStart) {
    int[] sizes = partitions.stream().mapToInt(List::size).toArray();
    List<TopicPartition> all = partitions.stream().flatMap(List::stream).toList();
    consumer.assign(all);
    StreamPosition position;
    if (lastEventId != null) {
      position = StreamPosition.parse(lastEventId, sizes);
      for (int t = 0; t < partitions.size(); t++) {
        for (TopicPartition tp : partitions.get(t)) {
          consumer.seek(tp, position.next(t, tp.partition()));
        }
      }
      return position;
    }
    if (fromStart) {
      consumer.seekToBeginning(all);
    } else {
      consumer.seekToEnd(all);
    }
    position = StreamPosition.start(sizes);
    for (int t = 0; t < partitions.size(); t++) {
      for (TopicPartition tp : partitions.get(t)) {
        position.advance(t, tp.partition(), consumer.position(tp, Duration.ofSeconds(10)));
      }
    }
    return position;
  }

  private JsonNode data(int topic, ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return null;
    }
    try {
      return topic == 0 ? ApiJson.revision(revisions.deserialize(record.topic(), record.value()))
          : ApiJson.alert(alerts.deserialize(record.topic(), record.value()));
    } catch (RuntimeException e) {
      log.warn("Live stream skips an unreadable record at {}-{}@{}: {}", record.topic(), record.partition(),
          record.offset(), e.getMessage());
      return null;
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}

package io.newstimeline.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.testing.PoisonCorpus;
import io.newstimeline.testing.PoisonCorpus.Kind;
import io.newstimeline.testing.PoisonCorpus.Poison;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.topology.store.StateStoreKind;

/**
 * A story mixed with 10,000 bad records of every kind: each bad record is dead-lettered with its
 * reason and source, the stream goes on, the story's outputs are byte for byte those of a clean
 * run, and the log holds at most a line per bad record, none of them a stack trace.
 */
class PoisonCorpusTest {

  static final int POISON = 10_000;

  @TempDir Path cleanDir;
  @TempDir Path poisonedDir;

  final TimelineSerdes serdes = TimelineSerdes.avro(new InMemorySchemaRegistry());
  final List<NewsEvent> story = StoryGenerator.story(7, 400);

  @Test
  void shouldDeadLetterEveryBadRecordAndGiveTheStorysCleanOutputs() {
    Outputs clean;
    try (TimelineDriver t = new TimelineDriver(cleanDir, 3, StateStoreKind.IN_MEMORY, serdes)) {
      for (NewsEvent report : story) {
        t.events.pipeInput(report.getId(), report, report.getReportedAt());
      }
      t.flush();
      clean = Outputs.read(t);
      assertThat(t.deadLetters.isEmpty()).isTrue();
    }
    List<Poison> corpus = new PoisonCorpus(io.newstimeline.kafka.TopicCatalog.defaults().events(), serdes.event().serializer(),
        serdes.article().serializer(), 11).generate(POISON);
    assertThat(corpus.stream().map(Poison::kind).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(Kind.class));

    Map<String, Long> offsets = new HashMap<>();
    Outputs poisoned;
    List<TestRecord<byte[], byte[]>> dead;
    String log;
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (TimelineDriver t = new TimelineDriver(poisonedDir, 3, StateStoreKind.IN_MEMORY, serdes)) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      long offset = 0;
      int next = 0;
      for (int i = 0; i < story.size(); i++) {
        NewsEvent report = story.get(i);
        // The bad records spread evenly between the good ones, each with the good one's time.
        for (int until = (int) ((long) POISON * (i + 1) / story.size()); next < until; next++) {
          Poison poison = corpus.get(next);
          t.rawEvents.pipeInput(poison.key(), poison.value(), report.getReportedAt());
          offsets.put(poison.key(), offset++);
        }
        t.events.pipeInput(report.getId(), report, report.getReportedAt());
        offset++;
      }
      t.flush();
      System.setErr(stderr);
      log = captured.toString(StandardCharsets.UTF_8);
      poisoned = Outputs.read(t);
      dead = t.deadLetters.readRecordsToList();
      assertThat(t.drained()).isTrue();
    } finally {
      System.setErr(stderr);
    }

    assertThat(dead).hasSize(POISON);
    Map<String, byte[]> sent = new HashMap<>();
    corpus.forEach(poison -> sent.put(poison.key(), poison.value()));
    for (TestRecord<byte[], byte[]> letter : dead) {
      String key = new String(letter.key(), StandardCharsets.UTF_8);
      assertThat(letter.value()).as(key).isEqualTo(sent.get(key));
      assertThat(header(letter.headers(), "__streams.errors.message")).as(key).isNotBlank();
      assertThat(header(letter.headers(), "__streams.errors.topic")).isEqualTo(io.newstimeline.kafka.TopicCatalog.defaults().events());
      assertThat(header(letter.headers(), "__streams.errors.partition")).isEqualTo("0");
      assertThat(header(letter.headers(), "__streams.errors.offset")).as(key).isEqualTo(String.valueOf(offsets.get(key)));
    }
    assertThat(dead).extracting(letter -> new String(letter.key(), StandardCharsets.UTF_8)).doesNotHaveDuplicates();

    assertThat(poisoned.timeline).as("the timeline, record by record").hasSameSizeAs(clean.timeline);
    for (int i = 0; i < clean.timeline.size(); i++) {
      assertThat(poisoned.timeline.get(i)).as("timeline record %d", i).isEqualTo(clean.timeline.get(i));
    }
    assertThat(poisoned.actorTimelines).isEqualTo(clean.actorTimelines);
    assertThat(poisoned.links).isEqualTo(clean.links);
    assertThat(poisoned.alerts).isEqualTo(clean.alerts);
    assertThat(poisoned.actors()).doesNotContain("poisoned-actor");

    List<String> lines = log.lines().toList();
    assertThat(lines).filteredOn(line -> line.contains("Dead letter")).isNotEmpty().hasSizeLessThanOrEqualTo(POISON);
    assertThat(lines).hasSizeLessThanOrEqualTo(POISON);
    assertThat(lines).noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception in thread"));
  }

  /** Every record of the outputs, as bytes: key, value and timestamp. */
  record Outputs(List<String> timeline, List<String> actorTimelines, List<String> links, List<String> alerts) {

    static Outputs read(TimelineDriver t) {
      Outputs outputs = new Outputs(raw(t, t.topics.timeline()), raw(t, t.topics.actorTimelines()),
          raw(t, t.topics.actorLinks()), raw(t, t.topics.linkAlerts()));
      t.revisions.readRecordsToList(); // their revision is what the timeline shows
      return outputs;
    }

    /** The actor ids that have a rolling timeline. */
    Set<String> actors() {
      return actorTimelines.stream().map(record -> record.substring(0, record.indexOf(' '))).collect(Collectors.toSet());
    }

    private static List<String> raw(TimelineDriver t, String topic) {
      TestOutputTopic<byte[], byte[]> out = t.driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
      List<String> records = new ArrayList<>();
      for (TestRecord<byte[], byte[]> record : out.readRecordsToList()) {
        records.add(new String(record.key(), StandardCharsets.UTF_8) + " " + Arrays.toString(record.value())
            + " @" + record.timestamp());
      }
      return records;
    }
  }

  private static String header(Headers headers, String name) {
    var header = headers.lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}

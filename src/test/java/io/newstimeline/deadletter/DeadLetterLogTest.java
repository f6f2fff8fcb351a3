package io.newstimeline.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DeadLetterLogTest {

  final AtomicLong nanos = new AtomicLong();
  final List<String> lines = new ArrayList<>();
  final DeadLetterLog log = new DeadLetterLog(nanos::get, lines::add);

  @Test
  void shouldWriteOneLineWithTheSourceAndReasonOfARecord() {
    log.record("news.events", 2, 41, "route-reports", new SerializationException("Unknown magic byte 123"));

    assertThat(lines).containsExactly(
        "Dead letter news.events-2@41 (route-reports): SerializationException: Unknown magic byte 123");
  }

  @Test
  void shouldKeepAReasonOnOneShortLine() {
    log.record("news.events", 0, 0, "route-reports", new IllegalArgumentException("two\nlines " + "x".repeat(1000)));

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).doesNotContain("\n").contains("two?lines").endsWith("…").hasSizeLessThan(400);
  }

  @Test
  void shouldSummarizeAFloodOncePerWindow() {
    for (int i = 0; i < 1000; i++) {
      log.record("news.events", 0, i, "route-reports", i % 2 == 0 ? new SerializationException("bad") : new IllegalStateException("worse"));
    }
    nanos.addAndGet(DeadLetterLog.WINDOW.toNanos());
    log.record("news.events", 0, 1000, "route-reports", new SerializationException("bad"));

    assertThat(lines).hasSize(DeadLetterLog.LINES_PER_WINDOW + 2);
    assertThat(lines.get(DeadLetterLog.LINES_PER_WINDOW)).isEqualTo("Dead letters: 990 more in 10 s not logged one by one,"
        + " by exception {IllegalStateException=495, SerializationException=495}; each is in the dead-letter topic with its reason");
    assertThat(lines.get(DeadLetterLog.LINES_PER_WINDOW + 1)).startsWith("Dead letter news.events-0@1000 ");
  }

  @Test
  void shouldLogEveryRecordOfASlowTrickle() {
    for (int i = 0; i < 30; i++) {
      log.record("news.events", 0, i, "route-reports", new SerializationException("bad"));
      nanos.addAndGet(DeadLetterLog.WINDOW.toNanos() / 5);
    }

    assertThat(lines).hasSize(30).allSatisfy(line -> assertThat(line).startsWith("Dead letter news.events-0@"));
  }
}

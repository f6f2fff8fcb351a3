package io.newstimeline.deadletter;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of records sent to the dead letters: one line per record, no stack trace (the record,
 * its reason and its stack trace are in the dead-letter topic), and under a flood at most
 * {@value #LINES_PER_WINDOW} such lines per {@link #WINDOW}, then one summary line per window
 * counting the records not logged, by exception. Thread-safe: every stream thread of a process
 * shares {@link #shared()}, so a flood is limited process-wide.
 *
 * <p>The summary of a window is written when the first dead letter after it arrives; the count of
 * a flood's last window is in the dead-letter topic, record by record.
 */
public final class DeadLetterLog {

  static final int LINES_PER_WINDOW = 10;
  static final Duration WINDOW = Duration.ofSeconds(10);
  /** How much of an exception message a line holds. */
  private static final int MAX_REASON_LENGTH = 300;

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterLog.class);
  private static final DeadLetterLog SHARED = new DeadLetterLog(System::nanoTime, LOG::warn);

  private final LongSupplier nanoClock;
  private final Consumer<String> out;
  private long windowStart;
  private boolean started;
  private int linesInWindow;
  private final Map<String, Integer> suppressed = new TreeMap<>();

  /** A log that writes {@code out} lines, with windows timed by {@code nanoClock}. */
  DeadLetterLog(LongSupplier nanoClock, Consumer<String> out) {
    this.nanoClock = nanoClock;
    this.out = out;
  }

  /** The process's log of dead letters. */
  public static DeadLetterLog shared() {
    return SHARED;
  }

  /**
   * Records that the record at {@code topic}-{@code partition}@{@code offset} went to the dead
   * letters from node {@code node} because of {@code reason}: one line, or none under a flood.
   */
  public synchronized void record(String topic, int partition, long offset, String node, Exception reason) {
    long now = nanoClock.getAsLong();
    if (!started || now - windowStart >= WINDOW.toNanos()) {
      summarize();
      started = true;
      windowStart = now;
      linesInWindow = 0;
    }
    if (linesInWindow < LINES_PER_WINDOW) {
      linesInWindow++;
      out.accept(String.format(Locale.ROOT, "Dead letter %s-%d@%d (%s): %s", topic, partition, offset, node,
          describe(reason)));
    } else {
      suppressed.merge(reason.getClass().getSimpleName(), 1, Integer::sum);
    }
  }

  private void summarize() {
    if (suppressed.isEmpty()) {
      return;
    }
    int total = suppressed.values().stream().mapToInt(Integer::intValue).sum();
    out.accept(String.format(Locale.ROOT, "Dead letters: %d more in %d s not logged one by one, by exception %s;"
        + " each is in the dead-letter topic with its reason", total, WINDOW.toSeconds(), suppressed));
    suppressed.clear();
  }

  /** {@code e}'s class and message on one line, cut to {@value #MAX_REASON_LENGTH} characters. */
  static String describe(Exception e) {
    String message = e.getClass().getSimpleName() + ": " + e.getMessage();
    StringBuilder line = new StringBuilder(Math.min(message.length(), MAX_REASON_LENGTH) + 1);
    for (int i = 0; i < message.length() && line.length() < MAX_REASON_LENGTH; i++) {
      char c = message.charAt(i);
      line.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
    }
    if (message.length() > MAX_REASON_LENGTH) {
      line.append('…');
    }
    return line.toString();
  }
}

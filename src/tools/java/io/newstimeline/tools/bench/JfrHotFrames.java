package io.newstimeline.tools.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of a JFR recording: the methods most
 * often on top of the stack (self time) and most often anywhere on it (total time), for the
 * threads whose name contains a given text. What {@code jfr view hot-methods} does on JDK 21, for
 * JDK 17. Record with a deep stack, or Kafka Streams' frames are cut off:
 * {@code -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=settings=profile,filename=...}.
 */
public final class JfrHotFrames {

  private JfrHotFrames() {}

  /**
   * Returns a text table of the {@code top} hottest methods of {@code recording}'s threads matching
   * {@code thread}; the total list only shows methods matching {@code totalMatching}.
   */
  public static String summarise(Path recording, String thread, int top, Pattern totalMatching) throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedThread sampled = event.getThread("sampledThread");
      String name = sampled == null ? "?" : sampled.getJavaName();
      RecordedStackTrace stack = event.getStackTrace();
      if (name == null || !name.contains(thread) || stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      threads.merge(name.replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "*"), 1, Integer::sum);
      List<RecordedFrame> frames = stack.getFrames().stream()
          .filter(frame -> !frame.getMethod().getType().getName().contains("$$Lambda")).toList();
      if (frames.isEmpty()) {
        continue;
      }
      self.merge(method(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String method = method(frame);
        if (seen.add(method)) {
          total.merge(method, 1, Integer::sum);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d CPU samples of threads containing '%s'%n", samples, thread));
    append(out, "threads", threads, samples, top);
    append(out, "self (top of stack)", self, samples, top);
    total.keySet().removeIf(method -> !totalMatching.matcher(method).find());
    append(out, "total (anywhere on the stack), methods matching '" + totalMatching + "'", total, samples, top);
    return out.toString();
  }

  private static void append(StringBuilder out, String title, Map<String, Integer> counts, int samples, int top) {
    out.append(String.format(Locale.ROOT, "%n%s%n", title));
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> out.append(String.format(Locale.ROOT, "%6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
  }

  private static String method(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}

package io.newstimeline.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of a benchmark run: absolute figures (each the median of its runs), the ratios the
 * targets are stated in, and the parts that were not measured with the reason. Prints as a table
 * and writes as JSON, with the same content.
 */
public final class BenchReport {

  /** A measured figure: the median of {@code runs}. */
  public record Figure(String key, String label, String unit, double median, List<Double> runs) {

    public Figure {
      runs = List.copyOf(runs);
    }
  }

  /**
   * A ratio of two figures and its target; {@code atLeast} says whether the value should be at
   * least or at most the target.
   */
  public record Ratio(String key, String label, double value, double target, boolean atLeast) {

    /** Whether the value meets the target; false when it could not be computed. */
    public boolean met() {
      return !Double.isNaN(value) && (atLeast ? value >= target : value <= target);
    }
  }

  private final Map<String, Object> machine = new LinkedHashMap<>();
  private final Map<String, Object> options = new LinkedHashMap<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<Ratio> ratios = new ArrayList<>();
  private final Map<String, String> skipped = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> footprint = new LinkedHashMap<>();
  private String footprintOf = "";
  private double durationSeconds = Double.NaN;

  void machine(String key, Object value) {
    machine.put(key, value);
  }

  void option(String key, Object value) {
    options.put(key, value);
  }

  void add(Figure figure) {
    figures.add(figure);
  }

  void add(Ratio ratio) {
    ratios.add(ratio);
  }

  void skip(String part, String reason) {
    skipped.put(part, reason);
  }

  /** Records what {@code run} wrote per topic, per input event of {@code events}. */
  void footprint(String run, Map<String, TopicFootprint.Usage> usage, long events) {
    footprintOf = run;
    usage.forEach((topic, u) -> {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("records", u.records());
      one.put("bytes", u.bytes());
      one.put("recordsPerEvent", u.records() / (double) events);
      one.put("bytesPerEvent", u.bytes() / (double) events);
      footprint.put(topic, one);
    });
  }

  void durationSeconds(double seconds) {
    this.durationSeconds = seconds;
  }

  /** The figures measured, in the order they were measured. */
  public List<Figure> figures() {
    return List.copyOf(figures);
  }

  /** The ratios, with their targets. */
  public List<Ratio> ratios() {
    return List.copyOf(ratios);
  }

  /** Parts not measured, with the reason. */
  public Map<String, String> skipped() {
    return Map.copyOf(skipped);
  }

  /** The median of the figure {@code key}, or NaN when it was not measured. */
  public double median(String key) {
    return figures.stream().filter(f -> f.key().equals(key)).mapToDouble(Figure::median).findFirst().orElse(Double.NaN);
  }

  /** Returns the report as a fixed-width text table. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-46s %14s  %-12s %s%n", "figure", "median", "unit", "runs"));
    for (Figure f : figures) {
      List<String> runs = f.runs().stream().map(BenchReport::number).toList();
      out.append(String.format(Locale.ROOT, "%-46s %14s  %-12s %s%n", f.label(), number(f.median()), f.unit(),
          String.join(" / ", runs)));
    }
    out.append(String.format(Locale.ROOT, "%n%-46s %14s  %-12s %s%n", "ratio", "value", "target", "met"));
    for (Ratio r : ratios) {
      out.append(String.format(Locale.ROOT, "%-46s %14s  %-12s %s%n", r.label(), String.format(Locale.ROOT, "%.2f", r.value()),
          (r.atLeast() ? ">= " : "<= ") + number(r.target()), r.met() ? "yes" : "NO"));
    }
    if (!footprint.isEmpty()) {
      out.append(String.format(Locale.ROOT, "%nwritten per input event by %s (records include EOS markers;"
          + " repartition bytes are after purging)%n", footprintOf));
      out.append(String.format(Locale.ROOT, "%-56s %10s %12s%n", "topic", "records", "bytes"));
      double totalRecords = 0;
      double totalBytes = 0;
      for (Map.Entry<String, Map<String, Object>> e : footprint.entrySet()) {
        double records = (double) e.getValue().get("recordsPerEvent");
        double bytes = (double) e.getValue().get("bytesPerEvent");
        totalRecords += records;
        totalBytes += bytes;
        out.append(String.format(Locale.ROOT, "%-56s %10.2f %12.0f%n", e.getKey(), records, bytes));
      }
      out.append(String.format(Locale.ROOT, "%-56s %10.2f %12.0f%n", "total", totalRecords, totalBytes));
    }
    skipped.forEach((part, reason) -> out.append(String.format(Locale.ROOT, "%nnot measured: %s: %s", part, reason)));
    if (!skipped.isEmpty()) {
      out.append(System.lineSeparator());
    }
    out.append(String.format(Locale.ROOT, "%nmachine: %s%nbench duration: %.0f s%n", machine, durationSeconds));
    return out.toString();
  }

  /** Writes the report as JSON to {@code file}, creating its directory. */
  public void writeJson(Path file) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("machine", machine);
    json.put("options", options);
    json.put("figures", figures);
    List<Map<String, Object>> ratioJson = new ArrayList<>();
    for (Ratio r : ratios) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("key", r.key());
      one.put("label", r.label());
      one.put("value", finite(r.value()));
      one.put(r.atLeast() ? "atLeast" : "atMost", r.target());
      one.put("met", r.met());
      ratioJson.add(one);
    }
    json.put("ratios", ratioJson);
    json.put("footprintOf", footprintOf);
    json.put("footprint", footprint);
    json.put("skipped", skipped);
    json.put("durationSeconds", finite(durationSeconds));
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write benchmark results to " + file, e);
    }
  }

  private static Object finite(double value) {
    return Double.isFinite(value) ? value : null;
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (Math.abs(value) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : "%.2f", value);
  }
}

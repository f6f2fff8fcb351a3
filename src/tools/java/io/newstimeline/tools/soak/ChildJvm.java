package io.newstimeline.tools.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command of this program ({@code news-timeline <args>}) in a JVM of its own, started from this
 * JVM's own java and classpath, with its output in a file. It can be killed as a crash kills:
 * SIGKILL, no shutdown hook, nothing flushed.
 */
public final class ChildJvm implements AutoCloseable {

  private static final String MAIN = "io.newstimeline.cli.Main";
  private static final Duration CHECK_EVERY = Duration.ofMillis(200);
  private static final int TAIL_LINES = 25;

  private final String name;
  private final Process process;
  private final Path output;

  private ChildJvm(String name, Process process, Path output) {
    this.name = name;
    this.process = process;
    this.output = output;
  }

  /**
   * Starts {@code news-timeline args} with {@code jvmOptions} (e.g. a heap cap), its standard
   * output and error appended to {@code output}.
   */
  public static ChildJvm start(String name, List<String> jvmOptions, List<String> args, Path output) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    // Avro trusts generated classes only from listed packages; a child must get the same list.
    String avroPackages = System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES");
    if (avroPackages != null) {
      command.add("-Dorg.apache.avro.SERIALIZABLE_PACKAGES=" + avroPackages);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(MAIN);
    command.addAll(args);
    try {
      Files.createDirectories(output.toAbsolutePath().getParent());
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
          .start();
      return new ChildJvm(name, process, output);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name, e);
    }
  }

  /**
   * Waits until the output has a line matching {@code pattern} and returns its match, or throws
   * if the process exits or {@code timeout} passes first. Lines written before this child started
   * (the file is appended to) count only from {@code fromLine}.
   */
  public Matcher awaitLine(Pattern pattern, int fromLine, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<Matcher> match = find(pattern, fromLine);
      if (match.isPresent()) {
        return match.get();
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before printing /"
            + pattern + "/; its last lines:\n" + tail());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(name + " did not print /" + pattern + "/ within " + timeout.toSeconds()
            + " s; its last lines:\n" + tail());
      }
      Thread.sleep(CHECK_EVERY.toMillis());
    }
  }

  /** The number of lines in the output file so far, to look only at lines written after now. */
  public static int lineCount(Path output) {
    try {
      return Files.exists(output) ? Files.readAllLines(output, StandardCharsets.UTF_8).size() : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last lines of the output, so that a failure read from a CI log explains itself. */
  private String tail() {
    List<String> lines = lines();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()))
        + "\n(whole output in " + output + ")";
  }

  private List<String> lines() {
    try {
      // Output is decoded leniently: a line cut by a kill must not fail the read.
      return new String(Files.readAllBytes(output), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<Matcher> find(Pattern pattern, int fromLine) {
    List<String> lines = lines();
    for (int i = fromLine; i < lines.size(); i++) {
      Matcher m = pattern.matcher(lines.get(i));
      if (m.find()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Kills the process as a crash would (SIGKILL) and waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Asks the process to stop (SIGTERM, as Ctrl-C), waiting up to {@code timeout}; kills it if it is still running. */
  public int stop(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
    }
    return process.exitValue();
  }

  /**
   * Waits until the process exits by itself and returns its exit code.
   *
   * @throws IllegalStateException, after killing it, if it is still running after {@code timeout}
   */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
      throw new IllegalStateException(name + " still running after " + timeout.toSeconds() + " s (output in " + output + ")");
    }
    return process.exitValue();
  }

  /** Whether the process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Its process id. */
  public long pid() {
    return process.pid();
  }

  /** Where its output goes. */
  public Path output() {
    return output;
  }

  /** Kills the process if it is still running. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}

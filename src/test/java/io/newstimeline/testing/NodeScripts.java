package io.newstimeline.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Node.js checks under {@code .ci/}: installs their locked npm dependencies once, then runs a script. */
public final class NodeScripts {

  /** What a command printed (stdout and stderr together) and its exit code. */
  public record Run(int exitCode, String output) {}

  private NodeScripts() {}

  /** Whether {@code node} and {@code npm} are on the PATH. */
  public static boolean available() {
    return onPath("node") && onPath("npm");
  }

  /** Runs {@code npm ci} in {@code dir} unless its node_modules exist; the run if it failed, else null. */
  public static Run installIfMissing(Path dir) throws IOException, InterruptedException {
    if (Files.isDirectory(dir.resolve("node_modules"))) {
      return null;
    }
    Run install = run(dir, List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(3));
    return install.exitCode() == 0 ? null : install;
  }

  /** Runs {@code command} in {@code dir}, killing it after {@code timeout}. */
  public static Run run(Path dir, List<String> command, Duration timeout) throws IOException, InterruptedException {
    Path output = Files.createTempFile("node-check", ".txt");
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Run(-1, "timed out after " + timeout + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
      }
      return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}

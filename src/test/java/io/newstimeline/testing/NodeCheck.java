package io.newstimeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Node.js check under {@code .ci/}: installs its pinned npm packages ({@code npm ci}) when they
 * are missing, then runs a command in its folder and captures what it prints.
 *
 * @param dir the check's folder, holding its package.json and package-lock.json
 */
public record NodeCheck(Path dir) {

  /** What a command printed (stdout and stderr together) and its exit code; -1 when it timed out. */
  public record Run(int exitCode, String output) {
  }

  /** Returns true when {@code node} and {@code npm} are on the PATH. */
  public static boolean nodeAvailable() {
    return onPath("node") && onPath("npm");
  }

  /** Installs the check's packages from its lock file unless they are installed already. */
  public void install() throws IOException, InterruptedException {
    if (!Files.isDirectory(dir.resolve("node_modules"))) {
      Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), Duration.ofMinutes(5));
      assertThat(install.exitCode()).as("npm ci printed:%n%s", install.output()).isZero();
    }
  }

  /** Runs {@code command} in the check's folder with {@code env} added to the environment. */
  public Run run(List<String> command, Map<String, String> env, Duration timeout) throws IOException, InterruptedException {
    Path output = Files.createTempFile("node-check", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(output.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
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
    for (String entry : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(entry, program))) {
        return true;
      }
    }
    return false;
  }
}

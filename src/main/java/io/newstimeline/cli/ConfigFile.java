package io.newstimeline.cli;

import io.newstimeline.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.PropertiesDefaultProvider;

/**
 * The optional config file: Java properties whose keys are option names without dashes
 * ({@code actors=/data/actors.json}, {@code bootstrap-servers=kafka1:9092}), giving defaults to
 * every command; a flag on the command line still wins. It is the file named by
 * {@value #ENV_VARIABLE}, else {@code ~/.news-timeline.properties} when present.
 */
final class ConfigFile {

  /** The environment variable naming the config file. */
  static final String ENV_VARIABLE = "NEWS_TIMELINE_CONFIG";

  private ConfigFile() {
  }

  /**
   * Returns the config file to read, if any.
   *
   * @throws InputException when {@value #ENV_VARIABLE} names a file that is not there
   */
  static Optional<Path> locate(Map<String, String> env, Path home) {
    String named = env.get(ENV_VARIABLE);
    if (named != null && !named.isBlank()) {
      Path file = Path.of(named);
      if (!Files.isRegularFile(file)) {
        throw new InputException(ENV_VARIABLE + ": no such config file " + file);
      }
      return Optional.of(file);
    }
    Path inHome = home.resolve(".news-timeline.properties");
    return Files.isRegularFile(inHome) ? Optional.of(inHome) : Optional.empty();
  }

  /** Returns the provider of the defaults {@code file} gives. */
  static IDefaultValueProvider provider(Path file) {
    return new PropertiesDefaultProvider(file.toFile());
  }
}

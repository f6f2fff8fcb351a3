package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as a user would, from a folder that is not the checkout: the defaults
 * (gazetteer, curated events, seed articles, gold events) come from the jar, and a flag or the
 * config file names other files instead.
 */
class AnyFolderIT {

  private static final Path JAR = Path.of("target", "news-timeline.jar").toAbsolutePath();
  private static final Path TOOLS_JAR = Path.of("target", "news-timeline-tools.jar").toAbsolutePath();
  private static final Path FORCES = Path.of("seeds", "2023-09-11-forces-putin-turning-to-north-korea.txt")
      .toAbsolutePath();

  @TempDir Path elsewhere;

  private record Run(int exitCode, String out, String err) {
  }

  @Test
  void shouldExtractWithTheGazetteerShippedInTheJar() throws Exception {
    Run run = java(Map.of(), "extract", FORCES.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode events = new ObjectMapper().readTree(run.out());
    assertThat(events).isNotEmpty();
    assertThat(actors(events)).contains("Kim Jong Un", "Vladimir Putin");
  }

  @Test
  void shouldEvaluateTheSeedsShippedInTheJarAgainstTheirGoldEvents() throws Exception {
    Run run = java(TOOLS_JAR, Map.of(), "evaluate");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // The overall row counts the gold events of every seed article: none would mean nothing was found.
    assertThat(run.out()).containsPattern("(?m)^overall +[1-9]\\d* ");
  }

  @Test
  void shouldLetAFlagOrTheConfigFileNameAnotherGazetteer() throws Exception {
    Path gazetteer = elsewhere.resolve("one-actor.json");
    Files.writeString(gazetteer, "{\"actors\":[{\"id\":\"kim-jong-un\",\"name\":\"Chairman Kim\",\"kind\":\"PERSON\","
        + "\"aliases\":[\"Kim Jong Un\"],\"shortNames\":[\"Kim\"]}]}", StandardCharsets.UTF_8);
    Path config = elsewhere.resolve("news-timeline.properties");
    Files.writeString(config, "actors=" + gazetteer.toString().replace("\\", "\\\\") + "\n", StandardCharsets.UTF_8);

    Run byFlag = java(Map.of(), "extract", "--actors", gazetteer.toString(), FORCES.toString());
    Run byConfig = java(Map.of(ConfigFile.ENV_VARIABLE, config.toString()), "extract", FORCES.toString());
    Run missingConfig = java(Map.of(ConfigFile.ENV_VARIABLE, elsewhere.resolve("none.properties").toString()),
        "extract", FORCES.toString());

    assertThat(byFlag.exitCode()).as(byFlag.err()).isZero();
    assertThat(actors(new ObjectMapper().readTree(byFlag.out()))).contains("Chairman Kim").doesNotContain("Kim Jong Un");
    assertThat(byConfig.out()).isEqualTo(byFlag.out());
    assertThat(missingConfig.exitCode()).isEqualTo(Main.EXIT_INPUT);
    assertThat(missingConfig.err().strip()).isEqualTo("news-timeline: NEWS_TIMELINE_CONFIG: no such config file "
        + elsewhere.resolve("none.properties"));
  }

  private static List<String> actors(JsonNode events) {
    List<String> names = new ArrayList<>();
    events.forEach(event -> event.get("actors").forEach(actor -> names.add(actor.asText())));
    return names;
  }

  private Run java(Map<String, String> env, String... args) throws IOException, InterruptedException {
    return java(JAR, env, args);
  }

  private Run java(Path jar, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + elsewhere, "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = elsewhere.resolve("out.txt");
    Path err = elsewhere.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove(ConfigFile.ENV_VARIABLE);
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish within 2 minutes");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatesCommandTest {

  private static final String FRONT_MATTER = """
      ---
      id: test-dates
      source: Test Wire
      url: https://example.org/dates
      published: 2023-09-13T10:00:00+09:00
      timezone: Asia/Seoul
      title: Kim meets Putin
      ---
      """;
  private static final String BODY = """
      Kim meets Putin
      VOSTOCHNY, Sept 13 (Test Wire) - Kim Jong Un met Vladimir Putin on Wednesday, the Kremlin said.
      The two leaders last met in April 2019. Kim left Pyongyang on Sunday, ending a visit earlier this week.
      Results for the third quarter are due soon.
      """;

  @Test
  void shouldPrintEveryDateWithItsOffsetsIntoTheBodyAndItsValue(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("article.txt"), FRONT_MATTER + BODY, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("dates", "--actors", "seeds/actors.json", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode dates = new ObjectMapper().readTree(run.out());
    List<String> values = new ArrayList<>();
    for (JsonNode date : dates) {
      assertThat(BODY.substring(date.get("begin").asInt(), date.get("end").asInt())).isEqualTo(date.get("text").asText());
      values.add(date.get("text").asText() + "=" + date.get("value").asText());
    }
    assertThat(values).containsExactly("Sept 13=2023-09-13", "on Wednesday=2023-09-13", "in April 2019=2019-04",
        "on Sunday=2023-09-10", "earlier this week=2023-W37", "the third quarter=2023-Q3", "soon=FUTURE_REF");
    JsonNode wednesday = dates.get(1).get("date");
    assertThat(wednesday.get("start").asText()).isEqualTo("2023-09-13");
    assertThat(wednesday.get("end").asText()).isEqualTo("2023-09-13");
    assertThat(wednesday.get("precision").asText()).isEqualTo("DAY");
    assertThat(dates.get(6).get("date").isNull()).as("a future reference names no days").isTrue();
  }

  @Test
  void shouldRejectABadFileInOneLine(@TempDir Path dir) throws IOException {
    Path noFrontMatter = Files.writeString(dir.resolve("bad.txt"), "Just text, no front matter.\n");

    CliRun missing = CliRun.of("dates", dir.resolve("missing.txt").toString());
    CliRun malformed = CliRun.of("dates", noFrontMatter.toString());

    assertThat(missing.exitCode()).isEqualTo(Main.EXIT_INPUT);
    assertThat(missing.err()).startsWith("news-timeline: ").contains("missing.txt").hasLineCount(1);
    assertThat(malformed.exitCode()).isEqualTo(Main.EXIT_INPUT);
    assertThat(malformed.err()).startsWith("news-timeline: ").contains("bad.txt").hasLineCount(1);
    assertThat(missing.out()).isEmpty();
  }
}

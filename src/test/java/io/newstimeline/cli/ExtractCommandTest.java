package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstimeline.InputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExtractCommandTest {

  private static final String FORCES = "seeds/2023-09-11-forces-putin-turning-to-north-korea.txt";
  private static final String LBC = "seeds/2023-08-30-lbc-putin-kim-exchange-letters.txt";

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new ExtractCommand()).setOut(new PrintWriter(out)).execute(args);
    assertThat(exit).isZero();
    return out.toString();
  }

  @Test
  void shouldPrintOneJsonArrayForAllFilesWithAStableFieldOrder() throws Exception {
    JsonNode events = new ObjectMapper().readTree(run(LBC, FORCES));

    assertThat(events.isArray()).isTrue();
    assertThat(events).hasSize(16);
    List<String> fields = new ArrayList<>();
    events.get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("article", "id", "type", "date", "actors", "summary", "evidence",
        "evidenceStart", "evidenceEnd", "after");
    List<String> dateFields = new ArrayList<>();
    events.get(0).get("date").fieldNames().forEachRemaining(dateFields::add);
    assertThat(dateFields).containsExactly("start", "end", "precision", "expression");
  }

  @Test
  void shouldPrintDatesAsIsoDaysWithNullForAnOpenBound() throws Exception {
    JsonNode events = new ObjectMapper().readTree(run(LBC));
    JsonNode letters = null;
    for (JsonNode event : events) {
      if (event.get("type").asText().equals("COMMUNICATION")) {
        letters = event;
      }
    }

    assertThat(letters).isNotNull();
    assertThat(letters.get("date").get("start").isNull()).isTrue();
    assertThat(letters.get("date").get("end").asText()).isEqualTo("2023-08-30");
    assertThat(letters.get("date").get("precision").asText()).isEqualTo("ON_OR_BEFORE");
    assertThat(letters.get("actors").toString()).isEqualTo("[\"Vladimir Putin\",\"Kim Jong Un\"]");
    assertThat(letters.get("after").asText()).isEqualTo("lbc-2023-08-30-putin-kim-exchange-letters:621:VISIT");
  }

  @Test
  void shouldApplyCuratedEvents() throws Exception {
    JsonNode events = new ObjectMapper().readTree(run("--curated", "seeds/curated-events.json", LBC));

    List<String> ids = new ArrayList<>();
    events.forEach(event -> ids.add(event.get("id").asText()));
    assertThat(ids).contains("curated:shoigu-visit-pyongyang-2023", "curated:putin-kim-letters-2023")
        .doesNotContain("lbc-2023-08-30-putin-kim-exchange-letters:621:VISIT");
  }

  @Test
  void shouldLetInputProblemsPropagateForTheMainToPrint() {
    ExtractCommand command = new ExtractCommand();
    new CommandLine(command).parseArgs("--actors", "seeds/no-such-gazetteer.json", LBC);

    assertThatThrownBy(command::call)
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/no-such-gazetteer.json: cannot read gazetteer (NoSuchFileException)");
  }
}

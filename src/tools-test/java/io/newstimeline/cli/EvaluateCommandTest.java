package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import io.newstimeline.testing.Corpora;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import io.newstimeline.tools.eval.EvaluateCommand;

class EvaluateCommandTest {

  @Test
  void shouldPrintTheEvaluationTableForTheSeedsByDefault() {
    StringWriter out = new StringWriter();

    int exit = new CommandLine(new EvaluateCommand()).setOut(new PrintWriter(out)).execute();

    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("tier      gold extracted matched  recall precision date-acc")
        .contains("fixed       13")
        .contains("bounded      3")
        .contains("overall     16");
  }

  @Test
  void shouldPrintTheCorpusTableAndJson() throws Exception {
    String corpus = Corpora.meantime().resolve("corpus_airbus").toString();

    CliRun table = CliRun.of("evaluate", "--corpus", corpus);
    CliRun json = CliRun.of("evaluate", "--corpus", corpus, "--json");

    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out()).startsWith("corpus      docs |  gold found   span  val-P  val-R val-F1")
        .containsPattern("(?m)^airbus +30 \\|    72 ")
        .containsPattern("(?m)^overall +30 \\|    72 ");
    assertThat(json.exitCode()).as(json.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode overall = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(json.out()).get("overall");
    assertThat(overall.get("documents").asInt()).isEqualTo(30);
    assertThat(overall.get("dates").get("gold").asInt()).isEqualTo(72);
    assertThat(overall.get("dates").get("valueF1").asDouble()).isBetween(0.0, 1.0);
    assertThat(table.out()).contains("par-P  par-R par-F1");
    com.fasterxml.jackson.databind.JsonNode participants = overall.get("participants");
    assertThat(participants.get("events").asInt()).isPositive();
    assertThat(participants.get("matched").asInt()).isLessThanOrEqualTo(participants.get("extracted").asInt());
    assertThat(participants.get("f1").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void shouldPrintTheEcbPlusTablesAndJson() throws Exception {
    String corpus = Corpora.ecbplus().toString();

    CliRun table = CliRun.of("evaluate", "--ecbplus", corpus);
    CliRun json = CliRun.of("evaluate", "--ecbplus", corpus, "--json");

    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out()).startsWith("range         topics  docs |  gold found  act-P  act-R act-F1")
        .containsPattern("(?m)^held-out 26\\+ +10 ")
        .containsPattern("(?m)^overall +\\d+ merge +\\|")
        .containsPattern("(?m)^overall +\\d+ lemma +\\|");
    assertThat(json.exitCode()).as(json.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode ranges = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(json.out()).get("ranges");
    assertThat(ranges).hasSize(3);
    assertThat(ranges.get(2).get("range").asText()).isEqualTo("overall");
    assertThat(ranges.get(2).get("merge").get("conllF1").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void shouldRejectADirectoryWithoutAnEcbPlusCorpusInOneLine() {
    CliRun run = CliRun.of("evaluate", "--ecbplus", "src/main");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT);
    assertThat(run.err()).isEqualTo("news-timeline: src/main: no ECB+ corpus (topic directories beside"
        + " ECBplus_coreference_sentences.csv)" + System.lineSeparator());
  }

  @Test
  void shouldRejectADirectoryWithoutACorpusInOneLine() {
    CliRun run = CliRun.of("evaluate", "--corpus", "src/main");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT);
    assertThat(run.err()).isEqualTo("news-timeline: src/main: no CAT corpus (.xml files, or directories of them)"
        + System.lineSeparator());
  }

  @Test
  void shouldNameAMissingGoldDirectory() {
    EvaluateCommand command = new EvaluateCommand();
    new CommandLine(command).parseArgs("--gold", "no-such-dir");

    assertThatThrownBy(command::call)
        .isInstanceOf(InputException.class)
        .hasMessage("no-such-dir: gold directory not found");
  }
}

package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
  void shouldNameAMissingGoldDirectory() {
    EvaluateCommand command = new EvaluateCommand();
    new CommandLine(command).parseArgs("--gold", "no-such-dir");

    assertThatThrownBy(command::call)
        .isInstanceOf(InputException.class)
        .hasMessage("no-such-dir: gold directory not found");
  }
}

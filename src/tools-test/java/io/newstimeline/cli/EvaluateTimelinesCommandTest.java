package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import io.newstimeline.testing.Corpora;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import io.newstimeline.tools.eval.EvaluateCommand;

/** {@code evaluate --timelines}: SemEval-2015 TimeLine (CC-BY 3.0, © 2015 FBK, VUA, EHU) read from {@link Corpora}. */
class EvaluateTimelinesCommandTest {

  @Test
  void shouldPrintTheTemporalAwarenessTableAndWriteTheTimelines(@TempDir Path out) {
    StringWriter printed = new StringWriter();

    int exit = new CommandLine(new EvaluateCommand()).setOut(new PrintWriter(printed)).execute("--timelines",
        Corpora.semeval().resolve("trial").toString(), "--timelines-out", out.toString());

    assertThat(exit).isZero();
    assertThat(printed.toString()).startsWith("corpus      docs entities   gold-ev   sys-ev       P       R      F1")
        .contains("trial         30        6       197")
        .contains("overall       30        6       197");
    assertThat(out.resolve("trial").resolve("steve_jobs.txt")).isRegularFile();
    assertThat(Files.exists(out.resolve("trial").resolve("ipod.txt"))).isTrue();
  }

  @Test
  void shouldNameADirectoryThatIsNoTimeLineCorpus() {
    EvaluateCommand command = new EvaluateCommand();
    new CommandLine(command).parseArgs("--timelines", "seeds");

    assertThatThrownBy(command::call)
        .isInstanceOf(InputException.class)
        .hasMessage("seeds: no TimeLine corpus (raw CAT documents beside a TimeLines gold directory)");
  }
}

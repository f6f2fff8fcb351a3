package io.newstimeline.cli;

import io.newstimeline.audit.AsOfTimeline;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TimelineFormatter;
import io.newstimeline.view.TimelineJson;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code audit --as-of T}: the timeline as the newsroom knew it at T, rebuilt from
 * {@code news.events} with only the reports published by then, in the same order and format as
 * the live view.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Prints the timeline as it was known at a past instant (knowledge time), as text or JSON.")
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Option(names = "--as-of", required = true, paramLabel = "ISO-TIME",
      description = "Instant to look back to, e.g. 2023-09-01T00:00Z.")
  String asOf;

  @Option(names = "--json", description = "Print the timeline as a JSON array instead of text.")
  boolean json;

  @Override
  public Integer call() {
    Instant instant = parse(asOf);
    TimelineSerdes serdes = TimelineSerdes.avro(Registries.connect(connection.reachableRegistryUrl()));
    List<TimelineEntry> entries = AsOfTimeline.read(connection.reachableBootstrapServers(), connection.topics().events(),
        serdes.event().deserializer(), Duration.ofSeconds(60), instant);
    if (json) {
      System.out.println(TimelineJson.entries(entries));
    } else {
      System.out.printf("TIMELINE AS KNOWN AT %s (%d entries)%n%n", instant, entries.size());
      System.out.print(TimelineFormatter.timeline(entries));
    }
    return 0;
  }

  private Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          "--as-of must be an ISO-8601 instant with an offset, e.g. 2023-09-01T00:00Z: '" + text + "'");
    }
  }
}

package io.newstimeline.cli;

import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TimelineFormatter;
import io.newstimeline.view.TimelineJson;
import io.newstimeline.view.TopicSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code timeline}: what {@code news.timeline} and {@code news.link-alerts} hold now, in event-time order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Prints the current timeline in event-time order, then the link alerts.")
final class TimelineCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Option(names = "--json", description = "Print the timeline as a JSON array instead of text.")
  boolean json;

  @Override
  public Integer call() {
    TopicCatalog topics = connection.topics();
    TimelineSerdes serdes = TimelineSerdes.avro(Registries.connect(connection.reachableRegistryUrl()));
    TopicSnapshot snapshot = new TopicSnapshot(connection.reachableBootstrapServers(), Duration.ofSeconds(30));
    List<TimelineEntry> entries = new ArrayList<>(snapshot.latest(topics.timeline(), serdes.entry().deserializer()).values());
    if (json) {
      System.out.println(TimelineJson.entries(entries));
      return 0;
    }
    List<LinkAlert> alerts = snapshot.records(topics.linkAlerts(), serdes.linkAlert().deserializer()).stream()
        .map(ConsumerRecord::value).toList();
    System.out.print(TimelineFormatter.timeline(entries));
    System.out.println();
    System.out.print(TimelineFormatter.alerts(alerts));
    return 0;
  }
}

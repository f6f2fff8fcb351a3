package io.newstimeline.cli;

import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.producer.SyntheticStory;
import io.newstimeline.kafka.GroupProgress;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.EventLoader;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.app.TimelineStreamsConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: publishes a slice of the benchmark's synthetic story ({@link SyntheticStory})
 * to the live {@code news.events}, as the bench loads it: keyed by event id, stamped with each
 * report's publication time, Avro through the registry. The same seed and range give the same
 * events on every machine, so anyone can rebuild a history of any size and check that
 * {@code replay} gives the live timeline.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {
        "Publishes events of the deterministic synthetic story (the benchmark's) to the events topic, for a"
            + " history of any size; then `replay` checks that a rebuild gives the live timeline.",
        "The same --seed and range give the same events everywhere; publishing a range again leaves the timeline"
            + " as it is (identical reports)."})
final class GenerateCommand implements Callable<Integer> {

  /** Events sent between two progress updates (each waits for the acknowledgements). */
  private static final int CHUNK = 10_000;
  private static final Duration CHECK_EVERY = Duration.ofMillis(500);

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Option(names = "--events", required = true, paramLabel = "N", description = "How many events to publish.")
  long events;

  @Option(names = "--from", defaultValue = "0", paramLabel = "INDEX",
      description = "Index of the first event (default: ${DEFAULT-VALUE}): --from 100000 --events 5000 extends a"
          + " 100,000-event history by 5,000 events.")
  long from;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED", description = "Seed of the story (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--wait",
      description = "Then wait until the live timeline application has processed every event on the events topic"
          + " (a progress bar per stage), so that `replay` compares with an up-to-date live timeline.")
  boolean await;

  @Option(names = "--application-id", defaultValue = TimelineStreamsConfig.DEFAULT_APPLICATION_ID,
      description = "The live application --wait waits for (default: ${DEFAULT-VALUE}, that of demo and run).")
  String applicationId;

  @Option(names = "--timeout", defaultValue = "PT1H",
      description = "How long --wait waits at most (ISO-8601 duration, default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() throws InterruptedException {
    validate();
    long to = from + events;
    TopicCatalog topics = connection.topics();
    String bootstrap = connection.reachableBootstrapServers();
    TimelineSerdes serdes = TimelineSerdes.avro(Registries.connect(connection.reachableRegistryUrl()));
    try (TopicAdmin admin = TopicAdmin.connect(bootstrap)) {
      admin.ensureTopics(topics.all());
    }
    SyntheticStory story = SyntheticStory.withSeed(seed);
    PrintStream err = System.err;
    long started = System.nanoTime();
    try (EventLoader loader = new EventLoader(bootstrap, "news-timeline-generate", serdes.event().serializer())) {
      for (long i = from; i < to; i++) {
        loader.send(topics.events(), story.event(i));
        long sent = i + 1 - from;
        if (sent % CHUNK == 0 || i + 1 == to) {
          loader.flush();
          ProgressBar.print(err, "events", sent, events);
        }
      }
    }
    err.println();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "Sent %,d events (story seed %d, events %,d to %,d) to %s in %.1f s: %,.0f events/s%n",
        events, seed, from, to - 1, topics.events(), seconds, events / seconds);
    if (await) {
      awaitLiveApplication(bootstrap, topics, serdes);
    }
    return 0;
  }

  /** Waits until both stages of the live application have committed every source offset, events and repartition topics. */
  private void awaitLiveApplication(String bootstrap, TopicCatalog topics, TimelineSerdes serdes) throws InterruptedException {
    PrintStream err = System.err;
    err.printf("Waiting for application '%s' to process %s (Ctrl-C to stop waiting)%n", applicationId, topics.events());
    long started = System.nanoTime();
    List<GroupProgress> stages = TimelinePipeline.progress(bootstrap, TimelineConfig.defaults().withTopics(topics), serdes, applicationId);
    try {
      StageBars bars = new StageBars(err, applicationId);
      TimelinePipeline.awaitCaughtUp(stages, CHECK_EVERY, timeout, bars);
      bars.finish();
    } finally {
      stages.forEach(GroupProgress::close);
    }
    System.out.printf(Locale.ROOT, "Application '%s' has processed everything on %s (waited %.1f s).%n", applicationId,
        topics.events(), (System.nanoTime() - started) / 1e9);
  }

  private void validate() {
    if (events < 1) {
      throw new ParameterException(spec.commandLine(), "--events must be at least 1: " + events);
    }
    if (from < 0) {
      throw new ParameterException(spec.commandLine(), "--from must not be negative: " + from);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new ParameterException(spec.commandLine(), "--timeout must be positive: " + timeout);
    }
    if (events > Long.MAX_VALUE - from) {
      throw new ParameterException(spec.commandLine(), "--from + --events is beyond the story's last index");
    }
  }
}

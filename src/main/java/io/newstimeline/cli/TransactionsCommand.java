package io.newstimeline.cli;

import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.kafka.HangingTransactions;
import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.app.TimelineStreamsConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code transactions}: the transactions open on the pipeline's partitions and what their
 * coordinators say of each; with {@code --abort-hanging}, aborts those no marker will ever reach
 * ({@link HangingTransactions}) and refuses every other. An operator's act, never part of a start.
 */
@Command(name = "transactions", mixinStandardHelpOptions = true,
    description = "Lists the transactions open on the pipeline's partitions with what their coordinators say;"
        + " --abort-hanging aborts those no commit or abort marker will ever reach.")
final class TransactionsCommand implements Callable<Integer> {

  /** Exit code when a transaction is hanging and was not aborted. */
  static final int EXIT_HANGING = 6;

  @Mixin ConnectionOptions connection;

  @Option(names = "--application-id", defaultValue = TimelineStreamsConfig.DEFAULT_APPLICATION_ID,
      description = "Application id of the timeline stage, as for run (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--abort-hanging",
      description = "Abort the hanging transactions: those whose coordinator has none of their producer, or one"
          + " Ongoing without the partition. A transaction being committed or aborted is never touched.")
  boolean abortHanging;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    String bootstrap = connection.reachableBootstrapServers();
    try (Admin admin = Admin.create(KafkaClientConfigs.common(bootstrap, "news-timeline-transactions"))) {
      HangingTransactions transactions = new HangingTransactions(admin, Duration.ofSeconds(30));
      List<HangingTransactions.Open> open = transactions.open(
          TimelinePipeline.ours(connection.topics(), applicationId));
      out.printf("%d transactions open on the pipeline's partitions%n", open.size());
      int hangingLeft = 0;
      for (HangingTransactions.Open t : open) {
        if (!t.hanging()) {
          out.println("open, left to its coordinator: " + t);
        } else if (abortHanging) {
          transactions.abort(t);
          out.println("hanging, aborted: " + t);
        } else {
          out.println("hanging: " + t);
          hangingLeft++;
        }
      }
      if (hangingLeft > 0) {
        out.printf("%d hanging; --abort-hanging aborts them%n", hangingLeft);
        return EXIT_HANGING;
      }
      return 0;
    }
  }
}

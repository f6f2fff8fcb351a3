package io.newstimeline.app;

import io.newstimeline.kafka.HangingTransactions;
import io.newstimeline.kafka.KafkaClientConfigs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says, while the pipeline starts, which transactions are open on its partitions and what their
 * coordinators say of them: an open transaction holds back {@code read_committed} reads and
 * committed-offset fetches until it ends. It only reports: ending a transaction is its
 * coordinator's job (a restarted producer fences its predecessor's; an orphan times out), and an
 * abort from outside may overtake a commit being completed ({@link HangingTransactions}).
 */
final class OpenTransactionsLog implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OpenTransactionsLog.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** Open this long under this checker's eyes, a transaction that is not hanging is named on its own line. */
  private static final Duration LONG_OPEN = Duration.ofSeconds(30);

  private final Admin admin;
  private final HangingTransactions transactions;
  private final Predicate<String> ours;

  OpenTransactionsLog(String bootstrapServers, Predicate<String> ours) {
    Admin created;
    try {
      created = Admin.create(KafkaClientConfigs.common(bootstrapServers, "news-timeline-transaction-check"));
    } catch (KafkaException e) {
      log.warn("Cannot list the transactions open on the pipeline's partitions: {}", e.getMessage());
      created = null;
    }
    this.admin = created;
    this.transactions = created == null ? null : new HangingTransactions(created, TIMEOUT);
    this.ours = ours;
  }

  /**
   * Logs the open transactions in one line, each that is hanging or long open on a line of its
   * own. A cluster that does not answer or refuses the look is one warning: the check must not
   * stop a start.
   */
  void report() {
    if (transactions == null) {
      return;
    }
    List<HangingTransactions.Open> open;
    try {
      open = transactions.open(ours);
    } catch (KafkaException e) {
      log.warn("Could not list the transactions open on the pipeline's partitions: {}", e.getMessage());
      return;
    }
    if (open.isEmpty()) {
      log.debug("No transaction open on the pipeline's partitions");
      return;
    }
    Map<String, Long> byState = new TreeMap<>(open.stream().collect(Collectors.groupingBy(
        t -> t.coordinator().map(d -> d.state().toString()).orElse("unknown to its coordinator"),
        Collectors.counting())));
    log.info("{} partitions of the pipeline hold an open transaction, left to their coordinators (coordinator"
        + " states: {})", open.size(), byState);
    for (HangingTransactions.Open t : open) {
      if (t.hanging()) {
        log.warn("Transaction on {} is hanging: no marker will reach the partition, and readers of committed records"
            + " wait on it; 'news-timeline transactions --abort-hanging' aborts it", t);
      } else if (t.seenOpen().compareTo(LONG_OPEN) >= 0) {
        log.info("Transaction still open on {}", t);
      }
    }
  }

  @Override
  public void close() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
  }
}

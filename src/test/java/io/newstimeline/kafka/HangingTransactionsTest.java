package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which open transactions count as hanging, and that no other is ever aborted. */
class HangingTransactionsTest {

  private static final TopicPartition PARTITION = new TopicPartition("news.timeline", 0);
  private static final TopicPartition OTHER = new TopicPartition("news.timeline", 1);
  private static final ProducerState PRODUCER = new ProducerState(2, 0, 5, 1_560_000_000_000L, OptionalInt.of(3),
      OptionalLong.of(120));

  @Test
  void shouldCallHangingATransactionItsCoordinatorDoesNotKnow() {
    assertThat(open(Optional.empty()).hanging()).isTrue();
  }

  @Test
  void shouldCallHangingAnOngoingTransactionWithoutThePartition() {
    assertThat(open(coordinator(TransactionState.ONGOING, Set.of(OTHER))).hanging()).isTrue();
  }

  @Test
  void shouldNotCallHangingAnOngoingTransactionWithThePartition() {
    assertThat(open(coordinator(TransactionState.ONGOING, Set.of(PARTITION))).hanging()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = TransactionState.class, names = {"PREPARE_COMMIT", "COMPLETE_COMMIT", "PREPARE_ABORT",
      "COMPLETE_ABORT", "PREPARE_EPOCH_FENCE", "EMPTY", "UNKNOWN"})
  void shouldNeverCallHangingATransactionItsCoordinatorMayStillEnd(TransactionState state) {
    assertThat(open(coordinator(state, Set.of())).hanging()).isFalse();
    assertThat(open(coordinator(state, Set.of(PARTITION))).hanging()).isFalse();
  }

  @Test
  void shouldRefuseToAbortATransactionBeingCommitted() {
    HangingTransactions.Open committing = open(coordinator(TransactionState.COMPLETE_COMMIT, Set.of()));

    assertThatThrownBy(() -> new HangingTransactions(null, Duration.ofSeconds(1)).abort(committing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not aborting the transaction on news.timeline-0: its coordinator may still write its marker"
            + " (CompleteCommit, producer 2 epoch 0, on 0 partitions)");
  }

  @Test
  void shouldSayHowLongItWasSeenOpenRatherThanTheAgeOfItsRecordTimestamps() {
    HangingTransactions.Open open = new HangingTransactions.Open(PARTITION, PRODUCER,
        coordinator(TransactionState.ONGOING, Set.of(PARTITION)), Duration.ofSeconds(42));

    assertThat(open.toString()).isEqualTo("news.timeline-0 from offset 120 (producer 2 epoch 0, seen open 42 s;"
        + " coordinator: Ongoing, producer 2 epoch 0, on 1 partitions including this one)");
  }

  private static HangingTransactions.Open open(Optional<TransactionDescription> coordinator) {
    return new HangingTransactions.Open(PARTITION, PRODUCER, coordinator, Duration.ZERO);
  }

  private static Optional<TransactionDescription> coordinator(TransactionState state, Set<TopicPartition> partitions) {
    return Optional.of(new TransactionDescription(1, state, 2, 0, 60_000, OptionalLong.empty(), partitions));
  }
}

package io.newstimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailurePolicyTest {

  private final AtomicLong now = new AtomicLong();
  private final ThreadFailurePolicy policy = new ThreadFailurePolicy(now::get);

  @Test
  void shouldReplaceAThreadThatFailedOnTheClusterWhereverTheCauseSits() {
    assertThat(policy.respond(new StreamsException("task", new TimeoutException("no answer"))))
        .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    assertThat(policy.respond(new KafkaException(new DisconnectException("gone"))))
        .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    assertThat(policy.respond(new FencedInstanceIdException("rejoined elsewhere")))
        .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
  }

  @Test
  void shouldShutDownOnAnythingElse() {
    assertThat(policy.respond(new StreamsException("bug", new IllegalStateException("bad state"))))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    assertThat(policy.respond(new NullPointerException()))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
  }

  @Test
  void shouldShutDownWhenClusterTroubleOutrunsTheBudgetAndRecoverItOnceTheWindowHasPassed() {
    for (int i = 0; i < ThreadFailurePolicy.BUDGET; i++) {
      assertThat(policy.respond(new TimeoutException("again"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
      now.addAndGet(Duration.ofSeconds(1).toNanos());
    }
    assertThat(policy.respond(new TimeoutException("once too often")))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);

    now.addAndGet(ThreadFailurePolicy.WINDOW.toNanos());
    assertThat(policy.respond(new TimeoutException("much later"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
  }
}

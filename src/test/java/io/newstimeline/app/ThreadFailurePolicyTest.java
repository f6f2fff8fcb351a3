package io.newstimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.app.ThreadFailurePolicy.Decision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
  void shouldReplaceAThreadThatFailedOnAServiceWhereverTheCauseSits() {
    assertThat(policy.decide(new StreamsException("task", new TimeoutException("no answer"))).response())
        .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    assertThat(policy.decide(new KafkaException(new DisconnectException("gone"))).response())
        .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    assertThat(policy.decide(new FencedInstanceIdException("rejoined elsewhere")).response())
        .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
  }

  @Test
  void shouldShutDownAtOnceOnAnythingElse() {
    assertThat(policy.decide(new StreamsException("bug", new IllegalStateException("bad state"))))
        .isEqualTo(new Decision(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, Duration.ZERO));
    assertThat(policy.decide(new NullPointerException()).response())
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
  }

  @Test
  void shouldWaitLongerWhileTheTroubleLastsAndNeverGiveUp() {
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Decision decision = policy.decide(new TimeoutException("still away"));
      assertThat(decision.response()).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
      waits.add(decision.delay());
      now.addAndGet(decision.delay().plusSeconds(5).toNanos());
    }

    assertThat(waits.subList(0, 6)).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 16L);
    assertThat(waits).allMatch(wait -> wait.compareTo(ThreadFailurePolicy.LONGEST_WAIT) <= 0);
  }

  @Test
  void shouldStartTheWaitsAgainAfterAQuietPeriod() {
    policy.decide(new TimeoutException("away"));
    policy.decide(new TimeoutException("away"));
    now.addAndGet(ThreadFailurePolicy.QUIET.plusSeconds(1).toNanos());

    assertThat(policy.decide(new TimeoutException("away again")).delay()).isEqualTo(ThreadFailurePolicy.FIRST_WAIT);
  }
}

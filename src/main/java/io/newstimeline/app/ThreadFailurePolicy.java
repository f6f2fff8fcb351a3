package io.newstimeline.app;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * What a stream thread's unexpected exception does to the application. Trouble with the services
 * it needs (a client out of time or out of retries while a broker is away, a registry that does
 * not answer, a static member fenced by its own retried rejoin after an outage) replaces the
 * thread: the service coming back is the operator's business, not a reason to stop serving. The
 * replacement waits first, longer each time while the trouble lasts (from {@link #FIRST_WAIT}
 * doubling to {@link #LONGEST_WAIT}), as Kafka's clients back off, so that an outage of many
 * minutes costs a thread start every few seconds rather than a busy loop, and no count of
 * failures stops an application that would serve again once the service is back. Anything else
 * (a bug, bad state) shuts the application down.
 */
final class ThreadFailurePolicy {

  static final Duration FIRST_WAIT = Duration.ofSeconds(1);
  static final Duration LONGEST_WAIT = Duration.ofSeconds(16);
  /** A failure this long after the previous one starts the waits again from the first. */
  static final Duration QUIET = Duration.ofMinutes(2);

  /** Replace the thread after {@code delay}, or shut the application down. */
  record Decision(StreamThreadExceptionResponse response, Duration delay) {}

  private final LongSupplier nanoClock;
  private Duration nextWait = FIRST_WAIT;
  private long lastFailure;
  private boolean failedBefore;

  ThreadFailurePolicy(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  /** The decision on {@code failure}. */
  synchronized Decision decide(Throwable failure) {
    if (!isServiceTrouble(failure)) {
      return new Decision(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, Duration.ZERO);
    }
    long now = nanoClock.getAsLong();
    if (!failedBefore || now - lastFailure > QUIET.toNanos()) {
      nextWait = FIRST_WAIT;
    }
    failedBefore = true;
    lastFailure = now;
    Duration wait = nextWait;
    nextWait = nextWait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : nextWait.multipliedBy(2);
    return new Decision(StreamThreadExceptionResponse.REPLACE_THREAD, wait);
  }

  /** Whether {@code e} (or a cause) is a service that could not be reached or kept, rather than a bug or bad data. */
  static boolean isServiceTrouble(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RetriableException || cause instanceof FencedInstanceIdException) {
        return true;
      }
    }
    return false;
  }
}

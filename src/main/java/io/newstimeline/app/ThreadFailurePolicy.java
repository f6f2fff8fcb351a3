package io.newstimeline.app;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * What a stream thread's unexpected exception does to the application. Trouble with the cluster
 * (a client out of time or out of retries while a broker is away, a static member fenced by its
 * own rejoin after an outage) replaces the thread: the cluster coming back is the operator's
 * business, not a reason to stop serving. Anything else (a bug, bad state) shuts the application
 * down, and so does cluster trouble that keeps coming back faster than {@link #BUDGET} threads
 * per {@link #WINDOW}, since replacing threads forever would hide it.
 */
final class ThreadFailurePolicy {

  static final int BUDGET = 10;
  static final Duration WINDOW = Duration.ofMinutes(10);

  private final LongSupplier nanoClock;
  private final Deque<Long> replacements = new ArrayDeque<>();

  ThreadFailurePolicy(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  /** The response to {@code failure}; replacing a thread counts against the budget. */
  synchronized StreamThreadExceptionResponse respond(Throwable failure) {
    if (!isClusterTrouble(failure)) {
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
    long now = nanoClock.getAsLong();
    while (!replacements.isEmpty() && now - replacements.peekFirst() > WINDOW.toNanos()) {
      replacements.removeFirst();
    }
    if (replacements.size() >= BUDGET) {
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
    replacements.addLast(now);
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }

  /** Whether {@code e} (or a cause) is a client that could not reach or keep its place in the cluster, rather than a bug or bad data. */
  static boolean isClusterTrouble(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RetriableException || cause instanceof FencedInstanceIdException) {
        return true;
      }
    }
    return false;
  }
}

package io.newstimeline.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) for a serving command. The JVM exits as soon as its shutdown hooks return,
 * so the hook does not just wake the command up: it waits until the command has closed what it
 * opened (streams, broker, temp folders) — that is, until this signal is closed — for up to a
 * minute. Open it before anything else so that it is closed last.
 */
final class ShutdownSignal implements AutoCloseable {

  private static final long CLEANUP_SECONDS = 60;
  private static final long CHECK_EVERY_MILLIS = 1000;

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch cleanedUp = new CountDownLatch(1);
  private final Thread hook;

  private ShutdownSignal() {
    this.hook = new Thread(this::stopAndWait, "news-timeline-shutdown");
  }

  /** Installs the JVM shutdown hook and returns the signal. */
  static ShutdownSignal install() {
    ShutdownSignal signal = new ShutdownSignal();
    Runtime.getRuntime().addShutdownHook(signal.hook);
    return signal;
  }

  /** Whether Ctrl-C or SIGTERM has come, for a command busy with something else than {@link #await}. */
  boolean stopRequested() {
    return stopRequested.getCount() == 0;
  }

  /** Blocks until Ctrl-C or SIGTERM. */
  void await() throws InterruptedException {
    stopRequested.await();
  }

  /**
   * Blocks until Ctrl-C or SIGTERM, calling {@code check} every {@value #CHECK_EVERY_MILLIS} ms
   * meanwhile; whatever {@code check} throws ends the wait (e.g. a stage of the pipeline that has
   * stopped on an error, so that the command exits non-zero rather than serve half a pipeline).
   */
  void await(Runnable check) throws InterruptedException {
    while (!stopRequested.await(CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS)) {
      check.run();
    }
  }

  private void stopAndWait() {
    stopRequested.countDown();
    try {
      cleanedUp.await(CLEANUP_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets a pending shutdown finish; when no shutdown is under way, removes the hook. */
  @Override
  public void close() {
    cleanedUp.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it returns now that cleanup is done
    }
  }
}

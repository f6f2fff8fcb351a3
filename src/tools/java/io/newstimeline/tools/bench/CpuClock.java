package io.newstimeline.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ThreadMXBean;

/**
 * CPU time used by this process and by some of its threads. On a shared machine wall-clock
 * throughput moves with everyone else's load; CPU time per event moves much less, so it is
 * reported next to every rate.
 */
final class CpuClock {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuClock() {}

  /** CPU nanoseconds used by the whole process (broker, clients, apps) so far, or -1 if unknown. */
  static long processNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * CPU nanoseconds all processes of the machine have used since boot ({@code /proc/stat}, Linux
   * only; -1 elsewhere), assuming the usual 100 ticks a second. Less this process's, it says how
   * busy other work kept the machine during a run.
   */
  static long machineNanos() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long ticks = 0;
      for (int i = 1; i < cpu.length && i <= 8; i++) {
        if (i != 4 && i != 5) { // idle and iowait are not work
          ticks += Long.parseLong(cpu[i]);
        }
      }
      return ticks * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** CPU nanoseconds used so far by the live threads whose name contains {@code text}. */
  static long threadsNanos(String text) {
    long total = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().contains(text)) {
        long nanos = THREADS.getThreadCpuTime(thread.getId());
        total += Math.max(0, nanos);
      }
    }
    return total;
  }

  /** A reading of both clocks for threads named after {@code text}. */
  record Reading(long process, long threads) {

    static Reading now(String text) {
      return new Reading(processNanos(), threadsNanos(text));
    }

    /** Microseconds of process and thread CPU per event between {@code this} and {@code later}. */
    double[] microsPerEvent(Reading later, long events) {
      return new double[] {
          (later.process - process) / 1e3 / events,
          (later.threads - threads) / 1e3 / events};
    }
  }
}

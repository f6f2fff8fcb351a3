package io.newstimeline.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Memory of this process: heap used (sampled in the background, so its peak between GCs is seen)
 * and resident set size from {@code /proc/self/status} (Linux only; absent elsewhere).
 */
final class ProcessMemory implements AutoCloseable {

  private static final Path STATUS = Path.of("/proc/self/status");

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile long peakHeapUsed;
  private volatile boolean running = true;

  private ProcessMemory() {
    sampler = new Thread(this::sample, "bench-memory-sampler");
    sampler.setDaemon(true);
  }

  /** Starts sampling heap use every 100 ms. */
  static ProcessMemory start() {
    ProcessMemory memory = new ProcessMemory();
    memory.sampler.start();
    return memory;
  }

  /** Highest heap use seen since the start, in bytes. */
  long peakHeapUsed() {
    return Math.max(peakHeapUsed, heapUsed());
  }

  /** Heap in use now, in bytes. */
  long heapUsed() {
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** The most heap the JVM may use, in bytes. */
  long maxHeap() {
    return memory.getHeapMemoryUsage().getMax();
  }

  /** Resident set size now ({@code VmRSS}), in bytes. */
  static OptionalLong rss() {
    return statusField("VmRSS:");
  }

  /** Peak resident set size ({@code VmHWM}), in bytes. */
  static OptionalLong peakRss() {
    return statusField("VmHWM:");
  }

  private static OptionalLong statusField(String field) {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith(field)) {
          String kilobytes = line.substring(field.length()).trim().split("\\s+")[0];
          return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  private void sample() {
    while (running) {
      peakHeapUsed = Math.max(peakHeapUsed, heapUsed());
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}

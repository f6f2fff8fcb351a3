package io.newstimeline.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory, held for as long as an embedded broker uses it. Kafka
 * locks its log directories only late in startup, after the controller has already written to the
 * metadata log, and then stops the JVM; taking this lock first turns a second broker on the same
 * directory into a clear error instead.
 */
final class DataDirLock implements AutoCloseable {

  /** The lock file's name inside the data directory. */
  static final String FILE_NAME = "embedded-broker.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Returns the lock on {@code dataDir}, creating the directory when missing.
   *
   * @throws BrokerStartupException when another broker, in this or another process, holds it
   */
  static DataDirLock acquire(Path dataDir) {
    FileChannel channel = null;
    try {
      Files.createDirectories(dataDir);
      channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        throw new BrokerStartupException("Data directory " + dataDir
            + " is in use by another broker; choose another with " + BrokerStorage.DATA_DIR_FLAG);
      }
      return new DataDirLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("Could not lock data directory " + dataDir, e);
    }
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not release the data directory lock", e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // Held by another broker in this JVM.
      return null;
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // Already failing; the first error is the one to report.
    }
  }
}

package io.newstimeline.schema;

import org.apache.kafka.common.errors.RetriableException;

/**
 * The schema registry could not answer when a record was encoded or decoded: unreachable, or
 * failing on its side. No fault of the record, so it must not be dead-lettered: the stream thread
 * fails with it, its transaction is aborted, and the records are processed again once the registry
 * answers. A {@link RetriableException}, as Kafka's own errors of a service that is away.
 */
public final class RegistryUnavailableException extends RetriableException {

  RegistryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether {@code e} (or a cause) is the registry failing to answer rather than a bad record. */
  public static boolean isCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RegistryUnavailableException) {
        return true;
      }
    }
    return false;
  }
}

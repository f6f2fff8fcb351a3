package io.newstimeline;

/**
 * A service the command needs (the Kafka cluster, the schema registry) did not answer after a few
 * tries. The message is one line naming the service and its address, so the CLI prints it as is
 * and exits non-zero, rather than the clients' retry warnings and a stack trace.
 */
public class UnavailableException extends RuntimeException {

  public UnavailableException(String message) {
    super(message);
  }

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.newstimeline.kafka;

import io.newstimeline.InputException;

/**
 * Thrown when the embedded broker cannot start for a reason the user can fix. The message is one
 * line, fit to print as is, and names the command-line flag that changes the offending setting.
 */
public class BrokerStartupException extends InputException {

  private static final long serialVersionUID = 1L;

  public BrokerStartupException(String message) {
    super(message);
  }

  public BrokerStartupException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.newstimeline.schema;

import io.newstimeline.InputException;

/** Thrown when the port the embedded schema registry should listen on is already taken. */
public final class PortInUseException extends InputException {

  private static final long serialVersionUID = 1L;

  private final int port;

  public PortInUseException(int port, String flag, Throwable cause) {
    super("Port " + port + " is already in use; choose another with " + flag, cause);
    this.port = port;
  }

  /** Returns the port that was taken. */
  public int port() {
    return port;
  }
}

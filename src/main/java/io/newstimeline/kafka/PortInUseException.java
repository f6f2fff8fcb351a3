package io.newstimeline.kafka;

/** Thrown when the port the embedded broker should listen on is already taken. */
public final class PortInUseException extends BrokerStartupException {

  private static final long serialVersionUID = 1L;

  /** The command-line flag that chooses the broker port, named in the message. */
  public static final String PORT_FLAG = "--kafka-port";

  private final int port;

  public PortInUseException(int port) {
    this(port, null);
  }

  public PortInUseException(int port, Throwable cause) {
    super("Port " + port + " is already in use; choose another with " + PORT_FLAG, cause);
    this.port = port;
  }

  /** The port that was taken. */
  public int port() {
    return port;
  }
}

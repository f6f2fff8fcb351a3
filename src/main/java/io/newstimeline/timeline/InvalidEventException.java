package io.newstimeline.timeline;

/**
 * A report that was read but cannot be placed on a timeline (no actor, no date, an inverted
 * interval...). Thrown by validation; the processing exception handler sends the record, as
 * received, to the dead-letter topic with this message as the reason.
 */
public class InvalidEventException extends RuntimeException {

  public InvalidEventException(String message) {
    super(message);
  }
}

package io.newstimeline;

/**
 * Bad input from a person: a malformed file, an unknown time zone, a bad flag or a busy port.
 * The message is one line that names the file or flag, so the CLI prints it as is, without a
 * stack trace, and exits non-zero.
 */
public class InputException extends RuntimeException {

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}

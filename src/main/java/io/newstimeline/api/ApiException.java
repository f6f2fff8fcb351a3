package io.newstimeline.api;

/** A request the API answers with an error status and a one-line JSON message, never a stack trace. */
final class ApiException extends RuntimeException {

  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  /** The stores are not queryable yet (starting, rebalancing) or another instance did not answer. */
  static ApiException unavailable(String message) {
    return new ApiException(503, message);
  }

  int status() {
    return status;
  }
}

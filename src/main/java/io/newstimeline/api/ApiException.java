package io.newstimeline.api;

/** A request the API answers with an error status and a one-line JSON message, never a stack trace. */
final class ApiException extends RuntimeException {

  private final int status;
  private final java.util.Set<Integer> partitions;

  ApiException(int status, String message) {
    this(status, message, java.util.Set.of());
  }

  /** An error that says which store partitions were searched: a local "not found" the merging instance counts. */
  ApiException(int status, String message, java.util.Set<Integer> partitions) {
    super(message);
    this.status = status;
    this.partitions = java.util.Set.copyOf(partitions);
  }

  /** The partitions searched before this answer, if it says. */
  java.util.Set<Integer> partitions() {
    return partitions;
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

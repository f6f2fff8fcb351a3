package io.newstimeline.schema;

/**
 * An error answered by a schema registry, carrying the Confluent {@code error_code} (e.g. 40401
 * subject not found, 40402 version not found, 40403 schema not found, 409 incompatible, 42201
 * invalid schema) and the HTTP status it maps to: the code divided by 100 for five-digit codes,
 * the code itself otherwise.
 */
public class SchemaRegistryException extends RuntimeException {

  public static final int SUBJECT_NOT_FOUND = 40401;
  public static final int VERSION_NOT_FOUND = 40402;
  public static final int SCHEMA_NOT_FOUND = 40403;
  public static final int INCOMPATIBLE_SCHEMA = 409;
  public static final int INVALID_SCHEMA = 42201;
  public static final int INVALID_VERSION = 42202;
  public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
  public static final int OPERATION_NOT_PERMITTED = 42205;
  public static final int INVALID_SUBJECT = 42208;
  public static final int SUBJECT_NOT_SOFT_DELETED = 40405;
  public static final int SUBJECT_SOFT_DELETED = 40404;
  public static final int VERSION_NOT_SOFT_DELETED = 40407;
  public static final int VERSION_SOFT_DELETED = 40406;
  public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
  public static final int INTERNAL_ERROR = 50001;
  /**
   * Not answered by a registry: the client could not reach it (connection refused, timeout). The
   * HTTP status is 503, as a proxy in front of an unreachable registry would answer.
   */
  public static final int REGISTRY_UNAVAILABLE = 503;

  private final int errorCode;

  public SchemaRegistryException(int errorCode, String message) {
    super(message);
    this.errorCode = errorCode;
  }

  public SchemaRegistryException(int errorCode, String message, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
  }

  /** The Confluent error code, e.g. 40403. */
  public int errorCode() {
    return errorCode;
  }

  /** The HTTP status the Confluent API answers with for this error code. */
  public int httpStatus() {
    if (errorCode >= 10000) {
      return errorCode / 100;
    }
    return errorCode;
  }
}

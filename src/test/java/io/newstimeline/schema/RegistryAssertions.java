package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the Confluent error a registry call answers with. */
final class RegistryAssertions {

  private RegistryAssertions() {
  }

  /** Asserts {@code call} throws a {@link SchemaRegistryException} with {@code errorCode} and exactly {@code message}. */
  static void assertRegistryError(ThrowingCallable call, int errorCode, String message) {
    SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, call);
    assertThat(e).as("expected error %s", errorCode).isNotNull();
    assertThat(e.errorCode()).isEqualTo(errorCode);
    assertThat(e.getMessage()).isEqualTo(message);
  }

  /** Returns a record schema named {@code name} with the given JSON field declarations. */
  static String record(String name, String... fields) {
    return "{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[" + String.join(",", fields) + "]}";
  }

  /** Returns a field declaration {@code {"name":name,"type":type}} for a primitive type. */
  static String field(String name, String type) {
    return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\"}";
  }

  /** Returns a field declaration with a JSON default value. */
  static String field(String name, String type, String jsonDefault) {
    return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"default\":" + jsonDefault + "}";
  }
}

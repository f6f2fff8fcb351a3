package io.newstimeline.schema;

import java.util.Locale;
import java.util.Optional;

/**
 * How a new schema must relate to the schemas already registered under a subject, as in
 * Confluent's registry. BACKWARD (the default) means consumers using the new schema can read data
 * written with the previous one; FORWARD means consumers still on the previous schema can read
 * data written with the new one; FULL means both. The {@code _TRANSITIVE} variants check every
 * live version instead of only the latest.
 */
public enum CompatibilityLevel {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  /** The level used when neither the subject nor the registry has one configured. */
  public static final CompatibilityLevel DEFAULT = BACKWARD;

  private final boolean backward;
  private final boolean forward;
  private final boolean transitive;

  CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
    this.backward = backward;
    this.forward = forward;
    this.transitive = transitive;
  }

  /** Returns the level named {@code name}, ignoring case (e.g. {@code "full"}), or empty if there is none. */
  public static Optional<CompatibilityLevel> forName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** True when the new schema must be able to read data written with earlier ones. */
  public boolean checksBackward() {
    return backward;
  }

  /** True when earlier schemas must be able to read data written with the new one. */
  public boolean checksForward() {
    return forward;
  }

  /** True when every live version is checked, not only the latest. */
  public boolean transitive() {
    return transitive;
  }
}

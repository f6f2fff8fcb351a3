package io.newstimeline.schema;

import java.util.Locale;

/**
 * A subject version as written in a request path: a number from 1 to 2^31-1, or {@code latest}
 * (also written {@code -1}) for the newest version.
 *
 * @param value the version number, or {@link #LATEST_VALUE} for the newest
 */
public record VersionId(int value) {

  /** The value that stands for the newest version. */
  public static final int LATEST_VALUE = -1;

  /** The newest version under a subject. */
  public static final VersionId LATEST = new VersionId(LATEST_VALUE);

  public VersionId {
    if (value <= 0 && value != LATEST_VALUE) {
      throw RegistryErrors.invalidVersion(String.valueOf(value));
    }
  }

  /** Returns version {@code version} (1 or more). */
  public static VersionId of(int version) {
    return new VersionId(version);
  }

  /**
   * Returns the version written as {@code text}: a number or {@code latest}, in any case.
   *
   * @throws SchemaRegistryException with code 42202 when the text is neither
   */
  public static VersionId parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.toLowerCase(Locale.ROOT).equals("latest")) {
      return LATEST;
    }
    try {
      return new VersionId(Integer.parseInt(trimmed));
    } catch (NumberFormatException e) {
      throw RegistryErrors.invalidVersion(text);
    }
  }

  /** True when this stands for the newest version rather than a numbered one. */
  public boolean isLatest() {
    return value == LATEST_VALUE;
  }

  @Override
  public String toString() {
    return isLatest() ? "latest" : String.valueOf(value);
  }
}

package io.newstimeline.schema;

/**
 * The config of a subject or of the whole registry, as Confluent's {@code /config} endpoints show
 * it: a compatibility level and whether schemas are normalized, each null when not set there.
 *
 * @param level the compatibility level, or null
 * @param normalize whether schemas are normalized before registration and lookup, or null
 */
public record RegistryConfig(CompatibilityLevel level, Boolean normalize) {

  /** Returns this config with the fields {@code update} sets put over it, as a config update does. */
  RegistryConfig updatedWith(RegistryConfig update) {
    return new RegistryConfig(update.level != null ? update.level : level,
        update.normalize != null ? update.normalize : normalize);
  }
}

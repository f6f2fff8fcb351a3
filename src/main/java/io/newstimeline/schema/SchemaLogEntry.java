package io.newstimeline.schema;

import java.util.Objects;

/**
 * One change to the registry's state, as kept in a {@link SchemaLog}. Each entry has a
 * {@link #key()}: replaying only the last entry per key (what a compacted topic keeps) rebuilds the
 * same state as replaying every entry, and removal entries are tombstones of their key.
 */
public sealed interface SchemaLogEntry {

  /** Returns the key this entry overwrites: the last entry per key wins. */
  SchemaLogKey key();

  /** Returns true when this entry removes its key (a tombstone) instead of setting a value. */
  default boolean isTombstone() {
    return false;
  }

  /**
   * Version {@code version} of {@code subject} holds schema {@code id}; written on registration and
   * again, with {@code deleted} set, on a soft delete.
   *
   * @param subject the subject
   * @param version the version, from 1
   * @param id the schema's global id
   * @param schema the schema in canonical form
   * @param deleted true once soft deleted
   * @param metadata the schema's metadata as canonical JSON, or null
   * @param ruleSet the schema's rule set as canonical JSON, or null
   */
  record VersionEntry(String subject, int version, int id, String schema, boolean deleted, String metadata,
      String ruleSet) implements SchemaLogEntry {

    public VersionEntry {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(schema, "schema");
    }

    /** A version of a schema without metadata or rules. */
    public VersionEntry(String subject, int version, int id, String schema, boolean deleted) {
      this(subject, version, id, schema, deleted, null, null);
    }

    /** A version holding {@code content}. */
    public VersionEntry(String subject, int version, int id, SchemaContent content) {
      this(subject, version, id, content.schema(), false, content.metadata(), content.ruleSet());
    }

    /** Returns what the version holds: schema, metadata and rules. */
    public SchemaContent content() {
      return new SchemaContent(schema, metadata, ruleSet);
    }

    /** Returns a copy marked soft deleted. */
    public VersionEntry softDeleted() {
      return new VersionEntry(subject, version, id, schema, true, metadata, ruleSet);
    }

    @Override
    public SchemaLogKey key() {
      return SchemaLogKey.version(subject, version);
    }
  }

  /**
   * Version {@code version} of {@code subject} is gone for good (a permanent delete).
   *
   * @param subject the subject
   * @param version the version
   */
  record VersionRemoved(String subject, int version) implements SchemaLogEntry {

    @Override
    public SchemaLogKey key() {
      return SchemaLogKey.version(subject, version);
    }

    @Override
    public boolean isTombstone() {
      return true;
    }
  }

  /**
   * The config of {@code subject}, or of the whole registry when {@code subject} is null: its
   * compatibility level and whether schemas are normalized, each null when not set.
   *
   * @param subject the subject, or null for the global config
   * @param level the level, or null when not set
   * @param normalize the normalize setting, or null when not set
   */
  record ConfigEntry(String subject, CompatibilityLevel level, Boolean normalize) implements SchemaLogEntry {

    public ConfigEntry {
      if (level == null && normalize == null) {
        throw new IllegalArgumentException("A config sets a compatibility level, normalize, or both");
      }
    }

    /** A config that sets only the compatibility level. */
    public ConfigEntry(String subject, CompatibilityLevel level) {
      this(subject, Objects.requireNonNull(level, "level"), null);
    }

    @Override
    public SchemaLogKey key() {
      return SchemaLogKey.config(subject);
    }
  }

  /**
   * {@code subject} no longer has its own compatibility level; the global one applies.
   *
   * @param subject the subject
   */
  record ConfigRemoved(String subject) implements SchemaLogEntry {

    @Override
    public SchemaLogKey key() {
      return SchemaLogKey.config(subject);
    }

    @Override
    public boolean isTombstone() {
      return true;
    }
  }

  /**
   * Every id up to {@code maxId} has been handed out; written before a new id is used, so ids are
   * never reused even after the schemas holding them are permanently deleted and compacted away.
   *
   * @param maxId the highest id handed out
   */
  record IdWatermark(int maxId) implements SchemaLogEntry {

    @Override
    public SchemaLogKey key() {
      return SchemaLogKey.idWatermark();
    }
  }
}

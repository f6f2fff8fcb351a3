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
   */
  record VersionEntry(String subject, int version, int id, String schema, boolean deleted) implements SchemaLogEntry {

    public VersionEntry {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(schema, "schema");
    }

    /** Returns a copy marked soft deleted. */
    public VersionEntry softDeleted() {
      return new VersionEntry(subject, version, id, schema, true);
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
   * The compatibility level of {@code subject}, or of the whole registry when {@code subject} is null.
   *
   * @param subject the subject, or null for the global level
   * @param level the level
   */
  record ConfigEntry(String subject, CompatibilityLevel level) implements SchemaLogEntry {

    public ConfigEntry {
      Objects.requireNonNull(level, "level");
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

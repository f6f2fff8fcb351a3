package io.newstimeline.schema;

import io.newstimeline.schema.SchemaLogEntry.ConfigEntry;
import io.newstimeline.schema.SchemaLogEntry.ConfigRemoved;
import io.newstimeline.schema.SchemaLogEntry.IdWatermark;
import io.newstimeline.schema.SchemaLogEntry.VersionEntry;
import io.newstimeline.schema.SchemaLogEntry.VersionRemoved;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The registry's state as the fold of its {@link SchemaLog}: every version of every subject
 * (soft-deleted ones included), the compatibility levels and the highest id handed out, with
 * lookups by id and by schema text. It applies entries and answers queries; it checks no rule.
 *
 * <p>It is a key-value view of the log (the last entry per key wins), so a compacted log rebuilds
 * the same state. Not thread-safe: the registry guards it.
 */
final class SchemaRegistryState {

  private final NavigableMap<String, NavigableMap<Integer, VersionEntry>> versionsBySubject = new TreeMap<>();
  private final Map<Integer, String> schemaById = new HashMap<>();
  private final Map<String, Integer> idBySchema = new HashMap<>();
  private final Map<String, CompatibilityLevel> levelBySubject = new HashMap<>();
  private CompatibilityLevel globalLevel;
  private int maxId;

  /** Applies {@code entry}, overwriting or removing whatever its key held. */
  void apply(SchemaLogEntry entry) {
    if (entry instanceof VersionEntry v) {
      putVersion(v);
    } else if (entry instanceof VersionRemoved r) {
      removeVersion(r.subject(), r.version());
    } else if (entry instanceof ConfigEntry c) {
      putLevel(c.subject(), c.level());
    } else if (entry instanceof ConfigRemoved c) {
      putLevel(c.subject(), null);
    } else if (entry instanceof IdWatermark w) {
      maxId = Math.max(maxId, w.maxId());
    }
  }

  /** Returns every version of {@code subject}, soft-deleted ones included, oldest first. */
  List<VersionEntry> versions(String subject) {
    NavigableMap<Integer, VersionEntry> versions = versionsBySubject.get(subject);
    return versions == null ? List.of() : List.copyOf(versions.values());
  }

  /** Returns version {@code version} of {@code subject}, soft deleted or not. */
  Optional<VersionEntry> version(String subject, int version) {
    NavigableMap<Integer, VersionEntry> versions = versionsBySubject.get(subject);
    return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
  }

  /** Returns every subject with at least one version, soft deleted or not, in name order. */
  List<String> subjects() {
    return List.copyOf(versionsBySubject.keySet());
  }

  /** Returns the schema text with global id {@code id}, while any version still holds it. */
  Optional<String> schema(int id) {
    return Optional.ofNullable(schemaById.get(id));
  }

  /** Returns the global id of the canonical schema text {@code schema}, if a version holds it. */
  OptionalInt id(String schema) {
    Integer id = idBySchema.get(schema);
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  /** Returns every version holding schema {@code id}, soft-deleted ones included, by subject then version. */
  List<VersionEntry> versionsWithId(int id) {
    List<VersionEntry> found = new ArrayList<>();
    for (NavigableMap<Integer, VersionEntry> versions : versionsBySubject.values()) {
      for (VersionEntry version : versions.values()) {
        if (version.id() == id) {
          found.add(version);
        }
      }
    }
    return found;
  }

  /** Returns the highest id handed out so far; 0 before the first. */
  int maxId() {
    return maxId;
  }

  /** Returns the registry-wide compatibility level, if one was set. */
  Optional<CompatibilityLevel> globalLevel() {
    return Optional.ofNullable(globalLevel);
  }

  /** Returns the compatibility level set on {@code subject}, if any. */
  Optional<CompatibilityLevel> subjectLevel(String subject) {
    return Optional.ofNullable(levelBySubject.get(subject));
  }

  private void putVersion(VersionEntry version) {
    versionsBySubject.computeIfAbsent(version.subject(), s -> new TreeMap<>()).put(version.version(), version);
    schemaById.put(version.id(), version.schema());
    idBySchema.put(version.schema(), version.id());
    maxId = Math.max(maxId, version.id());
  }

  private void removeVersion(String subject, int versionNumber) {
    NavigableMap<Integer, VersionEntry> versions = versionsBySubject.get(subject);
    if (versions == null) {
      return;
    }
    VersionEntry removed = versions.remove(versionNumber);
    if (versions.isEmpty()) {
      versionsBySubject.remove(subject);
    }
    if (removed != null && versionsWithId(removed.id()).isEmpty()) {
      schemaById.remove(removed.id());
      idBySchema.remove(removed.schema());
    }
  }

  private void putLevel(String subject, CompatibilityLevel level) {
    if (subject == null) {
      globalLevel = level;
    } else if (level == null) {
      levelBySubject.remove(subject);
    } else {
      levelBySubject.put(subject, level);
    }
  }
}

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
 * (soft-deleted ones included), the configs and the highest id handed out, with lookups by id,
 * by guid and by content. It applies entries and answers queries; it checks no rule.
 *
 * <p>It is a key-value view of the log (the last entry per key wins), so a compacted log rebuilds
 * the same state. Not thread-safe: the registry guards it.
 */
final class SchemaRegistryState {

  private final NavigableMap<String, NavigableMap<Integer, VersionEntry>> versionsBySubject = new TreeMap<>();
  private final Map<Integer, SchemaContent> contentById = new HashMap<>();
  private final Map<SchemaContent, Integer> idByContent = new HashMap<>();
  private final Map<String, RegistryConfig> configBySubject = new HashMap<>();
  private RegistryConfig globalConfig;
  private int maxId;

  /** Applies {@code entry}, overwriting or removing whatever its key held. */
  void apply(SchemaLogEntry entry) {
    if (entry instanceof VersionEntry v) {
      putVersion(v);
    } else if (entry instanceof VersionRemoved r) {
      removeVersion(r.subject(), r.version());
    } else if (entry instanceof ConfigEntry c) {
      putConfig(c.subject(), new RegistryConfig(c.level(), c.normalize()));
    } else if (entry instanceof ConfigRemoved c) {
      putConfig(c.subject(), null);
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

  /** Returns the content with global id {@code id}, while any version still holds it. */
  Optional<SchemaContent> content(int id) {
    return Optional.ofNullable(contentById.get(id));
  }

  /** Returns the global id of {@code content}, if a version holds it. */
  OptionalInt id(SchemaContent content) {
    Integer id = idByContent.get(content);
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  /** Returns the global id of the content whose {@link SchemaContent#guid() guid} is {@code guid}, if a version holds it. */
  OptionalInt idOfGuid(String guid) {
    for (Map.Entry<SchemaContent, Integer> entry : idByContent.entrySet()) {
      if (entry.getKey().guid().equals(guid)) {
        return OptionalInt.of(entry.getValue());
      }
    }
    return OptionalInt.empty();
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
    return globalConfig().map(RegistryConfig::level);
  }

  /** Returns the compatibility level set on {@code subject}, if any. */
  Optional<CompatibilityLevel> subjectLevel(String subject) {
    return subjectConfig(subject).map(RegistryConfig::level);
  }

  /** Returns the registry-wide config, if one was set. */
  Optional<RegistryConfig> globalConfig() {
    return Optional.ofNullable(globalConfig);
  }

  /** Returns the config set on {@code subject}, if any. */
  Optional<RegistryConfig> subjectConfig(String subject) {
    return Optional.ofNullable(configBySubject.get(subject));
  }

  private void putVersion(VersionEntry version) {
    versionsBySubject.computeIfAbsent(version.subject(), s -> new TreeMap<>()).put(version.version(), version);
    contentById.put(version.id(), version.content());
    idByContent.put(version.content(), version.id());
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
      contentById.remove(removed.id());
      idByContent.remove(removed.content());
    }
  }

  private void putConfig(String subject, RegistryConfig config) {
    if (subject == null) {
      globalConfig = config;
    } else if (config == null) {
      configBySubject.remove(subject);
    } else {
      configBySubject.put(subject, config);
    }
  }
}

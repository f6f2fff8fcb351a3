package io.newstimeline.schema;

import io.newstimeline.schema.SchemaLogEntry.ConfigEntry;
import io.newstimeline.schema.SchemaLogEntry.ConfigRemoved;
import io.newstimeline.schema.SchemaLogEntry.IdWatermark;
import io.newstimeline.schema.SchemaLogEntry.VersionEntry;
import io.newstimeline.schema.SchemaLogEntry.VersionRemoved;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry with the semantics of Confluent's, its state held in memory and every change
 * appended to a {@link SchemaLog} first, so a registry started on the same log rebuilds the same
 * ids, versions, compatibility levels and deletes.
 *
 * <ul>
 *   <li>Global ids: the same canonical schema gets the same id under every subject; ids start at 1
 *       and are never reused, even after a permanent delete.
 *   <li>Versions per subject from 1; registering a schema the subject already holds returns its id
 *       without a new version or a compatibility check.
 *   <li>A new schema must be compatible with the subject's live versions under the subject's level,
 *       else the registry's level, else {@link CompatibilityLevel#DEFAULT BACKWARD} (error 409).
 *   <li>Soft deletes hide versions but keep their ids resolvable; permanent deletes are allowed only
 *       after a soft delete (errors 40405, 40407).
 * </ul>
 *
 * <p>A schema is its text, metadata and rule set ({@link SchemaContent}): the same text with other
 * metadata is another schema with another id. Only Avro schemas without references are supported.
 * Thread-safe: operations are serialized.
 */
public class InMemorySchemaRegistry implements SchemaRegistryClient {

  private static final Logger log = LoggerFactory.getLogger(InMemorySchemaRegistry.class);

  private final SchemaLog schemaLog;
  private SchemaRegistryState state;
  private boolean stale;

  /** Creates an empty registry whose history lives only as long as it does. */
  public InMemorySchemaRegistry() {
    this(new InMemorySchemaLog());
  }

  /** Creates a registry holding what {@code schemaLog} records, and recording every change there. */
  public InMemorySchemaRegistry(SchemaLog schemaLog) {
    this.schemaLog = schemaLog;
    this.state = replay(schemaLog);
  }

  @Override
  public int register(String subject, Schema schema) {
    return register(subject, schema.toString());
  }

  @Override
  public Schema getById(int id) {
    return new Schema.Parser().parse(schema(id));
  }

  /**
   * Registers the Avro schema written in {@code schemaText} under {@code subject} and returns its
   * global id; see the class comment for the rules.
   *
   * @throws SchemaRegistryException 42208 for an empty subject or one with control characters,
   *     42201 when the text is not an Avro schema, 409 when it is incompatible with the subject's
   *     versions, 50001 when the log cannot record it
   */
  public int register(String subject, String schemaText) {
    return register(subject, SchemaContent.of(schemaText)).id();
  }

  /**
   * Registers {@code requested} (schema text, metadata, rule set) under {@code subject} and returns
   * the version holding it. As Confluent does, metadata and a rule set not given are carried over
   * from the subject's newest live version; registering content the subject already holds returns
   * that version.
   *
   * @throws SchemaRegistryException as {@link #register(String, String)}
   */
  public synchronized RegisteredSchema register(String subject, SchemaContent requested) {
    requireValidSubject(subject);
    Schema schema = SchemaText.parse(requested.schema());
    SchemaContent content = new SchemaContent(schema.toString(), requested.metadata(), requested.ruleSet());
    SchemaRegistryState current = current();
    List<VersionEntry> all = current.versions(subject);
    List<VersionEntry> live = live(all);
    if (!live.isEmpty()) {
      content = content.inheritingFrom(live.get(live.size() - 1).content());
    }
    Optional<VersionEntry> existing = latestWithContent(live, content);
    if (existing.isPresent()) {
      return toRegistered(existing.get());
    }
    CompatibilityLevel level = levelInScope(current, subject);
    List<String> problems = AvroCompatibility.check(schema, live, level);
    if (!problems.isEmpty()) {
      throw RegistryErrors.incompatible(subject, problems);
    }
    List<SchemaLogEntry> entries = new ArrayList<>();
    OptionalInt known = current.id(content);
    int id = known.isPresent() ? known.getAsInt() : current.maxId() + 1;
    if (known.isEmpty()) {
      entries.add(new IdWatermark(id));
    }
    int version = all.isEmpty() ? 1 : all.get(all.size() - 1).version() + 1;
    for (VersionEntry old : all) {
      if (old.deleted() && old.id() == id) {
        // As Confluent does: re-registering a soft-deleted schema replaces its old version for good.
        entries.add(new VersionRemoved(subject, old.version()));
      }
    }
    VersionEntry added = new VersionEntry(subject, version, id, content);
    entries.add(added);
    write(entries, "Register schema");
    log.info("Registered schema id {} as version {} of subject {}", id, version, subject);
    return toRegistered(added);
  }

  /**
   * Returns the version of {@code subject} holding the schema written in {@code schemaText}
   * ({@code POST /subjects/{subject}}), looking at soft-deleted versions too when
   * {@code includeDeleted}.
   *
   * @throws SchemaRegistryException 40401 when the subject has no such versions, 40403 when none holds the schema
   */
  public RegisteredSchema lookup(String subject, String schemaText, boolean includeDeleted) {
    return lookup(subject, SchemaContent.of(schemaText), includeDeleted);
  }

  /**
   * Returns the newest version of {@code subject} holding the schema of {@code requested}, and its
   * metadata and rule set where the request gives them (a request without them matches on the schema alone).
   *
   * @throws SchemaRegistryException as {@link #lookup(String, String, boolean)}
   */
  public synchronized RegisteredSchema lookup(String subject, SchemaContent requested, boolean includeDeleted) {
    String canonical = SchemaText.canonical(requested.schema());
    List<VersionEntry> visible = visible(current().versions(subject), includeDeleted);
    if (visible.isEmpty()) {
      throw RegistryErrors.subjectNotFound(subject);
    }
    VersionEntry found = null;
    for (VersionEntry version : visible) {
      SchemaContent held = version.content();
      if (held.schema().equals(canonical)
          && (requested.metadata() == null || requested.metadata().equals(held.metadata()))
          && (requested.ruleSet() == null || requested.ruleSet().equals(held.ruleSet()))) {
        found = version;
      }
    }
    if (found == null) {
      throw RegistryErrors.schemaNotFound();
    }
    return toRegistered(found);
  }

  /**
   * Returns the newest version of {@code subject} whose metadata properties include every entry of
   * {@code properties} ({@code GET /subjects/{subject}/metadata}), soft-deleted versions too when
   * {@code includeDeleted}.
   *
   * @throws SchemaRegistryException 40401 when the subject has no such versions, 40403 when none matches
   */
  public synchronized RegisteredSchema latestWithMetadata(String subject, Map<String, String> properties,
      boolean includeDeleted) {
    List<VersionEntry> visible = visible(current().versions(subject), includeDeleted);
    if (visible.isEmpty()) {
      throw RegistryErrors.subjectNotFound(subject);
    }
    for (int i = visible.size() - 1; i >= 0; i--) {
      JsonNode metadata = visible.get(i).content().metadataJson();
      JsonNode held = metadata == null ? null : metadata.get("properties");
      if (held != null && properties.entrySet().stream()
          .allMatch(p -> held.has(p.getKey()) && held.get(p.getKey()).asText().equals(p.getValue()))) {
        return toRegistered(visible.get(i));
      }
    }
    throw RegistryErrors.schemaNotFound();
  }

  /**
   * Returns version {@code version} of {@code subject}, or its newest version for
   * {@link VersionId#LATEST}, looking at soft-deleted versions too when {@code includeDeleted}.
   *
   * @throws SchemaRegistryException 40401 when the subject has no such versions, 40402 when that version is not one
   */
  public synchronized RegisteredSchema version(String subject, VersionId version, boolean includeDeleted) {
    List<VersionEntry> visible = visible(current().versions(subject), includeDeleted);
    if (visible.isEmpty()) {
      throw RegistryErrors.subjectNotFound(subject);
    }
    if (version.isLatest()) {
      return toRegistered(visible.get(visible.size() - 1));
    }
    return visible.stream().filter(v -> v.version() == version.value()).findFirst()
        .map(InMemorySchemaRegistry::toRegistered)
        .orElseThrow(() -> RegistryErrors.versionNotFound(version.value()));
  }

  /** Returns the subjects with live versions, or with any version when {@code includeDeleted}, in name order. */
  public synchronized List<String> subjects(boolean includeDeleted) {
    SchemaRegistryState current = current();
    return current.subjects().stream()
        .filter(subject -> !visible(current.versions(subject), includeDeleted).isEmpty())
        .toList();
  }

  /**
   * Returns the live version numbers of {@code subject}, soft-deleted ones too when {@code includeDeleted}.
   *
   * @throws SchemaRegistryException 40401 when there are none
   */
  public synchronized List<Integer> versions(String subject, boolean includeDeleted) {
    List<VersionEntry> visible = visible(current().versions(subject), includeDeleted);
    if (visible.isEmpty()) {
      throw RegistryErrors.subjectNotFound(subject);
    }
    return visible.stream().map(VersionEntry::version).toList();
  }

  /**
   * Deletes {@code subject} and returns the versions deleted. A soft delete hides the live versions
   * and drops the subject's compatibility level; a permanent one removes every version, and is only
   * allowed once all of them are soft deleted.
   *
   * @throws SchemaRegistryException 40401 when the subject has no versions, 40404 on a soft delete of
   *     a soft-deleted subject, 40405 on a permanent delete of a subject with live versions
   */
  public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
    SchemaRegistryState current = current();
    List<VersionEntry> all = current.versions(subject);
    if (all.isEmpty()) {
      throw RegistryErrors.subjectNotFound(subject);
    }
    List<VersionEntry> live = live(all);
    List<SchemaLogEntry> entries = new ArrayList<>();
    List<VersionEntry> deleted;
    if (permanent) {
      if (!live.isEmpty()) {
        throw RegistryErrors.subjectNotSoftDeleted(subject);
      }
      deleted = all;
      all.forEach(v -> entries.add(new VersionRemoved(subject, v.version())));
    } else {
      if (live.isEmpty()) {
        throw RegistryErrors.subjectSoftDeleted(subject);
      }
      deleted = live;
      live.forEach(v -> entries.add(v.softDeleted()));
      if (current.subjectConfig(subject).isPresent()) {
        entries.add(new ConfigRemoved(subject));
      }
    }
    write(entries, "Delete subject");
    List<Integer> versions = deleted.stream().map(VersionEntry::version).toList();
    log.info("{} deleted subject {}, versions {}", permanent ? "Permanently" : "Soft", subject, versions);
    return versions;
  }

  /**
   * Deletes one version of {@code subject} and returns its number. A soft delete hides it (and, if
   * it was the last live one, drops the subject's compatibility level); a permanent one removes it,
   * and is only allowed after a soft delete. {@link VersionId#LATEST} is the newest live version,
   * or for a permanent delete the newest version.
   *
   * @throws SchemaRegistryException 40401 when the subject has no versions, 40402 when that version
   *     does not exist, 40406 on a soft delete of a soft-deleted version, 40407 on a permanent
   *     delete of a live one
   */
  public synchronized int deleteVersion(String subject, VersionId version, boolean permanent) {
    SchemaRegistryState current = current();
    List<VersionEntry> all = current.versions(subject);
    if (all.isEmpty()) {
      throw RegistryErrors.subjectNotFound(subject);
    }
    List<VersionEntry> live = live(all);
    VersionEntry target;
    if (version.isLatest()) {
      List<VersionEntry> candidates = permanent ? all : live;
      if (candidates.isEmpty()) {
        throw RegistryErrors.subjectSoftDeleted(subject);
      }
      target = candidates.get(candidates.size() - 1);
    } else {
      target = current.version(subject, version.value())
          .orElseThrow(() -> RegistryErrors.versionNotFound(version.value()));
    }
    List<SchemaLogEntry> entries = new ArrayList<>();
    if (permanent) {
      if (!target.deleted()) {
        throw RegistryErrors.versionNotSoftDeleted(subject, VersionId.of(target.version()));
      }
      entries.add(new VersionRemoved(subject, target.version()));
    } else {
      if (target.deleted()) {
        throw RegistryErrors.versionSoftDeleted(subject, version);
      }
      entries.add(target.softDeleted());
      if (live.size() == 1 && current.subjectConfig(subject).isPresent()) {
        entries.add(new ConfigRemoved(subject));
      }
    }
    write(entries, "Delete Schema Version");
    log.info("{} deleted version {} of subject {}", permanent ? "Permanently" : "Soft", target.version(), subject);
    return target.version();
  }

  /**
   * Returns the canonical text of the schema with global id {@code id}; soft-deleted versions keep
   * their ids resolvable, so data written with them can still be read.
   *
   * @throws SchemaRegistryException 40403 when no version holds that id
   */
  public String schema(int id) {
    return content(id).schema();
  }

  /**
   * Returns the content (schema, metadata, rule set) with global id {@code id}.
   *
   * @throws SchemaRegistryException 40403 when no version holds that id
   */
  public synchronized SchemaContent content(int id) {
    return current().content(id).orElseThrow(() -> RegistryErrors.schemaNotFound(id));
  }

  /**
   * Returns the global id of the content whose guid is {@code guid}.
   *
   * @throws SchemaRegistryException 40403 when no version holds such content
   */
  public synchronized int idOfGuid(String guid) {
    OptionalInt id = current().idOfGuid(guid);
    if (id.isEmpty()) {
      throw RegistryErrors.schemaNotFound();
    }
    return id.getAsInt();
  }

  /**
   * Returns the subject versions holding schema {@code id}, soft-deleted ones too when {@code includeDeleted}.
   *
   * @throws SchemaRegistryException 40403 when no version holds that id
   */
  public synchronized List<SubjectVersion> versionsOf(int id, boolean includeDeleted) {
    SchemaRegistryState current = current();
    if (current.content(id).isEmpty()) {
      throw RegistryErrors.schemaNotFound();
    }
    return visible(current.versionsWithId(id), includeDeleted).stream()
        .map(v -> new SubjectVersion(v.subject(), v.version()))
        .toList();
  }

  /**
   * Returns the subjects holding schema {@code id}, including those where it is soft deleted when {@code includeDeleted}.
   *
   * @throws SchemaRegistryException 40403 when no version holds that id
   */
  public synchronized List<String> subjectsOf(int id, boolean includeDeleted) {
    return versionsOf(id, includeDeleted).stream().map(SubjectVersion::subject).distinct().toList();
  }

  /** Returns the registry-wide compatibility level: the one set, else {@link CompatibilityLevel#DEFAULT}. */
  public synchronized CompatibilityLevel globalCompatibility() {
    return current().globalLevel().orElse(CompatibilityLevel.DEFAULT);
  }

  /** Sets the registry-wide compatibility level. */
  public void setGlobalCompatibility(CompatibilityLevel level) {
    updateConfig(null, new RegistryConfig(level, null));
  }

  /** Returns the registry-wide config: the fields set, the compatibility level defaulting to {@link CompatibilityLevel#DEFAULT}. */
  public synchronized RegistryConfig globalConfig() {
    RegistryConfig set = current().globalConfig().orElse(new RegistryConfig(null, null));
    return new RegistryConfig(set.level() != null ? set.level() : CompatibilityLevel.DEFAULT, set.normalize());
  }

  /** Returns the config set on {@code subject} itself, if any. */
  public synchronized Optional<RegistryConfig> subjectConfig(String subject) {
    return current().subjectConfig(subject);
  }

  /**
   * Puts the fields {@code update} sets over the config of {@code subject}, or of the registry when
   * {@code subject} is null, as Confluent's {@code PUT /config} does, and returns the result.
   *
   * @throws SchemaRegistryException 42208 for an empty subject or one with control characters
   */
  public synchronized RegistryConfig updateConfig(String subject, RegistryConfig update) {
    if (subject != null) {
      requireValidSubject(subject);
    }
    SchemaRegistryState current = current();
    Optional<RegistryConfig> before = subject == null ? current.globalConfig() : current.subjectConfig(subject);
    RegistryConfig after = before.orElse(new RegistryConfig(null, null)).updatedWith(update);
    if (after.level() == null && after.normalize() == null) {
      return after;
    }
    write(List.of(new ConfigEntry(subject, after.level(), after.normalize())), "Update config");
    log.info("Set the config of {} to {}", subject == null ? "the registry" : "subject " + subject, after);
    return after;
  }

  /** Removes the registry-wide compatibility level, so the default applies again, and returns the level it replaced. */
  public synchronized CompatibilityLevel deleteGlobalCompatibility() {
    CompatibilityLevel previous = globalCompatibility();
    write(List.of(new ConfigRemoved(null)), "Delete compatibility level");
    log.info("Reset the global compatibility level to {}", CompatibilityLevel.DEFAULT);
    return previous;
  }

  /** Returns the compatibility level set on {@code subject} itself, if any. */
  public synchronized Optional<CompatibilityLevel> subjectCompatibility(String subject) {
    return current().subjectLevel(subject);
  }

  /** Returns the level that applies to {@code subject}: its own, else the registry's, else the default. */
  public synchronized CompatibilityLevel compatibilityInScope(String subject) {
    return levelInScope(current(), subject);
  }

  /**
   * Sets the compatibility level of {@code subject}, which need not have versions yet.
   *
   * @throws SchemaRegistryException 42208 for an empty subject or one with control characters
   */
  public void setSubjectCompatibility(String subject, CompatibilityLevel level) {
    requireValidSubject(subject);
    updateConfig(subject, new RegistryConfig(level, null));
  }

  /**
   * Removes the compatibility level of {@code subject}, so the registry's applies, and returns the removed level.
   *
   * @throws SchemaRegistryException 40401 when the subject has no level of its own
   */
  public synchronized CompatibilityLevel deleteSubjectCompatibility(String subject) {
    CompatibilityLevel previous = current().subjectLevel(subject)
        .orElseThrow(() -> RegistryErrors.subjectNotFound(subject));
    write(List.of(new ConfigRemoved(subject)), "Delete compatibility level");
    log.info("Removed the compatibility level of subject {}", subject);
    return previous;
  }

  /**
   * Returns why the schema in {@code schemaText} could not be registered after {@code version} of
   * {@code subject} under the level in scope, or an empty list when it could. With
   * {@link VersionId#LATEST} and no live version there is nothing to break: the list is empty.
   *
   * @throws SchemaRegistryException 42201 for an invalid schema, 40401 when the subject has no
   *     versions, 40402 when the numbered version is not a live one
   */
  public synchronized List<String> testCompatibility(String subject, VersionId version, String schemaText) {
    SchemaRegistryState current = current();
    List<VersionEntry> all = current.versions(subject);
    List<VersionEntry> live = live(all);
    List<VersionEntry> against;
    if (version.isLatest()) {
      against = live.isEmpty() ? List.of() : List.of(live.get(live.size() - 1));
    } else {
      if (all.isEmpty()) {
        throw RegistryErrors.subjectNotFound(subject);
      }
      against = List.of(live.stream().filter(v -> v.version() == version.value()).findFirst()
          .orElseThrow(() -> RegistryErrors.versionNotFound(version.value())));
    }
    return AvroCompatibility.check(SchemaText.parse(schemaText), against, levelInScope(current, subject));
  }

  /**
   * Returns why the schema in {@code schemaText} could not be registered under {@code subject} now
   * (the check registration makes), or an empty list when it could.
   *
   * @throws SchemaRegistryException 42201 for an invalid schema
   */
  public synchronized List<String> testCompatibility(String subject, String schemaText) {
    SchemaRegistryState current = current();
    return AvroCompatibility.check(SchemaText.parse(schemaText), live(current.versions(subject)),
        levelInScope(current, subject));
  }

  private SchemaRegistryState current() {
    if (stale) {
      try {
        state = replay(schemaLog);
        stale = false;
      } catch (RuntimeException e) {
        throw new SchemaRegistryException(SchemaRegistryException.INTERNAL_ERROR,
            "Error while reading the Kafka store", e);
      }
    }
    return state;
  }

  /** Appends {@code entries} to the log, then applies them; after a failed append the state is re-read from the log. */
  private void write(List<SchemaLogEntry> entries, String operation) {
    try {
      schemaLog.append(entries);
    } catch (RuntimeException e) {
      stale = true;
      log.error("{} failed: cannot append to the schema log: {}", operation, e.toString());
      throw RegistryErrors.storeError(operation, e);
    }
    entries.forEach(state::apply);
  }

  private static SchemaRegistryState replay(SchemaLog schemaLog) {
    SchemaRegistryState rebuilt = new SchemaRegistryState();
    schemaLog.replay(rebuilt::apply);
    return rebuilt;
  }

  private static void requireValidSubject(String subject) {
    if (subject == null || subject.isBlank() || subject.chars().anyMatch(Character::isISOControl)) {
      throw RegistryErrors.invalidSubject(subject);
    }
  }

  private static CompatibilityLevel levelInScope(SchemaRegistryState state, String subject) {
    return state.subjectLevel(subject).or(state::globalLevel).orElse(CompatibilityLevel.DEFAULT);
  }

  private static List<VersionEntry> live(List<VersionEntry> versions) {
    return visible(versions, false);
  }

  private static List<VersionEntry> visible(List<VersionEntry> versions, boolean includeDeleted) {
    return includeDeleted ? versions : versions.stream().filter(v -> !v.deleted()).toList();
  }

  private static Optional<VersionEntry> latestWithContent(List<VersionEntry> versions, SchemaContent content) {
    VersionEntry found = null;
    for (VersionEntry version : versions) {
      if (version.content().equals(content)) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }

  private static RegisteredSchema toRegistered(VersionEntry version) {
    return RegisteredSchema.of(version.subject(), version.version(), version.id(), version.content());
  }
}

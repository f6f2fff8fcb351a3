package io.newstimeline.schema;

import static io.newstimeline.schema.SchemaRegistryException.INCOMPATIBLE_SCHEMA;
import static io.newstimeline.schema.SchemaRegistryException.INTERNAL_ERROR;
import static io.newstimeline.schema.SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL;
import static io.newstimeline.schema.SchemaRegistryException.INVALID_SCHEMA;
import static io.newstimeline.schema.SchemaRegistryException.INVALID_SUBJECT;
import static io.newstimeline.schema.SchemaRegistryException.INVALID_VERSION;
import static io.newstimeline.schema.SchemaRegistryException.OPERATION_NOT_PERMITTED;
import static io.newstimeline.schema.SchemaRegistryException.SCHEMA_NOT_FOUND;
import static io.newstimeline.schema.SchemaRegistryException.SUBJECT_COMPATIBILITY_NOT_CONFIGURED;
import static io.newstimeline.schema.SchemaRegistryException.SUBJECT_NOT_FOUND;
import static io.newstimeline.schema.SchemaRegistryException.SUBJECT_NOT_SOFT_DELETED;
import static io.newstimeline.schema.SchemaRegistryException.SUBJECT_SOFT_DELETED;
import static io.newstimeline.schema.SchemaRegistryException.VERSION_NOT_FOUND;
import static io.newstimeline.schema.SchemaRegistryException.VERSION_NOT_SOFT_DELETED;
import static io.newstimeline.schema.SchemaRegistryException.VERSION_SOFT_DELETED;

import java.util.List;

/**
 * The errors of the registry with the exact messages Confluent's registry answers, so clients that
 * match on them (and people who search for them) find what they expect. Odd spacing such as
 * {@code "soft deleted.Set"} is Confluent's own.
 */
final class RegistryErrors {

  private RegistryErrors() {
  }

  static SchemaRegistryException subjectNotFound(String subject) {
    return new SchemaRegistryException(SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
  }

  static SchemaRegistryException versionNotFound(int version) {
    return new SchemaRegistryException(VERSION_NOT_FOUND, "Version " + version + " not found.");
  }

  static SchemaRegistryException schemaNotFound() {
    return new SchemaRegistryException(SCHEMA_NOT_FOUND, "Schema not found");
  }

  static SchemaRegistryException schemaNotFound(int id) {
    return new SchemaRegistryException(SCHEMA_NOT_FOUND, "Schema " + id + " not found");
  }

  static SchemaRegistryException subjectSoftDeleted(String subject) {
    return new SchemaRegistryException(SUBJECT_SOFT_DELETED,
        "Subject '" + subject + "' was soft deleted.Set permanent=true to delete permanently");
  }

  static SchemaRegistryException subjectNotSoftDeleted(String subject) {
    return new SchemaRegistryException(SUBJECT_NOT_SOFT_DELETED,
        "Subject '" + subject + "' was not deleted first before being permanently deleted");
  }

  static SchemaRegistryException versionSoftDeleted(String subject, VersionId version) {
    return new SchemaRegistryException(VERSION_SOFT_DELETED,
        "Subject '" + subject + "' Version " + version + " was soft deleted.Set permanent=true to delete permanently");
  }

  static SchemaRegistryException versionNotSoftDeleted(String subject, VersionId version) {
    return new SchemaRegistryException(VERSION_NOT_SOFT_DELETED,
        "Subject '" + subject + "' Version " + version + " was not deleted first before being permanently deleted");
  }

  static SchemaRegistryException subjectCompatibilityNotConfigured(String subject) {
    return new SchemaRegistryException(SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
        "Subject '" + subject + "' does not have subject-level compatibility configured");
  }

  static SchemaRegistryException incompatible(String subject, List<String> details) {
    return new SchemaRegistryException(INCOMPATIBLE_SCHEMA,
        "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\", details: " + details);
  }

  static SchemaRegistryException invalidSchema() {
    return new SchemaRegistryException(INVALID_SCHEMA, "Either the input schema or one its references is invalid");
  }

  static SchemaRegistryException invalidSchema(String message) {
    return new SchemaRegistryException(INVALID_SCHEMA, message);
  }

  static SchemaRegistryException invalidVersion(String version) {
    return new SchemaRegistryException(INVALID_VERSION, "The specified version '" + version
        + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
  }

  static SchemaRegistryException invalidSubject(String subject) {
    return new SchemaRegistryException(INVALID_SUBJECT, "The specified subject '" + subject + "' is not a valid.");
  }

  static SchemaRegistryException invalidCompatibilityLevel() {
    return new SchemaRegistryException(INVALID_COMPATIBILITY_LEVEL, "Invalid compatibility level. Valid values are none, "
        + "backward, forward, full, backward_transitive, forward_transitive, and full_transitive");
  }

  static SchemaRegistryException notSupported(String operation) {
    return new SchemaRegistryException(OPERATION_NOT_PERMITTED, "Operation not permitted: " + operation
        + " is not supported by this registry");
  }

  static SchemaRegistryException storeError(String operation, Throwable cause) {
    return new SchemaRegistryException(INTERNAL_ERROR,
        operation + " operation failed while writing to the Kafka store", cause);
  }
}

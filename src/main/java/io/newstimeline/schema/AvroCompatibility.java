package io.newstimeline.schema;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Checks a candidate schema against earlier versions with Avro's own
 * {@link SchemaCompatibility}, and describes failures the way Confluent's registry does, e.g.
 * {@code {errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'x' at path
 * '/fields/1' in the new schema has no default value and is missing in the old schema',
 * additionalInfo:'x'}} followed by {@code {oldSchemaVersion: 1}}, {@code {oldSchema: '...'}} and
 * {@code {compatibility: 'BACKWARD'}}.
 */
final class AvroCompatibility {

  private AvroCompatibility() {
  }

  /**
   * Returns why {@code candidate} may not follow {@code previous} (oldest first) under
   * {@code level}, or an empty list when it may. Non-transitive levels look at the newest previous
   * version only; transitive ones at every version, newest first, stopping at the first that fails.
   */
  static List<String> check(Schema candidate, List<SchemaLogEntry.VersionEntry> previous, CompatibilityLevel level) {
    if (level == CompatibilityLevel.NONE || previous.isEmpty()) {
      return List.of();
    }
    int oldest = level.transitive() ? 0 : previous.size() - 1;
    for (int i = previous.size() - 1; i >= oldest; i--) {
      SchemaLogEntry.VersionEntry old = previous.get(i);
      List<String> messages = incompatibilities(candidate, new Schema.Parser().parse(old.schema()), level);
      if (!messages.isEmpty()) {
        messages.add("{oldSchemaVersion: " + old.version() + "}");
        messages.add("{oldSchema: '" + old.schema() + "'}");
        messages.add("{compatibility: '" + level.name() + "'}");
        return messages;
      }
    }
    return List.of();
  }

  private static List<String> incompatibilities(Schema candidate, Schema old, CompatibilityLevel level) {
    List<String> messages = new ArrayList<>();
    if (level.checksBackward()) {
      describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old), "new", "old", messages);
    }
    if (level.checksForward()) {
      describe(SchemaCompatibility.checkReaderWriterCompatibility(old, candidate), "old", "new", messages);
    }
    return messages;
  }

  private static void describe(SchemaCompatibility.SchemaPairCompatibility pair, String reader, String writer,
      List<String> messages) {
    for (Incompatibility incompatibility : pair.getResult().getIncompatibilities()) {
      messages.add("{errorType:'" + incompatibility.getType() + "', description:'"
          + description(incompatibility, reader, writer) + "', additionalInfo:'" + incompatibility.getMessage() + "'}");
    }
  }

  private static String description(Incompatibility incompatibility, String reader, String writer) {
    String path = incompatibility.getLocation();
    return switch (incompatibility.getType()) {
      case NAME_MISMATCH -> "The name of the schema has changed (path '" + path + "')";
      case FIXED_SIZE_MISMATCH -> "The size of FIXED type field at path '" + path + "' in the " + reader
          + " schema does not match with the " + writer + " schema";
      case MISSING_ENUM_SYMBOLS -> "The " + reader + " schema is missing enum symbols '" + incompatibility.getMessage()
          + "' at path '" + path + "' in the " + writer + " schema";
      case READER_FIELD_MISSING_DEFAULT_VALUE -> "The field '" + incompatibility.getMessage() + "' at path '" + path
          + "' in the " + reader + " schema has no default value and is missing in the " + writer + " schema";
      case TYPE_MISMATCH -> "The type (path '" + path + "') of a field in the " + reader
          + " schema does not match with the " + writer + " schema";
      case MISSING_UNION_BRANCH -> "The " + reader + " schema is missing a type inside a union field at path '" + path
          + "' in the " + writer + " schema";
      default -> "The " + reader + " schema cannot read data written with the " + writer + " schema at path '"
          + path + "'";
    };
  }
}

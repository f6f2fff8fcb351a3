package io.newstimeline.schema;

import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses schema text sent to the registry. The registry stores and compares schemas in Avro's
 * canonical JSON ({@link Schema#toString()}: no whitespace, docs and properties kept), so the
 * same schema sent with other spacing gets the same id.
 */
final class SchemaText {

  private static final Logger log = LoggerFactory.getLogger(SchemaText.class);

  private SchemaText() {
  }

  /**
   * Returns the Avro schema written in {@code text}.
   *
   * @throws SchemaRegistryException with code 42201 when the text is empty or not a valid Avro schema
   */
  static Schema parse(String text) {
    if (text == null || text.isBlank()) {
      throw RegistryErrors.invalidSchema("Empty schema");
    }
    try {
      return new Schema.Parser().parse(text);
    } catch (RuntimeException e) {
      log.info("Rejected an invalid Avro schema: {}", String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "));
      throw RegistryErrors.invalidSchema();
    }
  }

  /** Returns the canonical form of the Avro schema written in {@code text}; see {@link #parse}. */
  static String canonical(String text) {
    return parse(text).toString();
  }
}

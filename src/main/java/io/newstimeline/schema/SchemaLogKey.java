package io.newstimeline.schema;

/**
 * What a {@link SchemaLogEntry} is about; entries with equal keys overwrite each other.
 *
 * @param type what kind of state the key holds
 * @param subject the subject, or null for the global config and the id watermark
 * @param version the version for {@link Type#SCHEMA} keys, else 0
 */
public record SchemaLogKey(Type type, String subject, int version) {

  /** The kinds of state in the log. */
  public enum Type {
    /** One version of a subject. */
    SCHEMA,
    /** The compatibility level of a subject or, without subject, of the registry. */
    CONFIG,
    /** The highest schema id handed out. */
    ID_WATERMARK
  }

  static SchemaLogKey version(String subject, int version) {
    return new SchemaLogKey(Type.SCHEMA, subject, version);
  }

  static SchemaLogKey config(String subject) {
    return new SchemaLogKey(Type.CONFIG, subject, 0);
  }

  static SchemaLogKey idWatermark() {
    return new SchemaLogKey(Type.ID_WATERMARK, null, 0);
  }
}

package io.newstimeline.schema;

/**
 * One version of a subject: what {@code GET /subjects/{subject}/versions/{version}} answers.
 *
 * @param subject the subject, e.g. {@code news.events-value}
 * @param version the version under that subject, from 1
 * @param id the schema's global id, shared by every subject holding the same schema
 * @param schema the schema in Avro's canonical JSON form
 */
public record RegisteredSchema(String subject, int version, int id, String schema) {
}

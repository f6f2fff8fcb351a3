package io.newstimeline.schema;

/**
 * A subject and one of its versions: an entry of {@code GET /schemas/ids/{id}/versions}.
 *
 * @param subject the subject
 * @param version the version under that subject
 */
public record SubjectVersion(String subject, int version) {
}

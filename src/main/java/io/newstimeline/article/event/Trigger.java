package io.newstimeline.article.event;

import io.newstimeline.avro.EventType;

/**
 * A word or phrase of a sentence that names an event of {@code type}, at tokens {@code [first, end)}.
 */
public record Trigger(EventType type, int first, int end) {
}

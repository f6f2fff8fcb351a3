package io.newstimeline.article.event;

import io.newstimeline.avro.EventType;

/**
 * Deterministic event ids: the same article, evidence offset and type always give the same id, so
 * re-runs create no duplicates. A second event of the same type in one sentence gets {@code :2}.
 */
public final class EventIds {

  private EventIds() {
  }

  /** Returns {@code <articleId>:<evidenceStart>:<TYPE>}. */
  public static String of(String articleId, int evidenceStart, EventType type) {
    return articleId + ":" + evidenceStart + ":" + type.name();
  }
}

package io.newstimeline.tools.soak;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.producer.SyntheticStory;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault soak's input: the benchmark's synthetic story (originals, duplicates from other
 * outlets, late reports) with corrections and retractions of earlier events mixed in, all as
 * the same event ids re-sent, as an outlet would. Deterministic: step {@code i} always sends the
 * same records.
 */
public final class SoakStory {

  /** Every this many steps, an earlier event is re-sent with a corrected summary. */
  static final int CORRECTION_EVERY = 40;
  /** Every this many steps, an earlier event is re-sent retracted. */
  static final int RETRACTION_EVERY = 97;
  /** How far back a correction or retraction reaches. */
  private static final int REACH_BACK = 25;

  private final SyntheticStory story;

  public SoakStory(long seed) {
    this.story = SyntheticStory.withSeed(seed);
  }

  /** The records of step {@code i}: story event {@code i}, then any correction or retraction of an earlier one. */
  public List<NewsEvent> step(long i) {
    List<NewsEvent> records = new ArrayList<>(3);
    records.add(story.event(i));
    if (i >= REACH_BACK && i % CORRECTION_EVERY == 0) {
      NewsEvent earlier = story.event(i - REACH_BACK);
      records.add(NewsEvent.newBuilder(earlier).setSummary(earlier.getSummary() + " (corrected)").build());
    }
    if (i >= 2 * REACH_BACK && i % RETRACTION_EVERY == 0) {
      records.add(NewsEvent.newBuilder(story.event(i - 2 * REACH_BACK)).setRetracted(true).build());
    }
    return records;
  }
}

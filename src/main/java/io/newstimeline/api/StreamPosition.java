package io.newstimeline.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a live stream stands in each topic it follows: for each topic (in a fixed order), the
 * offset of the next record to send from each of its partitions. It is the id of every event the
 * stream sends, so a client that reconnects with {@code Last-Event-ID} resumes right after the last
 * event it received, in every partition at once: no gap and no duplicate. Written
 * {@code 12,5,7;3,1,0}: topics separated by {@code ;}, partitions by {@code ,}.
 */
final class StreamPosition {

  private final long[][] offsets;

  private StreamPosition(long[][] offsets) {
    this.offsets = offsets;
  }

  /** A position of {@code partitions[t]} partitions in topic {@code t}, every offset 0. */
  static StreamPosition start(int... partitions) {
    long[][] offsets = new long[partitions.length][];
    for (int t = 0; t < partitions.length; t++) {
      offsets[t] = new long[partitions[t]];
    }
    return new StreamPosition(offsets);
  }

  /**
   * Reads {@code id}, which must be a position of topics with {@code partitions[t]} partitions.
   *
   * @throws ApiException 400 when it is not one (another stream's id, or the topics changed)
   */
  static StreamPosition parse(String id, int... partitions) {
    String[] topics = id.trim().split(";", -1);
    if (topics.length != partitions.length) {
      throw invalid(id);
    }
    long[][] offsets = new long[partitions.length][];
    for (int t = 0; t < topics.length; t++) {
      String[] parts = topics[t].split(",", -1);
      if (parts.length != partitions[t]) {
        throw invalid(id);
      }
      offsets[t] = new long[parts.length];
      for (int p = 0; p < parts.length; p++) {
        try {
          offsets[t][p] = Long.parseLong(parts[p]);
        } catch (NumberFormatException e) {
          throw invalid(id);
        }
        if (offsets[t][p] < 0) {
          throw invalid(id);
        }
      }
    }
    return new StreamPosition(offsets);
  }

  private static ApiException invalid(String id) {
    return ApiException.badRequest("Last-Event-ID '" + id + "' is not a position of this stream");
  }

  /** The offset of the next record of partition {@code partition} of topic {@code topic}. */
  long next(int topic, int partition) {
    return offsets[topic][partition];
  }

  /** Records that the next record of that partition is at {@code offset}. */
  void advance(int topic, int partition, long offset) {
    offsets[topic][partition] = offset;
  }

  /** The event id of this position. */
  String id() {
    List<String> topics = new ArrayList<>(offsets.length);
    for (long[] topic : offsets) {
      topics.add(String.join(",", Arrays.stream(topic).mapToObj(Long::toString).toList()));
    }
    return String.join(";", topics);
  }

  @Override
  public String toString() {
    return id();
  }
}

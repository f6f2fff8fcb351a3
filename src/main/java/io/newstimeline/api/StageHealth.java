package io.newstimeline.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstimeline.app.TimelineApplication;
import io.newstimeline.kafka.GroupProgress;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code GET /api/health}: each stage's Kafka Streams state and its lag (records on its source
 * topics that its consumer group has not committed yet), and UP only when both stages run.
 */
final class StageHealth implements AutoCloseable {

  private final List<TimelineApplication> stages;
  private final List<GroupProgress> progress;

  /** {@code progress}: each stage's group progress, in the order of {@code stages}. */
  StageHealth(List<TimelineApplication> stages, List<GroupProgress> progress) {
    this.stages = List.copyOf(stages);
    this.progress = List.copyOf(progress);
  }

  /** Whether every stage is RUNNING (or rebalancing, which it does on its own and recovers from). */
  boolean up() {
    return stages.stream().allMatch(s -> s.failure() == null && (s.streams().state() == KafkaStreams.State.RUNNING
        || s.streams().state() == KafkaStreams.State.REBALANCING));
  }

  ObjectNode report() {
    ObjectNode node = ApiJson.object().put("status", up() ? "UP" : "DOWN");
    ArrayNode array = node.putArray("stages");
    for (int i = 0; i < stages.size(); i++) {
      TimelineApplication stage = stages.get(i);
      ObjectNode s = array.addObject()
          .put("applicationId", stage.applicationId())
          .put("state", stage.streams().state().name());
      if (stage.failure() != null) {
        s.put("error", stage.failure().getMessage());
      }
      try {
        GroupProgress.Check check;
        synchronized (progress.get(i)) { // one admin client per stage, not made for concurrent checks
          check = progress.get(i).check();
        }
        long lag = 0;
        ArrayNode topics = s.putArray("topics");
        for (GroupProgress.TopicProgress topic : check.topics()) {
          long topicLag = Math.max(0, topic.total() - topic.done());
          lag += topicLag;
          topics.addObject().put("topic", topic.topic()).put("lag", topicLag);
        }
        s.put("lag", lag);
      } catch (RuntimeException e) {
        s.putNull("lag");
        s.put("lagError", e.getMessage());
      }
    }
    return node;
  }

  @Override
  public void close() {
    progress.forEach(GroupProgress::close);
  }
}

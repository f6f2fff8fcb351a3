package io.newstimeline.kafka;

import java.util.Map;

/**
 * A topic the application owns: its name, partition count and topic-level configs.
 *
 * @param name full topic name, prefix included
 * @param partitions partitions to create it with when missing
 * @param configs topic configs to create it with (e.g. {@code cleanup.policy=compact})
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

  public TopicSpec {
    configs = Map.copyOf(configs);
  }

  /** True when the topic keeps only the latest value per key. */
  public boolean compacted() {
    return "compact".equals(configs.get("cleanup.policy"));
  }
}

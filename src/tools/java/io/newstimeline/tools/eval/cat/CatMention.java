package io.newstimeline.tools.eval.cat;

import java.util.List;
import java.util.Map;

/**
 * An EVENT_MENTION or ENTITY_MENTION markable: the tokens it covers, in order, and its annotation
 * attributes as written (an event's {@code pred}, {@code pos}, {@code tense}; an entity's
 * {@code syntactic_type}). Mentions added by the cross-document pass carry tokens but no attributes.
 */
public record CatMention(String id, List<Integer> tokenIds, Map<String, String> attributes) {

  public CatMention {
    tokenIds = List.copyOf(tokenIds);
    attributes = Map.copyOf(attributes);
  }

  /** Returns attribute {@code name}, or the empty string when it is absent. */
  public String attribute(String name) {
    return attributes.getOrDefault(name, "");
  }
}

package io.newstimeline.tools.eval.cat;

import java.util.Map;

/**
 * A cross-document EVENT or ENTITY instance that mentions refer to: its descriptor ("Louis Gallois"),
 * its corpus-wide {@code instance_id} (empty for instances local to the document) and the other
 * attributes as written ({@code ent_type}, {@code class}, {@code external_ref}).
 */
public record CatInstance(String id, Kind kind, String descriptor, String instanceId, Map<String, String> attributes) {

  /** Whether the instance is an event or an entity. */
  public enum Kind { EVENT, ENTITY }

  public CatInstance {
    attributes = Map.copyOf(attributes);
  }

  /** Returns attribute {@code name}, or the empty string when it is absent. */
  public String attribute(String name) {
    return attributes.getOrDefault(name, "");
  }
}

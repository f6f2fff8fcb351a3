package io.newstimeline.tools.eval.cat;

import java.util.List;
import java.util.Map;

/**
 * A relation between markables: a TLINK ({@code reltype} BEFORE, INCLUDES, SIMULTANEOUS, ...), a
 * HAS_PARTICIPANT ({@code sem_role}), a REFERS_TO (mentions to their instance), an SLINK or a GLINK;
 * in ECB+, a CROSS_DOC_COREF or INTRA_DOC_COREF (mentions to the instance of their chain).
 * A REFERS_TO may have several sources; every relation has one target.
 */
public record CatRelation(String id, Type type, List<String> sources, String target, Map<String, String> attributes) {

  /** The relation kinds of the annotation scheme. */
  public enum Type { TLINK, HAS_PARTICIPANT, REFERS_TO, SLINK, GLINK, CROSS_DOC_COREF, INTRA_DOC_COREF }

  public CatRelation {
    sources = List.copyOf(sources);
    attributes = Map.copyOf(attributes);
  }

  /** Returns attribute {@code name}, or the empty string when it is absent. */
  public String attribute(String name) {
    return attributes.getOrDefault(name, "");
  }

  /** The single source of a TLINK or HAS_PARTICIPANT (the first of a REFERS_TO's). */
  public String source() {
    return sources.isEmpty() ? "" : sources.get(0);
  }
}

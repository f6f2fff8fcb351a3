package io.newstimeline.article.curated;

import io.newstimeline.article.parse.TextNormaliser;
import io.newstimeline.avro.NewsEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Combines extracted and curated events of one article: a curated event replaces extracted ones of its type and evidence. */
public final class CuratedMerge {

  private static final Comparator<NewsEvent> BY_EVIDENCE = Comparator
      .comparing((NewsEvent e) -> e.getEvidenceStart() == null ? Integer.MAX_VALUE : e.getEvidenceStart())
      .thenComparing(e -> e.getType().ordinal());

  private CuratedMerge() {
  }

  /**
   * Returns {@code extracted} without the events a curated one overrides (same type, same evidence
   * sentence), plus {@code curated}, ordered by evidence offset then type.
   */
  public static List<NewsEvent> merge(List<NewsEvent> extracted, List<NewsEvent> curated) {
    List<NewsEvent> merged = new ArrayList<>();
    for (NewsEvent event : extracted) {
      if (curated.stream().noneMatch(c -> overrides(c, event))) {
        merged.add(event);
      }
    }
    merged.addAll(curated);
    merged.sort(BY_EVIDENCE);
    return merged;
  }

  private static boolean overrides(NewsEvent curated, NewsEvent extracted) {
    return curated.getType() == extracted.getType()
        && TextNormaliser.collapse(curated.getEvidence()).equals(TextNormaliser.collapse(extracted.getEvidence()));
  }
}

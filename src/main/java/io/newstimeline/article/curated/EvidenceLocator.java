package io.newstimeline.article.curated;

import io.newstimeline.article.parse.TextNormaliser;
import io.newstimeline.article.parse.TextSpan;
import java.util.Optional;

/**
 * Finds a sentence in an article body the way an editor typed it: typographic quotes and spaces
 * folded and runs of whitespace collapsed, so a no-break space in the body matches a space.
 */
public final class EvidenceLocator {

  private EvidenceLocator() {
  }

  /** Returns where {@code evidence} occurs in {@code body}, as offsets into the original body. */
  public static Optional<TextSpan> find(String body, String evidence) {
    String wanted = TextNormaliser.collapse(evidence);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    String folded = TextNormaliser.fold(body);
    StringBuilder collapsed = new StringBuilder(folded.length());
    int[] original = new int[folded.length() + 1];
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && collapsed.length() > 0) {
        original[collapsed.length()] = i - 1;
        collapsed.append(' ');
      }
      space = false;
      original[collapsed.length()] = i;
      collapsed.append(c);
    }
    int at = collapsed.indexOf(wanted);
    if (at < 0) {
      return Optional.empty();
    }
    int last = at + wanted.length() - 1;
    return Optional.of(new TextSpan(original[at], original[last] + 1));
  }
}

package io.newstimeline.article.parse;

/** A half-open range {@code [start, end)} of character offsets into an article body. */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Bad span [" + start + ", " + end + ")");
    }
  }

  /** Returns the text this span covers in {@code body}. */
  public String of(String body) {
    return body.substring(start, end);
  }
}

package io.newstimeline.tools.eval.cat;

import java.util.List;

/**
 * A TIMEX3 markable: its type (DATE, TIME, DURATION, SET), its TIMEX3 value, its function in the
 * document ({@code CREATION_TIME} for the document creation time) and the tokens it covers, in order.
 * Instance-level timexes carry no tokens.
 */
public record CatTimex(String id, String type, String value, String function, List<Integer> tokenIds) {

  public CatTimex {
    tokenIds = List.copyOf(tokenIds);
  }

  /** Returns true when this timex is the document creation time. */
  public boolean isCreationTime() {
    return "CREATION_TIME".equals(function);
  }

  /** Returns true when this timex is anchored to tokens of the text. */
  public boolean isInText() {
    return !tokenIds.isEmpty();
  }
}

package io.newstimeline.article.parse;

import io.newstimeline.avro.Article;
import java.util.ArrayList;
import java.util.List;

/** The reporting sentences of an article: page furniture stripped, then split into sentences. */
public final class ArticleSentences {

  private ArticleSentences() {
  }

  /** Returns the sentences of {@code article}'s body that are not page furniture, with offsets into the body. */
  public static List<Sentence> of(Article article) {
    String body = article.getBody();
    return SentenceSplitter.split(body, PageFurniture.contentLines(body, article.getTitle()));
  }

  /** Returns the sentences of {@code article} ready for the rules, folding and lower-casing the body once. */
  public static List<ParsedSentence> parse(Article article) {
    String body = article.getBody();
    String folded = TextNormaliser.fold(body);
    String lower = TextNormaliser.lower(folded);
    return parse(body, folded, lower, PageFurniture.contentLines(body, folded, lower, article.getTitle()));
  }

  /**
   * Returns the sentences of every non-blank line of {@code article}'s body, page furniture included
   * (a repeated title, a dateline, a caption still carry dates), ready for the rules.
   */
  public static List<ParsedSentence> parseAll(Article article) {
    String body = article.getBody();
    String folded = TextNormaliser.fold(body);
    return parse(body, folded, TextNormaliser.lower(folded), PageFurniture.lines(body));
  }

  private static List<ParsedSentence> parse(String body, String folded, String lower, List<TextSpan> lines) {
    List<ParsedSentence> parsed = new ArrayList<>();
    for (Sentence sentence : SentenceSplitter.split(body, folded, lines)) {
      parsed.add(ParsedSentence.of(sentence, folded.substring(sentence.start(), sentence.end()),
          lower.substring(sentence.start(), sentence.end())));
    }
    return parsed;
  }
}

package io.newstimeline.article.time;

import io.newstimeline.article.parse.ArticleSentences;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.avro.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every date expression of an article body, furniture lines included, resolved against the
 * article's reference day (its dateline's date, else its publication day in the outlet's zone) and
 * the tense of each expression's clause. What a temporal tagger outputs; events use the same rules.
 */
public final class ArticleDates {

  private final TemporalNormaliser normaliser;

  /** Dates found with {@code normaliser}'s rules. */
  public ArticleDates(TemporalNormaliser normaliser) {
    this.normaliser = normaliser;
  }

  /** Returns the date expressions of {@code article}'s body in text order. */
  public List<DateMention> of(Article article) {
    LocalDate reference = ReferenceDay.of(article);
    List<DateMention> mentions = new ArrayList<>();
    for (ParsedSentence sentence : ArticleSentences.parseAll(article)) {
      int offset = sentence.sentence().start();
      for (TimeExpression expression : normaliser.find(sentence)) {
        if (!(expression instanceof CalendarExpression calendar)) {
          continue;
        }
        int first = sentence.tokenAt(calendar.start());
        int end = sentence.tokenAt(Math.max(calendar.start(), calendar.end() - 1)) + 1;
        TemporalContext context = new TemporalContext(reference, ClauseTense.around(sentence, first, end));
        mentions.add(new DateMention(offset + calendar.start(), offset + calendar.end(), calendar.text(),
            calendar.timexValue(context).orElse(null), calendar.resolve(context).orElse(null)));
      }
    }
    return mentions;
  }
}

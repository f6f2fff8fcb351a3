package io.newstimeline.tools.eval.corpus;

import io.newstimeline.InputException;
import io.newstimeline.tools.eval.cat.CatDocument;
import io.newstimeline.tools.eval.cat.CatText;
import io.newstimeline.tools.eval.cat.CatTimex;
import io.newstimeline.avro.Article;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CAT document as the project's extractor reads it: an article whose body is the rebuilt text
 * (title line first, one sentence per line), published at the start of its reference day in UTC.
 */
public record CatArticle(CatDocument document, CatText text, Article article) {

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{2}-\\d{2}-\\d{4}");

  /** Returns {@code document} as an article. */
  public static CatArticle of(CatDocument document) {
    CatText text = document.text();
    LocalDate day = referenceDay(document).orElseThrow(() -> new InputException(
        document.name() + ": no creation time or dateline date to resolve relative dates against"));
    String title = text.text().substring(0, Math.max(0, text.sentenceBegin(1) - 1));
    Article article = Article.newBuilder()
        .setId(document.docId())
        .setSource("Wikinews")
        .setUrl(document.url().isEmpty() ? null : document.url())
        .setTitle(title)
        .setPublished(day.atStartOfDay(ZoneOffset.UTC).toInstant())
        .setPublishedDateOnly(true)
        .setTimezone("UTC")
        .setBody(text.text())
        .setWithdrawn(false)
        .build();
    return new CatArticle(document, text, article);
  }

  /** The creation time's day, else the dateline's, whichever first parses as an ISO date. */
  private static Optional<LocalDate> referenceDay(CatDocument document) {
    Optional<LocalDate> created = document.creationTime().flatMap(CatArticle::day);
    if (created.isPresent()) {
      return created;
    }
    return document.timexes().stream()
        .filter(t -> t.type().equals("DATE") && t.isInText() && document.sentenceOf(t.tokenIds()) == 1)
        .map(CatArticle::day).flatMap(Optional::stream).findFirst();
  }

  /** An ISO date, or the day-month-year order one MEANTIME file writes its creation time in. */
  private static Optional<LocalDate> day(CatTimex timex) {
    String value = timex.value();
    try {
      if (DAY_MONTH_YEAR.matcher(value).matches()) {
        return Optional.of(LocalDate.parse(value, DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT)));
      }
      return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

package io.newstimeline.article.parse;

import io.newstimeline.InputException;
import io.newstimeline.avro.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads article files: a front matter block ({@code id}, {@code source}, {@code url},
 * {@code published}, {@code timezone}, {@code title}) between {@code ---} lines, then the body as
 * published, page furniture included.
 */
public final class ArticleParser {

  private ArticleParser() {
  }

  /**
   * Returns the article in {@code file}.
   *
   * @throws InputException with a one-line message naming the file when it cannot be read, is not
   *     UTF-8, or has malformed front matter, an unknown time zone or an empty body
   */
  public static Article parse(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read article (" + e.getClass().getSimpleName() + ")", e);
    }
    return parse(file.toString(), bytes);
  }

  /** Returns the article in {@code content}, naming {@code fileName} in any error. */
  public static Article parse(String fileName, byte[] content) {
    return parse(fileName, StrictUtf8.decode(content, fileName));
  }

  /** Returns the article in {@code text}, naming {@code fileName} in any error. */
  public static Article parse(String fileName, String text) {
    FrontMatter header = FrontMatter.parse(text, fileName);
    ZoneId zone = zone(header.get("timezone"), fileName);
    String publishedText = header.get("published");
    boolean dateOnly = isDateOnly(publishedText);
    Instant published = published(publishedText, zone, fileName);
    String body = text.substring(header.bodyStart());
    if (body.isBlank()) {
      throw new InputException(fileName + ": article body is empty");
    }
    return Article.newBuilder()
        .setId(header.get("id"))
        .setSource(header.get("source"))
        .setUrl(header.get("url"))
        .setTitle(header.get("title"))
        .setPublished(published)
        .setPublishedDateOnly(dateOnly)
        .setTimezone(zone.getId())
        .setBody(body)
        .setWithdrawn(withdrawn(header.get("withdrawn"), fileName))
        .build();
  }

  /** The optional {@code withdrawn: true|false} field: an outlet's withdrawal retracts the article's events. */
  private static boolean withdrawn(String value, String fileName) {
    if (value == null || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new InputException(fileName + ": front matter 'withdrawn' must be true or false, not '" + value + "'");
  }

  private static ZoneId zone(String id, String fileName) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new InputException(fileName + ": unknown time zone '" + id + "'", e);
    }
  }

  private static boolean isDateOnly(String published) {
    return published.indexOf('T') < 0 && published.indexOf(' ') < 0;
  }

  /** A date-only value is the start of that day in the outlet's zone; a local date-time is read in it too. */
  private static Instant published(String value, ZoneId zone, String fileName) {
    try {
      if (isDateOnly(value)) {
        return LocalDate.parse(value).atStartOfDay(zone).toInstant();
      }
      String isoValue = value.replace(' ', 'T');
      try {
        return OffsetDateTime.parse(isoValue).toInstant();
      } catch (DateTimeParseException withoutOffset) {
        return LocalDateTime.parse(isoValue).atZone(zone).toInstant();
      }
    } catch (DateTimeParseException e) {
      throw new InputException(fileName + ": unparsable published date '" + value + "'", e);
    }
  }
}

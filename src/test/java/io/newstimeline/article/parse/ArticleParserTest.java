package io.newstimeline.article.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import io.newstimeline.avro.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

  private static final String HEADER = """
      ---
      id: test-1
      source: Test Gazette
      url: https://example.org/a
      published: %s
      timezone: %s
      title: Kim leaves for Russia
      ---
      """;

  private static String article(String published, String zone, String body) {
    return HEADER.formatted(published, zone) + body;
  }

  @Test
  void shouldReadFrontMatterAndKeepTheBodyAsGiven() {
    Article article = ArticleParser.parse("a.txt", article("2023-08-30T20:16:00+01:00", "Europe/London",
        "Kim left on Sunday.\n\nRead more: elsewhere\n"));

    assertThat(article.getId()).isEqualTo("test-1");
    assertThat(article.getSource()).isEqualTo("Test Gazette");
    assertThat(article.getUrl()).isEqualTo("https://example.org/a");
    assertThat(article.getTitle()).isEqualTo("Kim leaves for Russia");
    assertThat(article.getPublished()).isEqualTo(Instant.parse("2023-08-30T19:16:00Z"));
    assertThat(article.getPublishedDateOnly()).isFalse();
    assertThat(article.getTimezone()).isEqualTo("Europe/London");
    assertThat(article.getBody()).isEqualTo("Kim left on Sunday.\n\nRead more: elsewhere\n");
  }

  @Test
  void shouldTakeADateOnlyPublicationAsTheStartOfThatDayInTheOutletsZone() {
    Article article = ArticleParser.parse("a.txt", article("2023-09-11", "Europe/London", "Body."));

    assertThat(article.getPublished()).isEqualTo(Instant.parse("2023-09-10T23:00:00Z"));
    assertThat(article.getPublishedDateOnly()).isTrue();
  }

  @Test
  void shouldReadTheSeedArticlesFromTheProjectDirectory() {
    Article article = ArticleParser.parse(Path.of("seeds/2023-09-11-forces-putin-turning-to-north-korea.txt"));

    assertThat(article.getId()).isEqualTo("forces-2023-09-11-putin-turning-to-north-korea");
    assertThat(article.getSource()).isEqualTo("Forces News");
  }

  @Test
  void shouldRejectAnUnknownTimeZoneNamingTheFile() {
    assertThatThrownBy(() -> ArticleParser.parse("seeds/x.txt", article("2023-08-30", "Europe/Londn", "Body.")))
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/x.txt: unknown time zone 'Europe/Londn'");
  }

  @Test
  void shouldRejectAnUnparsablePublicationDate() {
    assertThatThrownBy(() -> ArticleParser.parse("seeds/x.txt", article("30/08/2023", "Europe/London", "Body.")))
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/x.txt: unparsable published date '30/08/2023'");
  }

  @Test
  void shouldRejectAMissingRequiredField() {
    String text = "---\nid: x\nsource: S\npublished: 2023-08-30\ntimezone: UTC\n---\nBody.";

    assertThatThrownBy(() -> ArticleParser.parse("seeds/x.txt", text))
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/x.txt: front matter is missing 'title'");
  }

  @Test
  void shouldRejectAFileWithoutOpeningFence() {
    assertThatThrownBy(() -> ArticleParser.parse("seeds/x.txt", "id: x\nBody."))
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/x.txt: front matter must start with a '---' line");
  }

  @Test
  void shouldRejectAnUnclosedFrontMatter() {
    assertThatThrownBy(() -> ArticleParser.parse("seeds/x.txt", "---\nid: x\ntitle: T\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/x.txt: front matter is not closed by a '---' line");
  }

  @Test
  void shouldRejectAFrontMatterLineThatIsNotKeyValue() {
    assertThatThrownBy(() -> ArticleParser.parse("seeds/x.txt", "---\nid x\n---\nBody."))
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/x.txt: line 2 of the front matter is not 'key: value'");
  }

  @Test
  void shouldRejectAnEmptyBody() {
    assertThatThrownBy(() -> ArticleParser.parse("seeds/x.txt", article("2023-08-30", "UTC", "\n  \n")))
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/x.txt: article body is empty");
  }

  @Test
  void shouldRejectBytesThatAreNotUtf8InsteadOfGarblingThem() {
    byte[] latin1 = article("2023-08-30", "UTC", "Caf\u00e9 talks.").getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> ArticleParser.parse("seeds/x.txt", latin1))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("seeds/x.txt: not valid UTF-8")
        .hasMessageNotContaining("\n");
  }

  @Test
  void shouldDropAByteOrderMark() {
    byte[] bytes = ("\uFEFF" + article("2023-08-30", "UTC", "Body.")).getBytes(StandardCharsets.UTF_8);

    assertThat(ArticleParser.parse("a.txt", bytes).getId()).isEqualTo("test-1");
  }

  @Test
  void shouldNameTheFileWhenItCannotBeRead() {
    assertThatThrownBy(() -> ArticleParser.parse(Path.of("seeds/no-such-article.txt")))
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/no-such-article.txt: cannot read article (NoSuchFileException)");
  }
}

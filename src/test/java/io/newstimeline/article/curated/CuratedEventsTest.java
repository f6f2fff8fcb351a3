package io.newstimeline.article.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.TestArticles;
import io.newstimeline.article.parse.ArticleParser;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventOrigin;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuratedEventsTest {

  private static final String ARTICLE_BODY = "Kim Jong Un set off for Russia on Sunday night.\nPutin is attending a forum.";

  private static CuratedEvents curated(String json) {
    return CuratedEvents.parse("curated.json", json, TestArticles.gazetteer());
  }

  private static String event(String fields) {
    return "[{\"articleId\": \"test\", \"type\": \"TRAVEL\", \"summary\": \"Kim left.\","
        + " \"actors\": [\"Kim Jong Un\"], " + fields + "}]";
  }

  private static final String DAY = "\"date\": {\"start\": \"2023-08-27\", \"end\": \"2023-08-27\", \"precision\": \"DAY\"}";

  @Test
  void shouldTurnACuratedEventIntoAContractEventWithItsEvidenceLocated() {
    Article article = TestArticles.london(ARTICLE_BODY);

    List<NewsEvent> events = curated(event(DAY
        + ", \"evidence\": \"Kim Jong Un set off for Russia on Sunday night.\"")).forArticle(article);

    assertThat(events).hasSize(1);
    NewsEvent event = events.get(0);
    assertThat(event.getId()).isEqualTo("test:0:TRAVEL");
    assertThat(event.getOrigin()).isEqualTo(EventOrigin.CURATED);
    assertThat(event.getEvidenceStart()).isEqualTo(0);
    assertThat(event.getEvidenceEnd()).isEqualTo(47);
    assertThat(event.getDate().getStart()).isEqualTo(LocalDate.of(2023, 8, 27));
    assertThat(event.getDate().getPrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(event.getActors()).extracting(a -> a.getId()).containsExactly("kim-jong-un");
    assertThat(event.getOutlet()).isEqualTo("Test Gazette");
  }

  @Test
  void shouldMatchEvidenceDespiteTypographicQuotesAndNoBreakSpaces() {
    Article article = TestArticles.london("The King\u2019s message was sent.\u00A0Kim left.");

    List<NewsEvent> events = curated("[{\"articleId\": \"test\", \"type\": \"COMMUNICATION\", \"summary\": \"Sent.\","
        + " \"actors\": [\"King Charles III\"], \"date\": {\"start\": null, \"end\": \"2023-08-30\","
        + " \"precision\": \"ON_OR_BEFORE\"}, \"evidence\": \"The King's message was sent.\"}]").forArticle(article);

    assertThat(events.get(0).getEvidence()).isEqualTo("The King\u2019s message was sent.");
  }

  @Test
  void shouldRejectEvidenceThatIsNotInTheArticleNamingTheFileAndEvent() {
    CuratedEvents curated = curated(event(DAY + ", \"id\": \"kim-train\", \"evidence\": \"Kim flew to Moscow.\""));

    assertThatThrownBy(() -> curated.forArticle(TestArticles.london(ARTICLE_BODY)))
        .isInstanceOf(InputException.class)
        .hasMessage("curated.json: event 'kim-train' quotes evidence not found in article 'test'");
  }

  @Test
  void shouldRejectMalformedEventsWithOneLineMessages() {
    assertThatThrownBy(() -> curated(event(DAY + ", \"evidence\": \"x\"").replace("TRAVEL", "PICNIC")))
        .isInstanceOf(InputException.class)
        .hasMessage("curated.json: event #1 (PICNIC) has unknown type 'PICNIC'");
    assertThatThrownBy(() -> curated(event("\"date\": {\"start\": \"2023-08-27\", \"end\": \"2023-08-28\","
        + " \"precision\": \"DAY\"}, \"evidence\": \"x\"")))
        .isInstanceOf(InputException.class)
        .hasMessage("curated.json: event #1 (TRAVEL) has a DAY date with start 2023-08-27 and end 2023-08-28");
    assertThatThrownBy(() -> curated(event(DAY + ", \"evidence\": \"x\"").replace("Kim Jong Un", "Kim Jong Il")))
        .isInstanceOf(InputException.class)
        .hasMessage("curated.json: event #1 (TRAVEL) names unknown actor 'Kim Jong Il' (add it to the gazetteer)");
    assertThatThrownBy(() -> curated(event(DAY)))
        .isInstanceOf(InputException.class)
        .hasMessage("curated.json: event #1 (TRAVEL) has no 'evidence'");
    assertThatThrownBy(() -> curated("{\"not\": \"an array\"}"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("curated.json: not a JSON array of events");
  }

  @Test
  void shouldLetACuratedEventReplaceTheExtractedOneOfItsTypeAndSentence() {
    Article article = TestArticles.london(ARTICLE_BODY);
    CuratedEvents curated = curated(event("\"id\": \"kim-train\", \"date\": {\"start\": null, \"end\": \"2023-08-27\","
        + " \"precision\": \"ON_OR_BEFORE\"}, \"evidence\": \"Kim Jong Un set off for Russia on Sunday night.\""));

    List<NewsEvent> events = ArticleEvents.using(TestArticles.gazetteer()).forArticle(article, curated);

    assertThat(events).extracting(NewsEvent::getId).containsExactly("kim-train", "test:48:OTHER");
    assertThat(events.get(0).getOrigin()).isEqualTo(EventOrigin.CURATED);
    assertThat(events.get(1).getOrigin()).isEqualTo(EventOrigin.EXTRACTED);
  }

  @Test
  void shouldAddACuratedEventTheExtractorMissed() {
    Article article = TestArticles.london(ARTICLE_BODY);
    CuratedEvents curated = curated("[{\"articleId\": \"test\", \"type\": \"TRAVEL\", \"summary\": \"Putin came.\","
        + " \"actors\": [\"Vladimir Putin\"], \"date\": {\"start\": null, \"end\": \"2023-08-30\","
        + " \"precision\": \"ON_OR_BEFORE\"}, \"evidence\": \"Putin is attending a forum.\"}]");

    List<NewsEvent> events = ArticleEvents.using(TestArticles.gazetteer()).forArticle(article, curated);

    assertThat(events).as("by evidence offset, then type").extracting(NewsEvent::getType).containsExactly(
        EventType.TRAVEL, EventType.TRAVEL, EventType.OTHER);
  }

  @Test
  void shouldLoadTheProjectsCuratedEventsAgainstTheSeedArticles() {
    CuratedEvents curated = CuratedEvents.load(Path.of("seeds/curated-events.json"), TestArticles.gazetteer());
    Article lbc = ArticleParser.parse(Path.of("seeds/2023-08-30-lbc-putin-kim-exchange-letters.txt"));
    Article forces = ArticleParser.parse(Path.of("seeds/2023-09-11-forces-putin-turning-to-north-korea.txt"));

    assertThat(curated.size()).isEqualTo(4);
    assertThat(curated.forArticle(lbc)).extracting(NewsEvent::getType).containsExactly(
        EventType.VISIT, EventType.COMMUNICATION, EventType.STATEMENT);
    assertThat(curated.forArticle(lbc).get(1).getAfter()).isEqualTo("curated:shoigu-visit-pyongyang-2023");
    assertThat(curated.forArticle(forces)).extracting(e -> e.getDate().getStart()).containsExactly(
        LocalDate.of(2023, 9, 10));
  }
}

package io.newstimeline.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.NewsEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, extraction does not fail and its events keep the contract's promises. */
class ExtractionPropertiesTest {

  private static final ArticleEvents EVENTS = ArticleEvents.using(TestArticles.gazetteer());
  private static final List<String> PIECES = List.of(
      "Kim Jong Un", "Putin", "met", "visited", "Pyongyang", "on Sunday night", "last week", "the White House said",
      "according to", "\"", ",", ".", "\n", "\n\n", " ", "following Mr Shoigu's visit", "two days later", "he",
      "the leaders", "in 2019", "late last year", "said", "Picture: Alamy", "Read more:", "U.S.", "Mr.", "?", "!",
      "\u00A0", "\u2019", "\u201C", "arrived", "for a three-day visit", "the 13th", "would", "not", "13 September 2023",
      "Russian", "North Korean", "officials", "Foreign Minister Anna Petrova", "—", "(AP)", "SEOUL,", "...", "é");

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(60)
        .map(pieces -> String.join(" ", pieces));
  }

  @Property(tries = 150)
  void shouldKeepEvidenceOffsetsDatesAndIdsConsistent(@ForAll("bodies") String body) {
    List<NewsEvent> events = EVENTS.forArticle(TestArticles.london(body));

    Set<String> ids = new HashSet<>();
    for (NewsEvent event : events) {
      assertThat(body.substring(event.getEvidenceStart(), event.getEvidenceEnd())).isEqualTo(event.getEvidence());
      assertThat(event.getActors()).isNotEmpty();
      assertThat(ids.add(event.getId())).as("unique id %s", event.getId()).isTrue();
      if (event.getDate().getStart() != null && event.getDate().getEnd() != null) {
        assertThat(event.getDate().getStart()).isBeforeOrEqualTo(event.getDate().getEnd());
      }
    }
    assertThat(EVENTS.forArticle(TestArticles.london(body))).isEqualTo(events);
  }
}

package io.newstimeline.article.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

  private static List<String> kept(String body, String title) {
    return PageFurniture.contentLines(body, title).stream().map(span -> span.of(body)).toList();
  }

  @Test
  void shouldDropCaptionsBylinesWidgetsLinksAndTheRepeatedTitle() {
    String body = String.join("\n",
        "Kim arrives in Vladivostok",
        "",
        "12 September 2023, 08:05",
        "Kim Jong Un steps off his train. Picture: Getty",
        "By Jane Doe",
        "Listen to this article",
        "Loading audio...",
        "Kim Jong Un arrived in Vladivostok on Tuesday.",
        "Read more: Putin hails 'new era' of ties with Pyongyang.",
        "Watch: the moment the train pulled in.",
        "Join Our Newsletter",
        "The two leaders are expected to meet on Wednesday.");

    assertThat(kept(body, "Kim arrives in Vladivostok")).containsExactly(
        "Kim Jong Un arrived in Vladivostok on Tuesday.",
        "The two leaders are expected to meet on Wednesday.");
  }

  @Test
  void shouldDropLinesThatAppearTwiceAndPictureCredits() {
    String body = String.join("\n",
        "A parade in Pyongyang (Picture: Alamy).",
        "Soldiers march in Kim Il Sung Square",
        "Soldiers march in Kim Il Sung Square",
        "The parade was held on Saturday.");

    assertThat(kept(body, "Parade")).containsExactly("The parade was held on Saturday.");
  }

  @Test
  void shouldDropTrailingHeadlinesOfOtherStoriesButKeepSentencesAndQuotes() {
    String body = String.join("\n",
        "\"We will meet again,\" he said.",
        "It read: \"Good wishes.\"",
        "Ukraine's drones destroy Russian jets",
        "Army v RAF LIVE! | rugby league 2023");

    assertThat(kept(body, "Title")).containsExactly("\"We will meet again,\" he said.", "It read: \"Good wishes.\"");
  }

  @Test
  void shouldKeepALongSentenceThatMentionsANewsletter() {
    String body = "The ministry said in its weekly newsletter that the two sides had agreed a new schedule of talks for the autumn.";

    assertThat(kept(body, "T")).containsExactly(body);
  }

  @Test
  void shouldReturnSpansWithOffsetsIntoTheOriginalBody() {
    String body = "By Jane Doe\n\n  Kim left.  \n";

    List<TextSpan> spans = PageFurniture.contentLines(body, "T");

    assertThat(spans).containsExactly(new TextSpan(15, 24));
  }
}

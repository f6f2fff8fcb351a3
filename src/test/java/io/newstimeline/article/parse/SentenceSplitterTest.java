package io.newstimeline.article.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> split(String text) {
    return SentenceSplitter.split(text, List.of(new TextSpan(0, text.length()))).stream().map(Sentence::text).toList();
  }

  @Test
  void shouldNotSplitAfterTitlesAndAbbreviations() {
    assertThat(split("Mr. Lavrov met Dr. Kim in St. Petersburg on Tuesday. They talked.")).containsExactly(
        "Mr. Lavrov met Dr. Kim in St. Petersburg on Tuesday.", "They talked.");
  }

  @Test
  void shouldNotSplitInsideInitialsOrInitialisms() {
    assertThat(split("John F. Kennedy and the U.S. Navy arrived. The U.S. Army stayed.")).containsExactly(
        "John F. Kennedy and the U.S. Navy arrived.", "The U.S. Army stayed.");
  }

  @Test
  void shouldSplitAfterAnInitialismThatEndsTheSentence() {
    assertThat(split("Sanctions were imposed by the U.S. The Kremlin said nothing.")).containsExactly(
        "Sanctions were imposed by the U.S.", "The Kremlin said nothing.");
  }

  @Test
  void shouldKeepAQuoteWithItsAttribution() {
    assertThat(split("\"Is this right?\" she asked. \"It is,\" he said. \"We agree.\" Talks went on."))
        .containsExactly("\"Is this right?\" she asked.", "\"It is,\" he said.", "\"We agree.\"", "Talks went on.");
  }

  @Test
  void shouldSplitWhereAFullStopLacksItsSpace() {
    assertThat(split("The train left Pyongyang.The leaders met later.")).containsExactly(
        "The train left Pyongyang.", "The leaders met later.");
  }

  @Test
  void shouldNotSplitDecimalsWebAddressesOrMonthAbbreviations() {
    assertThat(split("Growth was 3.5 per cent, lbc.co.uk said on Aug. 30 in a note. Done.")).containsExactly(
        "Growth was 3.5 per cent, lbc.co.uk said on Aug. 30 in a note.", "Done.");
  }

  @Test
  void shouldNotSplitStPetersburgWithoutAFullStop() {
    assertThat(split("He was buried privately in St Petersburg. Mourners gathered.")).containsExactly(
        "He was buried privately in St Petersburg.", "Mourners gathered.");
  }

  @Test
  void shouldGiveOffsetsIntoTheBodyAcrossBlocks() {
    String body = "Furniture\nKim left.  Putin stayed.\n";

    List<Sentence> sentences = SentenceSplitter.split(body, List.of(new TextSpan(10, 34)));

    assertThat(sentences).containsExactly(
        new Sentence(0, "Kim left.", 10, 19),
        new Sentence(1, "Putin stayed.", 21, 34));
  }

  @Test
  void shouldTreatANoBreakSpaceAsASpace() {
    assertThat(split("Kim left.\u00A0Putin stayed.")).containsExactly("Kim left.", "Putin stayed.");
  }
}

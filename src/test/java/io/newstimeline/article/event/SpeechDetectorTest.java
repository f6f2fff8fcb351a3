package io.newstimeline.article.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.parse.ParsedSentence;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeechDetectorTest {

  /** "speaker | verb | content" of the attribution of {@code text}, or "none". */
  private static String attribution(String text) {
    ParsedSentence sentence = ParsedSentence.of(text);
    Optional<Attribution> found = SpeechDetector.detect(sentence);
    return found.map(at -> span(sentence, at.speakerFirst(), at.speakerEnd()) + " | "
        + span(sentence, at.verbFirst(), at.verbEnd()) + " | " + span(sentence, at.contentFirst(), at.contentEnd()))
        .orElse("none");
  }

  private static String span(ParsedSentence sentence, int from, int to) {
    return from >= to ? "" : sentence.text(sentence.token(from).start(), sentence.token(to - 1).end());
  }

  @Test
  void shouldFindAnAttributionAtTheEnd() {
    assertThat(attribution("Kim left on Sunday, the White House said.")).isEqualTo(
        "the White House | said | Kim left on Sunday");
    assertThat(attribution("Talks went well, the four countries said in a joint statement.")).isEqualTo(
        "the four countries | said | Talks went well");
    assertThat(attribution("\"We agree,\" the spokesman said.")).isEqualTo("the spokesman | said | \"We agree,");
    assertThat(attribution("Talks went well, said Mr Kirby.")).isEqualTo("Mr Kirby | said | Talks went well");
  }

  @Test
  void shouldFindAnAttributionAtTheStartAfterAdverbials() {
    assertThat(attribution("Meanwhile, the Government said the message was for the people.")).isEqualTo(
        "the Government | said | the message was for the people");
    assertThat(attribution("At the UN on Wednesday, the US and Japan urged North Korea to halt talks.")).isEqualTo(
        "the US and Japan | urged | North Korea to halt talks");
    assertThat(attribution("In Westminster, the spokesman played down the message.")).isEqualTo(
        "the spokesman | played down | the message");
  }

  @Test
  void shouldFindAccordingTo() {
    assertThat(attribution("\"Stop,\" according to a statement read by envoy Jane Roe, who spoke first.")).isEqualTo(
        "envoy Jane Roe | according to | \"Stop,\"");
  }

  @Test
  void shouldNotTakeAnInfinitiveOrAPassiveForAnAttribution() {
    assertThat(attribution("Kim was reported to have set off on Sunday.")).isEqualTo("none");
    assertThat(attribution("Kim is expected to say little.")).isEqualTo("none");
    assertThat(attribution("Officials believe Kim left.")).isEqualTo("none");
  }

  @Test
  void shouldMarkPerfectAndModalSpeech() {
    assertThat(SpeechDetector.detect(ParsedSentence.of("North Korea has said it will help.")).orElseThrow().perfect())
        .isTrue();
    assertThat(SpeechDetector.detect(ParsedSentence.of("Russia would claim victory.")).orElseThrow().modal()).isTrue();
  }
}

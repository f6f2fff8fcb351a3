package io.newstimeline.article.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.avro.EventType;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

  @Test
  void shouldExpandAlternativesAndRegularVerbForms() {
    assertThat(TriggerLexicon.expand("{left,leaves} for")).containsExactly("left for", "leaves for");
    assertThat(TriggerLexicon.verbForms("arrive")).containsExactly("arrive", "arrives", "arrived", "arriving");
    assertThat(TriggerLexicon.verbForms("ship")).containsExactly("ship", "ships", "shipped", "shipping");
    assertThat(TriggerLexicon.verbForms("supply")).containsExactly("supply", "supplies", "supplied", "supplying");
    assertThat(TriggerLexicon.verbForms("visit")).containsExactly("visit", "visits", "visited", "visiting");
  }

  @Test
  void shouldFindTheLongestPhraseAtEachWord() {
    ParsedSentence sentence = ParsedSentence.of("The leaders held talks and exchanged letters.");

    assertThat(TriggerLexicon.standard().find(sentence)).containsExactly(
        new Trigger(EventType.MEETING, 2, 4), new Trigger(EventType.LETTER_EXCHANGE, 5, 7));
  }

  @Test
  void shouldMatchWildcardsAndCapitalisedPlaceNames() {
    TriggerLexicon lexicon = TriggerLexicon.standard();

    assertThat(lexicon.find(ParsedSentence.of("He left Pyongyang by train."))).containsExactly(
        new Trigger(EventType.DEPARTURE, 1, 3));
    assertThat(lexicon.find(ParsedSentence.of("North Korea sent millions of artillery shells."))).containsExactly(
        new Trigger(EventType.ARMS_TRANSFER, 2, 7));
    assertThat(lexicon.find(ParsedSentence.of("He left the talks early."))).containsExactly(
        new Trigger(EventType.NEGOTIATION, 3, 4));
  }
}

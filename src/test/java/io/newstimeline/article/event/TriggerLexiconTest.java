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
        new Trigger(EventType.MEETING, 2, 4), new Trigger(EventType.COMMUNICATION, 5, 7));
  }

  @Test
  void shouldMatchWildcardsAndCapitalisedPlaceNames() {
    TriggerLexicon lexicon = TriggerLexicon.standard();

    assertThat(lexicon.find(ParsedSentence.of("He left Pyongyang by train."))).containsExactly(
        new Trigger(EventType.TRAVEL, 1, 3));
    assertThat(lexicon.find(ParsedSentence.of("North Korea sent millions of artillery shells."))).containsExactly(
        new Trigger(EventType.TRANSACTION, 2, 7));
    assertThat(lexicon.find(ParsedSentence.of("He left the talks early."))).containsExactly(
        new Trigger(EventType.MEETING, 3, 4));
  }

  @Test
  void shouldTypeEventsOfOtherBeatsFromTheGenericInventory() {
    TriggerLexicon lexicon = TriggerLexicon.standard();

    assertThat(lexicon.find(ParsedSentence.of("Shares of Airbus fell sharply."))).containsExactly(
        new Trigger(EventType.MARKET_MOVE, 0, 4));
    assertThat(lexicon.find(ParsedSentence.of("The company appointed a new chief executive."))).containsExactly(
        new Trigger(EventType.APPOINTMENT, 2, 3));
    assertThat(lexicon.find(ParsedSentence.of("Apple unveiled the iPhone."))).containsExactly(
        new Trigger(EventType.ANNOUNCEMENT, 1, 2));
    assertThat(lexicon.find(ParsedSentence.of("Cisco sued Apple over the name."))).containsExactly(
        new Trigger(EventType.LEGAL, 1, 2));
    assertThat(lexicon.find(ParsedSentence.of("Voters went to the polls in the election."))).containsExactly(
        new Trigger(EventType.ELECTION, 7, 8));
  }

  @Test
  void shouldFindNoTriggerWhereNoTypeFits() {
    assertThat(TriggerLexicon.standard().find(ParsedSentence.of("The weather was mild and the sky was blue.")))
        .isEmpty();
  }
}

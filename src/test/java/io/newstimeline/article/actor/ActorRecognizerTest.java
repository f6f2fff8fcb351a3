package io.newstimeline.article.actor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.TestArticles;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorRecognizerTest {

  private static final ActorRecognizer RECOGNIZER =
      new ActorRecognizer(TestArticles.gazetteer(), Set.of("said", "added", "explained", "told"));

  /** Reads {@code sentences} as one article from an outlet in {@code zone}; returns "text->name" per sentence, titles marked. */
  private static List<List<String>> read(String zone, String... sentences) {
    ArticleDiscourse discourse = new ArticleDiscourse(zone);
    List<List<String>> result = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      ParsedSentence sentence = ParsedSentence.of(new Sentence(i, sentences[i], 0, sentences[i].length()));
      List<ActorMention> mentions = RECOGNIZER.recognise(sentence, discourse);
      result.add(mentions.stream()
          .map(m -> sentence.text(m.start(), m.end()) + "->" + m.actor().name() + (m.inTitle() ? " (title)" : ""))
          .toList());
      discourse.endSentence(i, mentions);
    }
    return result;
  }

  private static List<String> read(String sentence) {
    return read("Europe/London", sentence).get(0);
  }

  @Test
  void shouldMapMetonymsToGovernments() {
    assertThat(read("Pyongyang and the Kremlin spoke as the White House and Downing Street watched."))
        .containsExactly("Pyongyang->North Korea", "the Kremlin->Russia", "the White House->United States",
            "Downing Street->UK Prime Minister's Office");
  }

  @Test
  void shouldMatchAcronymsCaseSensitively() {
    assertThat(read("Let us see whether the US and the UK agree.")).containsExactly(
        "the US->United States", "the UK->United Kingdom");
  }

  @Test
  void shouldCountANationalAdjectiveOnlyWhereItDenotesTheState() {
    assertThat(read("Russian and North Korean officials met in the Russian city of Vladivostok."))
        .containsExactly("Russian->Russia", "North Korean->North Korea");
    assertThat(read("Russian defence minister Sergei Shoigu arrived.")).containsExactly(
        "Russian->Russia (title)", "Sergei Shoigu->Sergei Shoigu");
    assertThat(read("The visit was reported by Russian state media.")).isEmpty();
  }

  @Test
  void shouldFindAnUnknownPersonByTitleAndMarkTheirAffiliation() {
    assertThat(read("Russian Foreign Minister Sergei Lavrov said talks went well.")).containsExactly(
        "Russian->Russia (title)", "Sergei Lavrov->Sergei Lavrov");
    assertThat(read("US ambassador to the UN Linda Thomas-Greenfield spoke.")).containsExactly(
        "US->United States (title)", "the UN->United Nations (title)", "Linda Thomas-Greenfield->Linda Thomas-Greenfield");
    assertThat(read("Chinese foreign ministry spokeswoman Mao Ning declined to comment.")).containsExactly(
        "Chinese->China (title)", "Mao Ning->Mao Ning");
  }

  @Test
  void shouldGiveAnUnknownPersonASlugIdAndKeepTheirSurnameForLater() {
    ArticleDiscourse discourse = new ArticleDiscourse("Europe/London");
    ParsedSentence first = ParsedSentence.of("Deputy Foreign Minister Andrei Rudenko arrived.");
    List<ActorMention> mentions = RECOGNIZER.recognise(first, discourse);
    discourse.endSentence(0, mentions);

    assertThat(mentions).extracting(m -> m.actor().id()).containsExactly("andrei-rudenko");
    assertThat(read("Europe/London", "Deputy Foreign Minister Andrei Rudenko arrived.", "Mr Rudenko met officials."))
        .element(1).isEqualTo(List.of("Rudenko->Andrei Rudenko"));
  }

  @Test
  void shouldResolveShortNamesButNotInsideLongerUnknownNames() {
    assertThat(read("Mr Putin and Kim met, then Mr Shoigu left.")).containsExactly(
        "Putin->Vladimir Putin", "Kim->Kim Jong Un", "Shoigu->Sergei Shoigu");
    assertThat(read("Crowds gathered in Kim Il Sung Square.")).isEmpty();
  }

  @Test
  void shouldResolveASpeakingPronounToTheLastSpeaker() {
    ArticleDiscourse discourse = new ArticleDiscourse("Europe/London");
    ParsedSentence first = ParsedSentence.of("Sergei Shoigu urged more sales, spokesman John Kirby said.");
    discourse.endSentence(0, RECOGNIZER.recognise(first, discourse));
    discourse.noteSpeaker(TestArticles.gazetteer().byId("john-kirby").orElseThrow(), 0);
    ParsedSentence second = ParsedSentence.of(new Sentence(1, "He added that talks were advancing.", 0, 35));

    assertThat(RECOGNIZER.recognise(second, discourse)).extracting(m -> m.actor().name()).containsExactly("John Kirby");
  }

  @Test
  void shouldResolveANonSpeakingPronounToTheSubjectOfThePreviousSentence() {
    List<List<String>> mentions = read("Europe/London",
        "Sergei Shoigu urged more sales, spokesman John Kirby said.",
        "He then left Pyongyang.");

    assertThat(mentions.get(1)).containsExactly("He->Sergei Shoigu", "Pyongyang->North Korea");
  }

  @Test
  void shouldResolveAPronounToTheOnlyAgreeingPersonOfThePreviousSentence() {
    List<List<String>> mentions = read("Europe/London",
        "Linda Thomas-Greenfield and John Kirby spoke on Monday.",
        "She said the vote would go ahead.");

    assertThat(mentions.get(1)).containsExactly("She->Linda Thomas-Greenfield");
  }

  @Test
  void shouldLeaveAPronounUnresolvedWhenItWouldBeAGuess() {
    List<List<String>> mentions = read("Europe/London",
        "Ships sailed from the port.",
        "He said nothing.");

    assertThat(mentions.get(1)).isEmpty();
  }

  @Test
  void shouldResolveTheLeadersAndThePairToTheLastTwoPeople() {
    List<List<String>> mentions = read("Europe/London",
        "Vladimir Putin and Kim Jong Un have swapped letters.",
        "Sergei Shoigu visited Pyongyang.",
        "The leaders exchanged the letters.",
        "The pair toured a factory.");

    assertThat(mentions.get(2)).containsExactly("The leaders->Vladimir Putin", "The leaders->Kim Jong Un");
    assertThat(mentions.get(3)).containsExactly("The pair->Vladimir Putin", "The pair->Kim Jong Un");
  }

  @Test
  void shouldResolveALeaderNamedByCountryAlone() {
    assertThat(read("The North Korean leader left on Sunday.")).containsExactly("The North Korean leader->Kim Jong Un");
    assertThat(read("The Russian president greeted him.")).containsExactly("The Russian president->Vladimir Putin");
  }

  @Test
  void shouldResolveTheGroupToTheLastOrganisation() {
    List<List<String>> mentions = read("Europe/London",
        "The White House said the Wagner Group took delivery of arms.",
        "The head of the group was killed.");

    assertThat(mentions.get(1)).containsExactly("the group->Wagner Group");
  }

  @Test
  void shouldReadHomeAliasesOnlyForOutletsInTheirZone() {
    assertThat(read("Europe/London", "the Government said the King would not comment.").get(0)).containsExactly(
        "the Government->UK Government", "the King->King Charles III");
    assertThat(read("America/New_York", "the Government said the King would not comment.").get(0)).isEmpty();
  }

  @Test
  void shouldTakeACountrysPossessiveBeforeAPersonAsTheirAffiliation() {
    assertThat(read("North Korea's Kim Jong Un arrived.")).containsExactly(
        "North Korea->North Korea (title)", "Kim Jong Un->Kim Jong Un");
  }
}

package io.newstimeline.article.actor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.article.TestArticles;
import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Sentence;
import io.newstimeline.avro.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** People and organisations the gazetteer does not know, found from their names' shapes and use in the article. */
class NameScanTest {

  private static final ActorRecognizer RECOGNIZER =
      new ActorRecognizer(TestArticles.gazetteer(), Set.of("said", "says", "told"));

  /** Reads {@code sentences} as one article; returns "text->id (kind)" for every mention, in order. */
  private static List<String> read(String... sentences) {
    ArticleDiscourse discourse = new ArticleDiscourse("Europe/London");
    List<ParsedSentence> parsed = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      parsed.add(ParsedSentence.of(new Sentence(i, sentences[i], 0, sentences[i].length())));
    }
    RECOGNIZER.scanNames(parsed, discourse);
    List<String> result = new ArrayList<>();
    for (ParsedSentence sentence : parsed) {
      List<ActorMention> mentions = RECOGNIZER.recognise(sentence, discourse);
      mentions.stream().filter(m -> !m.inTitle()).forEach(m -> result.add(sentence.text(m.start(), m.end()) + "->"
          + m.actor().id() + " (" + m.actor().kind() + ")"));
      discourse.endSentence(sentence.sentence().index(), mentions);
    }
    return result;
  }

  @Test
  void shouldFindAPersonByGivenNameAndResolveTheSurnameLater() {
    assertThat(read("Louis Gallois met the unions in Toulouse.", "Gallois promised no plant would close."))
        .containsExactly("Louis Gallois->louis-gallois (PERSON)", "Gallois->louis-gallois (PERSON)");
  }

  @Test
  void shouldFindAPersonWithAnUnlistedGivenNameByTheSurnameUsedAlone() {
    assertThat(read("Talks with Wopke Hoekstra ended late.", "Hoekstra left without comment."))
        .containsExactly("Wopke Hoekstra->wopke-hoekstra (PERSON)", "Hoekstra->wopke-hoekstra (PERSON)");
  }

  @Test
  void shouldKeepAHyphenatedGivenNameWhole() {
    List<String> mentions = read("Vice Foreign Minister Kim Tok-hun met the delegation.",
        "Former president Lee Myung-bak said Saudi-led forces had withdrawn.");

    assertThat(mentions).anyMatch(m -> m.startsWith("Kim Tok-hun->kim-tok-hun"))
        .anyMatch(m -> m.startsWith("Lee Myung-bak->lee-myung-bak"))
        .noneMatch(m -> m.contains("saudi-led"));
  }

  @Test
  void shouldFindOrganisationsByTheWordThatEndsTheirName() {
    assertThat(read("Singapore Airlines took the first aircraft from Northrop Grumman Corporation.",
        "The Government Accountability Office upheld the protest."))
        .containsExactly("Singapore Airlines->singapore-airlines (ORGANISATION)",
            "Northrop Grumman Corporation->northrop-grumman (ORGANISATION)",
            "The Government Accountability Office->government-accountability-office (ORGANISATION)");
  }

  @Test
  void shouldKnowAnOrganisationByItsNameWithoutItsLegalForm() {
    assertThat(read("Apple Inc. released the phone.", "Apple's shares rose."))
        .containsExactly("Apple Inc->apple (ORGANISATION)", "Apple->apple (ORGANISATION)");
  }

  @Test
  void shouldFindAOneWordOrganisationTheArticleUsesAsAnAgent() {
    assertThat(read("Airbus delivered the first A380 on Monday.", "Airbus said more would follow."))
        .containsExactly("Airbus->airbus (ORGANISATION)", "Airbus->airbus (ORGANISATION)");
  }

  @Test
  void shouldNotTakeAPlaceForAnOrganisation() {
    assertThat(read("Vladivostok hosted the forum.", "Delegates arrived in Vladivostok on Monday.",
        "Vladivostok's port was closed.")).isEmpty();
  }

  @Test
  void shouldNotTakeAPlaceNameOrAFacilityForAPerson() {
    assertThat(read("Crowds gathered on Park Avenue.", "He toured the Vostochny Cosmodrome.")).isEmpty();
  }

  @Test
  void shouldLeaveTitledPeopleToTheTitleRules() {
    List<String> mentions = read("Russian Foreign Minister Sergei Lavrov arrived.", "Lavrov said the talks went well.");

    assertThat(mentions).contains("Sergei Lavrov->sergei-lavrov (PERSON)", "Lavrov->sergei-lavrov (PERSON)");
  }

  @Test
  void shouldGiveTheSameIdInEveryArticle() {
    assertThat(read("Boeing Company engineers met.", "Boeing said so."))
        .first().asString().isEqualTo("Boeing Company->boeing (" + ActorKind.ORGANISATION + ")");
  }
}

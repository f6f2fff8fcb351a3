package io.newstimeline.tools.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import io.newstimeline.article.TestArticles;
import io.newstimeline.article.event.EventExtractor;
import io.newstimeline.testing.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ECB+ (CC BY 3.0, © 2014 VU University Amsterdam) read from {@link Corpora}; skipped without it. */
class EcbEvaluationTest {

  @Test
  void shouldScoreDevelopmentAndHeldOutTopicsApartAndBothModelsOnTheSameMentions() {
    EcbEvaluation evaluation = EcbEvaluation.run(Corpora.ecbplus(), new EventExtractor(TestArticles.gazetteer()));

    EcbEvaluation.RangeScores development = evaluation.range("dev");
    EcbEvaluation.RangeScores heldOut = evaluation.range("held-out");
    EcbEvaluation.RangeScores overall = evaluation.range("overall");
    assertThat(development.topics()).allMatch(t -> t <= EcbEvaluation.LAST_DEVELOPMENT_TOPIC).hasSize(23);
    assertThat(heldOut.topics()).allMatch(t -> t > EcbEvaluation.LAST_DEVELOPMENT_TOPIC).hasSize(10);
    assertThat(overall.documents()).isEqualTo(development.documents() + heldOut.documents());
    assertThat(overall.actions().gold()).isEqualTo(development.actions().gold() + heldOut.actions().gold());
    assertThat(overall.corefMentions()).isEqualTo(overall.actions().matched());
    assertThat(development.merge().bCubed().recallDenominator()).isEqualTo(development.corefMentions());
    assertThat(development.lemma().bCubed().recallDenominator()).isEqualTo(development.corefMentions());
    assertThat(evaluation.table(false)).contains("dev 1-25", "held-out 26+", "merge", "lemma", "CoNLL");
  }

  @Test
  void shouldRejectADirectoryWithoutTheSentenceListInOneLine(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("1"));

    assertThatThrownBy(() -> EcbCorpus.read(dir)).isInstanceOf(InputException.class)
        .hasMessage(dir + ": no ECB+ corpus (topic directories beside ECBplus_coreference_sentences.csv)");
  }

  @Test
  void shouldReadTopicsWithTheirScoredSentencesAndChains(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(EcbCorpus.SENTENCES), "Topic,File,Sentence Number\n3,1ecb,0\n3,1ecb,1\n");
    Files.createDirectory(dir.resolve("3"));
    Files.writeString(dir.resolve("3").resolve("3_1ecb.xml"), """
        <Document doc_name="3_1ecb.xml" doc_id="DOC1">
        <token t_id="1" sentence="0" number="0">Police</token>
        <token t_id="2" sentence="0" number="1">arrested</token>
        <token t_id="3" sentence="0" number="2">Smith</token>
        <token t_id="4" sentence="1" number="0">He</token>
        <token t_id="5" sentence="1" number="1">was</token>
        <token t_id="6" sentence="1" number="2">held</token>
        <Markables>
        <ACTION_OCCURRENCE m_id="10"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
        <HUMAN_PART_PER m_id="11"><token_anchor t_id="3"/></HUMAN_PART_PER>
        <ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t3_arrest" instance_id="ACT1"/>
        </Markables>
        <Relations>
        <CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="10"/><target m_id="20"/></CROSS_DOC_COREF>
        </Relations>
        </Document>
        """);

    EcbCorpus.Topic topic = EcbCorpus.read(dir).get(0);

    assertThat(topic.number()).isEqualTo(3);
    EcbCorpus.Document document = topic.documents().get(0);
    assertThat(document.file()).isEqualTo("1ecb");
    assertThat(document.scored()).containsExactlyInAnyOrder(0, 1);
    assertThat(document.cat().eventMentions()).singleElement()
        .satisfies(m -> assertThat(m.attribute("tag")).isEqualTo("ACTION_OCCURRENCE"));
    assertThat(document.cat().entityMentions()).singleElement()
        .satisfies(m -> assertThat(m.attribute("tag")).isEqualTo("HUMAN_PART_PER"));
    assertThat(document.cat().instances()).singleElement()
        .satisfies(i -> assertThat(i.instanceId()).isEqualTo("ACT1"));
    assertThat(document.cat().relations()).singleElement()
        .satisfies(r -> assertThat(r.attribute("note")).isEqualTo("ACT1"));
  }

  @Test
  void shouldGiveEveryInflectionOfAHeadOneLemma() {
    assertThat(HeadLemma.of("arrested")).isEqualTo(HeadLemma.of("arrests")).isEqualTo(HeadLemma.of("arresting"))
        .isEqualTo(HeadLemma.of("arrest"));
    assertThat(HeadLemma.of("arrived")).isEqualTo(HeadLemma.of("arrive")).isEqualTo(HeadLemma.of("arriving"));
    assertThat(HeadLemma.of("Died")).isEqualTo(HeadLemma.of("dies")).isEqualTo(HeadLemma.of("die"));
    assertThat(HeadLemma.of("shot")).isEqualTo(HeadLemma.of("shooting"));
    assertThat(HeadLemma.of("stopped")).isEqualTo(HeadLemma.of("stop"));
  }
}

package io.newstimeline.tools.eval.cat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import io.newstimeline.testing.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the real corpora ({@link Corpora}; those tests are skipped without them): MEANTIME (CC BY 4.0,
 * © 2015 FBK, VUA, UPV/EHU) and SemEval-2015 TimeLine (CC BY 3.0).
 */
class CatReaderTest {

  private static Path tanker() {
    return Corpora.meantime().resolve(
        "corpus_airbus/100911_Northrop_Grumman_and_Airbus_parent_EADS_defeat_Boeing.xml");
  }

  @Test
  void shouldReadTokensWithSentencesAndTheCreationTime() {
    CatDocument document = CatReader.read(tanker());

    assertThat(document.docId()).isEqualTo("100911");
    assertThat(document.tokens()).hasSize(1164);
    assertThat(document.tokens().get(0)).isEqualTo(new CatToken(1, 0, 0, "Northrop"));
    CatTimex creation = document.creationTime().orElseThrow();
    assertThat(creation.value()).isEqualTo("2008-03-01");
    assertThat(document.words(creation.tokenIds())).isEqualTo("March 01 , 2008");
    assertThat(document.sentenceOf(creation.tokenIds())).isEqualTo(1);
  }

  @Test
  void shouldReadTimexesMentionsAndInstances() {
    CatDocument document = CatReader.read(tanker());

    assertThat(document.timexes()).extracting(CatTimex::id, CatTimex::type, CatTimex::value)
        .contains(org.assertj.core.groups.Tuple.tuple("36", "DURATION", "P50Y"),
            org.assertj.core.groups.Tuple.tuple("63", "DATE", "2058"));
    assertThat(document.timexes().stream().filter(t -> t.id().equals("63")).findFirst().orElseThrow().isInText())
        .isFalse();
    CatMention defeat = document.eventMentions().stream().filter(m -> m.id().equals("23")).findFirst().orElseThrow();
    assertThat(defeat.attribute("pred")).isEqualTo("defeat");
    assertThat(document.words(defeat.tokenIds())).isEqualTo("defeated");
    CatMention companies = document.entityMentions().stream().filter(m -> m.id().equals("13")).findFirst()
        .orElseThrow();
    assertThat(document.words(companies.tokenIds())).startsWith("Northrop Grumman and Airbus");
    CatInstance gallois = document.instances().stream().filter(i -> i.descriptor().equals("Louis Gallois"))
        .findFirst().orElseThrow();
    assertThat(gallois.kind()).isEqualTo(CatInstance.Kind.ENTITY);
    assertThat(gallois.attribute("ent_type")).isEqualTo("PER");
    assertThat(gallois.instanceId()).isEqualTo("PER37154720797907240");
  }

  @Test
  void shouldFallBackToTheDatelineWhereTheCreationTimeIsMissing() {
    CatDocument document = CatReader.read(Corpora.meantime().resolve(
        "corpus_airbus/8951_World_largest_passenger_airliner_makes_first_flight.xml"));

    assertThat(document.creationTime()).isEmpty();
    assertThat(document.referenceTime().orElseThrow().value()).isEqualTo("2005-04-27");
  }

  @Test
  void shouldReadRelationsWithTheirTypesAndEnds() {
    CatDocument document = CatReader.read(tanker());

    assertThat(document.relations(CatRelation.Type.TLINK)).hasSize(11)
        .anySatisfy(link -> {
          assertThat(link.source()).isEqualTo("34");
          assertThat(link.target()).isEqualTo("23");
          assertThat(link.attribute("reltype")).isEqualTo("INCLUDES");
        });
    assertThat(document.relations(CatRelation.Type.HAS_PARTICIPANT)).hasSize(20)
        .anySatisfy(link -> {
          assertThat(link.source()).isEqualTo("23");
          assertThat(link.target()).isEqualTo("13");
          assertThat(link.attribute("sem_role")).isEqualTo("Arg0");
        });
    assertThat(document.relations(CatRelation.Type.REFERS_TO))
        .anySatisfy(link -> {
          assertThat(link.sources()).containsExactly("7", "70", "69");
          assertThat(link.target()).isEqualTo("194");
        });
    assertThat(document.markablesById().get("194")).isInstanceOfSatisfying(CatInstance.class,
        person -> assertThat(person.descriptor()).isEqualTo("Paul Nesbit"));
  }

  @Test
  void shouldReadEveryMeantimeCorpusWithACreationTimeForEachDocument() {
    for (String corpus : List.of("corpus_airbus", "corpus_apple", "corpus_gm")) {
      List<CatDocument> documents = CatReader.readCorpus(Corpora.meantime().resolve(corpus));

      assertThat(documents).as(corpus).hasSize(30);
      assertThat(documents.stream().filter(d -> d.referenceTime().isEmpty()).map(CatDocument::name))
          .as(corpus + ": documents without a reference time").isEmpty();
      assertThat(documents.stream().filter(d -> d.eventMentions().isEmpty()).map(CatDocument::name))
          .as(corpus + ": documents without event mentions").isEmpty();
    }
  }

  @Test
  void shouldReadTheRawSemevalTokensAsMeantimeTokensTheSameArticle() {
    List<CatDocument> raw = CatReader.readCorpus(Corpora.semeval().resolve("corpus_1/corpus_trackA_CAT"));
    CatDocument annotated = CatReader.read(tanker());

    assertThat(raw).hasSize(30);
    CatDocument tanker = raw.stream().filter(d -> d.docId().equals("100911")).findFirst().orElseThrow();
    assertThat(tanker.tokens()).isEqualTo(annotated.tokens());
    assertThat(tanker.eventMentions()).isEmpty();
    assertThat(tanker.relations()).isEmpty();
    assertThat(tanker.creationTime().orElseThrow().value()).isEqualTo("2008-03-01");
    assertThat(tanker.url()).startsWith("http://en.wikinews.org/wiki/Northrop_Grumman");
  }

  @Test
  void shouldRebuildTextWithEveryTokenAtItsOffsets() {
    CatDocument document = CatReader.read(tanker());
    CatText text = document.text();

    assertThat(text.text()).startsWith("Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US"
        + " airtanker contract\nMarch 01, 2008\nNorthrop Grumman and Airbus parent company");
    for (CatToken token : document.tokens()) {
      assertThat(text.text().substring(text.begin(token.id()), text.end(token.id()))).isEqualTo(token.text());
    }
    int dateline = text.sentenceBegin(1);
    assertThat(text.tokensOverlapping(dateline, dateline + "March 01, 2008".length()))
        .containsExactly(16, 17, 18, 19);
  }

  @Test
  void shouldRejectAFileThatIsNotCat(@TempDir Path dir) throws IOException {
    Path notXml = Files.writeString(dir.resolve("broken.xml"), "<Document><token t_id=\"1\" sentence=\"0\">A");
    Path noTokens = Files.writeString(dir.resolve("empty.xml"), "<Document doc_id=\"1\"></Document>");

    assertThatThrownBy(() -> CatReader.read(notXml)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(notXml + ": not well-formed XML").message().doesNotContain("\n");
    assertThatThrownBy(() -> CatReader.read(noTokens)).isInstanceOf(InputException.class)
        .hasMessage(noTokens + ": CAT document has no tokens");
    assertThatThrownBy(() -> CatReader.readCorpus(dir.resolve("missing"))).isInstanceOf(InputException.class)
        .hasMessageContaining("cannot list CAT corpus");
  }
}

package io.newstimeline.article.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import io.newstimeline.article.TestArticles;
import io.newstimeline.avro.ActorKind;
import java.nio.file.Path;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  @Test
  void shouldUseTheGoldsCanonicalDisplayNames() {
    Gazetteer gazetteer = TestArticles.gazetteer();

    assertThat(gazetteer.find("Downing Street")).map(ActorRef::name).hasValue("UK Prime Minister's Office");
    assertThat(gazetteer.find("King Charles")).map(ActorRef::name).hasValue("King Charles III");
    assertThat(gazetteer.find("the US")).map(ActorRef::name).hasValue("United States");
    assertThat(gazetteer.byId("wagner-group")).map(ActorRef::kind).hasValue(ActorKind.ORGANISATION);
  }

  @Test
  void shouldOfferNationalDaysByLowerCaseNameAndAlias() {
    assertThat(TestArticles.gazetteer().nationalDays())
        .containsEntry("north korea", MonthDay.of(9, 9))
        .containsEntry("dprk", MonthDay.of(9, 9));
  }

  @Test
  void shouldRejectAnUnknownKindNamingTheFileAndActor() {
    String json = "{\"actors\": [{\"id\": \"x\", \"name\": \"X\", \"kind\": \"COUNTRY\"}]}";

    assertThatThrownBy(() -> Gazetteer.parse("seeds/actors.json", json))
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/actors.json: actor 'x' has unknown kind 'COUNTRY'");
  }

  @Test
  void shouldRejectADuplicateId() {
    String json = "{\"actors\": [{\"id\": \"x\", \"name\": \"X\", \"kind\": \"PERSON\"},"
        + " {\"id\": \"x\", \"name\": \"Y\", \"kind\": \"PERSON\"}]}";

    assertThatThrownBy(() -> Gazetteer.parse("a.json", json))
        .isInstanceOf(InputException.class)
        .hasMessage("a.json: duplicate actor id 'x'");
  }

  @Test
  void shouldRejectAnUnknownFieldAndMalformedJson() {
    assertThatThrownBy(() -> Gazetteer.parse("a.json", "{\"actors\": [{\"id\": \"x\", \"nmae\": \"X\"}]}"))
        .isInstanceOf(InputException.class)
        .hasMessage("a.json: unknown field 'nmae'");
    assertThatThrownBy(() -> Gazetteer.parse("a.json", "{\"actors\": ["))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("a.json: not a valid gazetteer");
  }

  @Test
  void shouldRejectAnAffiliationToAnUnknownActor() {
    String json = "{\"actors\": [{\"id\": \"x\", \"name\": \"X Y\", \"kind\": \"PERSON\", \"affiliation\": \"nowhere\"}]}";

    assertThatThrownBy(() -> Gazetteer.parse("a.json", json))
        .isInstanceOf(InputException.class)
        .hasMessage("a.json: actor 'x' has unknown affiliation 'nowhere'");
  }

  @Test
  void shouldNameAMissingFile() {
    assertThatThrownBy(() -> Gazetteer.load(Path.of("seeds/missing.json")))
        .isInstanceOf(InputException.class)
        .hasMessage("seeds/missing.json: cannot read gazetteer (NoSuchFileException)");
  }
}

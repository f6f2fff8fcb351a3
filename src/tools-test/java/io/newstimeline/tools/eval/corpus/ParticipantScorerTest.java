package io.newstimeline.tools.eval.corpus;

import static io.newstimeline.testing.TimelineFixtures.LBC_PUBLISHED;
import static io.newstimeline.testing.TimelineFixtures.actor;
import static io.newstimeline.testing.TimelineFixtures.day;
import static io.newstimeline.testing.TimelineFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.tools.eval.cat.CatDocument;
import io.newstimeline.tools.eval.cat.CatInstance;
import io.newstimeline.tools.eval.cat.CatMention;
import io.newstimeline.tools.eval.cat.CatRelation;
import io.newstimeline.tools.eval.cat.CatToken;
import io.newstimeline.article.event.TracedEvent;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipantScorerTest {

  /** "Airbus named Louis Gallois" / "Toulouse cheered ." — "named" has Airbus and Louis Gallois as participants. */
  private static final CatDocument DOCUMENT = new CatDocument("1", "1_test", "", List.of(
      new CatToken(1, 0, 0, "Airbus"), new CatToken(2, 0, 1, "named"), new CatToken(3, 0, 2, "Louis"),
      new CatToken(4, 0, 3, "Gallois"), new CatToken(5, 1, 4, "Toulouse"), new CatToken(6, 1, 5, "cheered"),
      new CatToken(7, 1, 6, ".")), List.of(),
      List.of(new CatMention("e1", List.of(2), Map.of()), new CatMention("e2", List.of(6), Map.of())),
      List.of(new CatMention("m1", List.of(1), Map.of("syntactic_type", "NAM")),
          new CatMention("m2", List.of(3, 4), Map.of("syntactic_type", "NAM"))),
      List.of(new CatInstance("i1", CatInstance.Kind.ENTITY, "Airbus", "ORG1", Map.of("ent_type", "ORG")),
          new CatInstance("i2", CatInstance.Kind.ENTITY, "Louis Gallois", "PER1", Map.of("ent_type", "PER"))),
      List.of(new CatRelation("r1", CatRelation.Type.REFERS_TO, List.of("m1"), "i1", Map.of()),
          new CatRelation("r2", CatRelation.Type.REFERS_TO, List.of("m2"), "i2", Map.of()),
          new CatRelation("r3", CatRelation.Type.HAS_PARTICIPANT, List.of("e1"), "m1", Map.of("sem_role", "Arg0")),
          new CatRelation("r4", CatRelation.Type.HAS_PARTICIPANT, List.of("e1"), "m2", Map.of("sem_role", "Arg1"))));

  private static NewsEvent appointment(String... names) {
    return event("e", "Wikinews", LBC_PUBLISHED, EventType.APPOINTMENT, day("2023-08-30"), List.of(names).stream()
        .map(n -> actor(n.toLowerCase().replace(' ', '-'), n, ActorKind.ORGANISATION))
        .toArray(io.newstimeline.avro.Actor[]::new));
  }

  @Test
  void shouldPairActorsByMentionOrNameAndCountExtraActorsAgainstPrecision() {
    // Trigger "named" (7-12) finds e1. Airbus pairs by its mention (0-6), Louis Gallois by name,
    // Toulouse pairs with no one: P = 2/3, R = 2/2.
    TracedEvent traced = new TracedEvent(appointment("Airbus", "Louis Gallois", "Toulouse"), 7, 12,
        List.of(new TracedEvent.ActorSpan("airbus", 0, 6)));
    List<String> misses = new ArrayList<>();

    ParticipantScore score = new ParticipantScorer(2).score(DOCUMENT, DOCUMENT.text(), List.of(traced), misses);

    assertThat(score).isEqualTo(new ParticipantScore(1, 3, 2, 2));
    assertThat(score.precision()).isEqualTo(2.0 / 3);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(misses).containsExactly(
        "actors 1_test: \"named\" extracted [Airbus, Louis Gallois, Toulouse], gold [Airbus, Louis Gallois]");
  }

  @Test
  void shouldScoreOnlyEventsThatFindAGoldMentionInTheAnnotatedSentences() {
    TracedEvent noMention = new TracedEvent(appointment("Airbus"), 19, 26, List.of());
    TracedEvent unannotated = new TracedEvent(appointment("Airbus"), 36, 43, List.of());

    ParticipantScore score = new ParticipantScorer(1).score(DOCUMENT, DOCUMENT.text(), List.of(noMention, unannotated),
        new ArrayList<>());

    assertThat(score).isEqualTo(ParticipantScore.NONE);
  }

  @Test
  void shouldCountAGoldMentionWithoutNamedActorsAsHavingNoParticipants() {
    TracedEvent cheered = new TracedEvent(appointment("Toulouse"), 36, 43, List.of());

    ParticipantScore score = new ParticipantScorer(2).score(DOCUMENT, DOCUMENT.text(), List.of(cheered),
        new ArrayList<>());

    assertThat(score).isEqualTo(new ParticipantScore(1, 1, 0, 0));
  }

  @Test
  void shouldAgreeOnNamesIgnoringCaseAndLegalForms() {
    assertThat(ParticipantScorer.namesAgree("Apple", List.of("APPLE", "Apple Inc."))).isTrue();
    assertThat(ParticipantScorer.namesAgree("Steve Jobs", List.of("Jobs"))).isTrue();
    assertThat(ParticipantScorer.namesAgree("Boeing", List.of("Airbus", "Airbus SAS"))).isFalse();
  }
}

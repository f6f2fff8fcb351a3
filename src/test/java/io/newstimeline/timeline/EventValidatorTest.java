package io.newstimeline.timeline;

import static io.newstimeline.testing.TimelineFixtures.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What the validator accepts is the topic contract; what it refuses carries its reason. */
class EventValidatorTest {

  final NewsEvent letters = event("letters", "LBC", LBC_PUBLISHED, EventType.COMMUNICATION,
      onOrBefore("2023-08-30", "have swapped letters"), PUTIN, KIM);

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(12); // every char, lone surrogates and controls included
  }

  @Property(tries = 3000)
  void shouldAcceptAsIdsExactlyTheTextsThatSurviveUtf8AndHoldNoControlCharacter(@ForAll("anyText") String id) {
    boolean survivesUtf8 = new String(id.getBytes(UTF_8), UTF_8).equals(id);
    boolean hasControl = id.chars().anyMatch(Character::isISOControl);
    Statistics.label("legal").collect(survivesUtf8 && !hasControl && !id.isBlank());
    Statistics.label("legal").coverage(coverage -> {
      coverage.check(true).percentage(p -> p > 10);
      coverage.check(false).percentage(p -> p > 10);
    });

    assertThat(EventValidator.idProblem(id) == null).isEqualTo(survivesUtf8 && !hasControl && !id.isBlank());
  }

  @Example
  void shouldAcceptIdsHoldingSeparators() {
    for (String id : List.of("kim-jong-un,vladimir-putin", "russia|x4", "a{}b", "北朝鮮", "émile")) {
      NewsEvent event = NewsEvent.newBuilder(letters).setId(id).setActors(List.of(actor(id, "Name", ActorKind.OTHER))).build();

      assertThat(EventValidator.validate(id, event)).isSameAs(event);
    }
  }

  @Example
  void shouldRefuseIllegalIdsWithTheReason() {
    assertRefused(NewsEvent.newBuilder(letters).setId("").build(), "Event has no id");
    assertRefused(NewsEvent.newBuilder(letters).setId("line\nbreak").build(), "Event id \"lineU+000Abreak\" holds a control character U+000A");
    assertRefused(NewsEvent.newBuilder(letters).setId("x".repeat(201)).build(), "is 201 characters long, more than 200");
    assertRefused(NewsEvent.newBuilder(letters).setArticleId("  ").build(), "Event letters has an article id \"  \" that is blank");
    assertRefused(withActors(actor("lone\uD800", "Lone", ActorKind.OTHER)),
        "Event letters has an actor id \"loneU+D800\" that holds a lone surrogate U+D800");
    assertRefused(withActors(actor("", "Nobody", ActorKind.OTHER)), "Event letters has an actor without an id");
  }

  @Example
  void shouldRefuseContentThatCannotBePlaced() {
    assertRefused(withActors(), "Event letters has no actor");
    assertRefused(withActors(IntStream.range(0, 65).mapToObj(i -> actor("a" + i, "A", ActorKind.OTHER)).toArray(Actor[]::new)),
        "Event letters has 65 actors, more than 64");
    assertRefused(NewsEvent.newBuilder(letters).setSummary("x".repeat(1 << 20)).build(),
        "Event letters has a summary of 1048576 characters, more than 10000");
    assertRefused(dated(LocalDate.parse("2023-09-01"), LocalDate.parse("2023-08-01"), DatePrecision.RANGE),
        "Event letters starts (2023-09-01) after it ends (2023-08-01)");
    assertRefused(dated(LocalDate.parse("2023-08-01"), LocalDate.parse("2023-08-31"), DatePrecision.DAY),
        "Event letters has a DAY date from 2023-08-01 to 2023-08-31");
    assertRefused(dated(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31"), DatePrecision.MONTH),
        "Event letters has a MONTH date from 2023-01-01 to 2023-12-31");
    assertRefused(dated(LocalDate.parse("2023-08-01"), LocalDate.parse("2023-08-31"), DatePrecision.ON_OR_BEFORE),
        "Event letters has a ON_OR_BEFORE date from 2023-08-01 to 2023-08-31");
    assertRefused(dated(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 1), DatePrecision.DAY),
        "Event letters is dated outside the years 1000–9998: 0001-01-01");
    assertRefused(dated(null, LocalDate.of(9999, 12, 31), DatePrecision.ON_OR_BEFORE),
        "Event letters is dated outside the years 1000–9998: 9999-12-31");
  }

  @Example
  void shouldAcceptEveryPrecisionWithBoundsThatFitIt() {
    for (EventDate date : List.of(day("2023-07-27"), month("2023-08", "in August"),
        quarter("2023-07-01", "2023-09-30", "last quarter"), onOrBefore("2023-08-30", "recently"),
        range("2023-07-15", null), range("2019-01-01", "2023-08-30"),
        EventDate.newBuilder(day("2023-01-01")).setEnd(LocalDate.parse("2023-12-31")).setPrecision(DatePrecision.YEAR).build())) {
      NewsEvent event = NewsEvent.newBuilder(letters).setDate(date).build();

      assertThat(EventValidator.validate("letters", event)).as("%s", date).isSameAs(event);
    }
  }

  private NewsEvent withActors(Actor... actors) {
    return NewsEvent.newBuilder(letters).setActors(List.of(actors)).build();
  }

  private NewsEvent dated(LocalDate start, LocalDate end, DatePrecision precision) {
    return NewsEvent.newBuilder(letters)
        .setDate(EventDate.newBuilder().setStart(start).setEnd(end).setPrecision(precision).setExpression(null).build())
        .build();
  }

  private static void assertRefused(NewsEvent event, String reason) {
    assertThatThrownBy(() -> EventValidator.validate(event.getId(), event))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining(reason);
  }
}

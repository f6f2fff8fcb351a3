package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A generated news story for property tests: a log of report records on {@code news.events} in
 * which several outlets report the same events with different precision (day, month, quarter,
 * "on or before" their publication day), some reports follow others, and some are re-sent
 * exactly, corrected (dates, evidence, even actors) or retracted. Seeded, so every run is the same.
 */
final class StoryGenerator {

  static final Actor RUSSIA = actor("russia", "Russia", ActorKind.GOVERNMENT);
  static final Actor[][] ACTOR_SETS = {{PUTIN, KIM}, {SHOIGU, NORTH_KOREA}, {US, NORTH_KOREA}, {KIM}, {PUTIN},
      {RUSSIA, NORTH_KOREA}, {PUTIN, KIM, SHOIGU}};
  static final EventType[] TYPES = {EventType.MEETING, EventType.VISIT, EventType.STATEMENT, EventType.COMMUNICATION};
  static final String[] OUTLETS = {"LBC", "Forces News", "Reuters", "AP", "BBC"};
  static final LocalDate FIRST_DAY = LocalDate.parse("2023-01-02");

  private final Random random;
  private final List<NewsEvent> log = new ArrayList<>();
  private final List<NewsEvent> published = new ArrayList<>();

  private StoryGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** The log of a story of exactly {@code records} records (at least 20), from {@code seed}. */
  static List<NewsEvent> story(long seed, int records) {
    return new StoryGenerator(seed).generate(records);
  }

  /**
   * {@code log} in a random order that keeps the relative order of the records of each event id,
   * as Kafka keeps the order of one key.
   */
  static List<NewsEvent> shuffledPerKey(List<NewsEvent> log, Random random) {
    Map<String, List<NewsEvent>> byId = new LinkedHashMap<>();
    List<String> slots = new ArrayList<>(log.size());
    for (NewsEvent record : log) {
      byId.computeIfAbsent(record.getId(), id -> new ArrayList<>()).add(record);
      slots.add(record.getId());
    }
    Collections.shuffle(slots, random);
    Map<String, Integer> next = new LinkedHashMap<>();
    List<NewsEvent> shuffled = new ArrayList<>(log.size());
    for (String id : slots) {
      int index = next.merge(id, 1, Integer::sum) - 1;
      shuffled.add(byId.get(id).get(index));
    }
    return shuffled;
  }

  private List<NewsEvent> generate(int records) {
    int extras = records / 4;
    int event = 0;
    while (log.size() < records - extras) {
      reportEvent(event++);
    }
    while (log.size() < records) {
      NewsEvent target = published.get(random.nextInt(published.size()));
      switch (random.nextInt(4)) {
        case 0 -> log.add(target); // the same article sent again
        case 1 -> log.add(NewsEvent.newBuilder(target).setRetracted(true).build());
        case 2 -> log.add(NewsEvent.newBuilder(target).setEvidence(target.getEvidence() + " (corrected)")
            .setDate(shifted(target.getDate())).build());
        default -> log.add(NewsEvent.newBuilder(target)
            .setActors(List.of(ACTOR_SETS[random.nextInt(ACTOR_SETS.length)])).build());
      }
    }
    return List.copyOf(log);
  }

  /** One real event, reported by one to four outlets, each with its own precision. */
  private void reportEvent(int number) {
    EventType type = TYPES[random.nextInt(TYPES.length)];
    Actor[] actors = ACTOR_SETS[random.nextInt(ACTOR_SETS.length)];
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(270));
    String anchor = !published.isEmpty() && random.nextInt(3) == 0
        ? published.get(random.nextInt(published.size())).getId() : null;
    int reports = 1 + random.nextInt(4);
    for (int r = 0; r < reports; r++) {
      LocalDate publishedOn = day.plusDays(random.nextInt(12));
      String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
      String id = "ev" + number + "-" + r + "-" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-');
      NewsEvent report = NewsEvent.newBuilder(event(id, outlet, publishedOn.atTime(9 + r, 0).toInstant(ZoneOffset.UTC),
              type, date(day, publishedOn), shuffledCopy(actors)))
          .setAfter(anchor)
          .build();
      log.add(report);
      published.add(report);
    }
  }

  /** How one article dates an event that happened on {@code day}, published on {@code publishedOn}. */
  private EventDate date(LocalDate day, LocalDate publishedOn) {
    return switch (random.nextInt(5)) {
      case 0, 1 -> day(day.toString());
      case 2 -> onOrBefore(publishedOn.toString(), "recently");
      case 3 -> month(day.toString().substring(0, 7), "in " + day.getMonth());
      default -> {
        LocalDate first = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        yield quarter(first.toString(), first.plusMonths(3).minusDays(1).toString(), "this quarter");
      }
    };
  }

  /** A corrected date: a bounded date moved by a few days, an open one made a day. */
  private EventDate shifted(EventDate date) {
    LocalDate end = date.getEnd();
    if (date.getPrecision() == DatePrecision.ON_OR_BEFORE) {
      return day(end.minusDays(random.nextInt(20)).toString());
    }
    return day(end.minusDays(random.nextInt(5)).toString());
  }

  private Actor[] shuffledCopy(Actor[] actors) {
    List<Actor> copy = new ArrayList<>(List.of(actors));
    Collections.shuffle(copy, random);
    return copy.toArray(Actor[]::new);
  }
}

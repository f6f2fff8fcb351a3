package io.newstimeline.producer;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventOrigin;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.schema.AvroRuntime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Returns a synthetic, endless news story as {@link NewsEvent}s: event {@code i} is a pure function
 * of the seed and {@code i}, so any slice of the stream can be produced without the events before
 * it, and the same seed gives the same events on every machine.
 *
 * <p>Shape of the story (the shares are of all events):
 * <ul>
 *   <li>Knowledge time advances by {@link #REPORT_GAP_SECONDS} a report on average, so a million
 *       events cover about four years of reporting.
 *   <li>Each event names 1 to 5 actors (3 on average) out of {@code actorCount}, drawn with a
 *       Zipf-like popularity: a few actors are in a large share of the news.
 *   <li>Ordinary events happened shortly before they are reported, dated to the DAY, the MONTH,
 *       the QUARTER, or ON_OR_BEFORE the report.
 *   <li>{@code duplicateShare} are the same event as an earlier report (same type, actors and
 *       date) from another outlet, with their own event and article ids: they merge into an
 *       existing timeline entry.
 *   <li>{@code lateShare} arrive late and vague: ON_OR_BEFORE a day 30 days to 5 years before the
 *       report, so they land deep inside the existing timeline rather than at its end.
 * </ul>
 */
public final class SyntheticStory {

  /** What role an event plays in the story. */
  public enum Kind { ORIGINAL, DUPLICATE, LATE }

  /** Mean seconds between two reports. */
  public static final int REPORT_GAP_SECONDS = 120;
  /** A duplicate repeats an original at most this many events earlier (about 16 hours). */
  public static final int MAX_DUPLICATE_LAG = 500;

  public static final Instant STORY_START = Instant.parse("2019-01-01T06:00:00Z");

  private static final EventType[] TYPES = Arrays.stream(EventType.values())
      .filter(type -> type != EventType.OTHER).toArray(EventType[]::new);
  private static final String[] VERBS = {
      "met", "spoke with", "wrote to", "received", "travelled to see", "warned", "thanked", "hosted"};
  private static final String[] PLACES = {
      "the capital", "the border", "a summit", "the port", "the embassy", "a military parade", "the assembly"};
  private static final String[] OUTLETS = {
      "LBC", "Forces News", "Reuters", "Associated Press", "BBC News", "The Guardian", "Le Monde",
      "Der Spiegel", "Yonhap", "NHK World", "Al Jazeera", "Kyiv Independent", "TASS", "Financial Times",
      "The Times", "Sky News", "CNN", "NPR", "El País", "Deutsche Welle"};

  static {
    AvroRuntime.install(); // Avro 1.12 refuses to build generated records of untrusted packages
  }

  private static final long KIND = 1;
  private static final long LAG = 2;
  private static final long CONTENT = 3;
  private static final long OUTLET = 0;
  private static final int EVENTS_PER_ARTICLE = 3;

  private final long seed;
  private final int actorCount;
  private final double duplicateShare;
  private final double lateShare;
  private final double[] popularity;
  private final Actor[] actors;

  /**
   * A story of {@code actorCount} actors whose popularity follows a Zipf law with exponent
   * {@code skew}; {@code duplicateShare} and {@code lateShare} of the events are duplicates and
   * late, vague reports.
   */
  public SyntheticStory(long seed, int actorCount, double skew, double duplicateShare, double lateShare) {
    if (actorCount < 5) {
      throw new IllegalArgumentException("A story needs at least 5 actors: " + actorCount);
    }
    if (duplicateShare < 0 || lateShare < 0 || duplicateShare + lateShare >= 1) {
      throw new IllegalArgumentException("Duplicate and late shares must be non-negative and leave room for originals");
    }
    this.seed = seed;
    this.actorCount = actorCount;
    this.duplicateShare = duplicateShare;
    this.lateShare = lateShare;
    this.popularity = cumulativeZipf(actorCount, skew);
    this.actors = new Actor[actorCount];
    ActorKind[] kinds = {ActorKind.PERSON, ActorKind.GOVERNMENT, ActorKind.ORGANISATION};
    for (int i = 0; i < actorCount; i++) {
      actors[i] = Actor.newBuilder()
          .setId(String.format(Locale.ROOT, "actor-%04d", i))
          .setName(String.format(Locale.ROOT, "Actor %04d", i))
          .setKind(kinds[i % kinds.length])
          .build();
    }
  }

  /** The default story: 300 actors, skew 0.9, 10% duplicates across outlets, 5% late and vague. */
  public static SyntheticStory withSeed(long seed) {
    return new SyntheticStory(seed, 300, 0.9, 0.10, 0.05);
  }

  /** The seed this story is generated from. */
  public long seed() {
    return seed;
  }

  /** Returns the role of event {@code index}. */
  public Kind kind(long index) {
    double u = random(index, KIND).nextDouble();
    if (u < duplicateShare && index > 0) {
      return Kind.DUPLICATE;
    }
    return u < duplicateShare + lateShare ? Kind.LATE : Kind.ORIGINAL;
  }

  /** Returns the index of the report event {@code index} repeats, or {@code index} itself when it is no duplicate. */
  public long originalOf(long index) {
    if (kind(index) != Kind.DUPLICATE) {
      return index;
    }
    long j = Math.max(0, index - 1 - random(index, LAG).nextInt(MAX_DUPLICATE_LAG));
    while (kind(j) == Kind.DUPLICATE) {
      j--;
    }
    return j;
  }

  /** The id of event {@code index}; unique in the story. */
  public static String eventId(long index) {
    return "ev-" + padded(index, 10);
  }

  /** Returns event {@code index} of the story. */
  public NewsEvent event(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("Event index must not be negative: " + index);
    }
    SplittableRandom random = random(index, CONTENT);
    Instant reportedAt = reportedAt(index, random);
    // Three events to an article, each article from one outlet; a duplicate is its own article.
    long article = index / EVENTS_PER_ARTICLE;
    String articleId = "ar-" + padded(article, 10);
    String outlet = OUTLETS[random(article, OUTLET).nextInt(OUTLETS.length)];
    long original = originalOf(index);
    NewsEvent.Builder event;
    if (original != index) {
      NewsEvent first = event(original);
      articleId = "ar-" + padded(index, 10) + "-repeat";
      outlet = otherOutlet(first.getOutlet(), random);
      List<Actor> shuffled = new ArrayList<>(first.getActors());
      Collections.rotate(shuffled, 1 + random.nextInt(3));
      event = NewsEvent.newBuilder(first)
          .setActors(shuffled)
          .setSummary(first.getSummary() + ", " + outlet + " also reports")
          .setEvidence(outlet + " reports that " + Character.toLowerCase(first.getEvidence().charAt(0))
              + first.getEvidence().substring(1));
    } else {
      EventType type = TYPES[random.nextInt(TYPES.length)];
      List<Actor> who = drawActors(random);
      EventDate date = kind(index) == Kind.LATE ? lateDate(reportedAt, random) : recentDate(reportedAt, random);
      String summary = who.get(0).getName() + " " + VERBS[random.nextInt(VERBS.length)] + " "
          + (who.size() > 1 ? who.get(1).getName() : "reporters") + " at " + PLACES[random.nextInt(PLACES.length)];
      event = NewsEvent.newBuilder()
          .setType(type)
          .setActors(who)
          .setDate(date)
          .setSummary(summary)
          .setEvidence(summary + (date.getExpression() == null ? "" : " " + date.getExpression())
              + ", officials said, in what " + (who.size() > 2 ? who.get(2).getName() : "observers")
              + " described as a " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of note.")
          .setAfter(null)
          .setOrigin(EventOrigin.EXTRACTED)
          .setRetracted(false);
    }
    return event
        .setId(eventId(index))
        .setArticleId(articleId)
        .setOutlet(outlet)
        .setUrl("https://news.example/" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + articleId)
        .setEvidenceStart(null)
        .setEvidenceEnd(null)
        .setReportedAt(reportedAt)
        .build();
  }

  /** An independent random stream per event and purpose, so changing one draw moves no other. */
  private SplittableRandom random(long index, long purpose) {
    return new SplittableRandom(mix64(seed ^ mix64(index * 4 + purpose + 0x632BE59BD9B4E019L)));
  }

  private static Instant reportedAt(long index, SplittableRandom random) {
    long jitter = random.nextLong(REPORT_GAP_SECONDS);
    return STORY_START.plusSeconds(index * REPORT_GAP_SECONDS + jitter);
  }

  private List<Actor> drawActors(SplittableRandom random) {
    int wanted = actorsPerEvent(random.nextDouble());
    List<Actor> who = new ArrayList<>(wanted);
    while (who.size() < wanted) {
      int pick = Arrays.binarySearch(popularity, random.nextDouble());
      Actor actor = actors[Math.min(actorCount - 1, pick >= 0 ? pick : -pick - 1)];
      if (!who.contains(actor)) {
        who.add(actor);
      }
    }
    return who;
  }

  /** 1 to 5 actors: 10%, 25%, 30%, 25%, 10%; 3 on average. */
  private static int actorsPerEvent(double u) {
    return u < 0.10 ? 1 : u < 0.35 ? 2 : u < 0.65 ? 3 : u < 0.90 ? 4 : 5;
  }

  private static EventDate recentDate(Instant reportedAt, SplittableRandom random) {
    LocalDate reported = LocalDate.ofInstant(reportedAt, ZoneOffset.UTC);
    double u = random.nextDouble();
    if (u < 0.70) {
      LocalDate day = reported.minusDays(random.nextInt(4));
      return date(day, day, DatePrecision.DAY, "on " + day.getDayOfMonth() + " "
          + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ROOT));
    }
    LocalDate around = reported.minusDays(random.nextInt(21));
    if (u < 0.85) {
      LocalDate first = around.withDayOfMonth(1);
      return date(first, first.plusMonths(1).minusDays(1), DatePrecision.MONTH,
          "in " + around.getMonth().getDisplayName(TextStyle.FULL, Locale.ROOT));
    }
    if (u < 0.95) {
      LocalDate first = around.withDayOfMonth(1).withMonth(1 + 3 * ((around.getMonthValue() - 1) / 3));
      return date(first, first.plusMonths(3).minusDays(1), DatePrecision.QUARTER,
          "in the quarter to " + first.plusMonths(2).getMonth().getDisplayName(TextStyle.FULL, Locale.ROOT));
    }
    return date(null, reported, DatePrecision.ON_OR_BEFORE, "recently");
  }

  private static EventDate lateDate(Instant reportedAt, SplittableRandom random) {
    LocalDate reported = LocalDate.ofInstant(reportedAt, ZoneOffset.UTC);
    LocalDate end = reported.minusDays(30 + random.nextInt(5 * 365 - 30));
    return date(null, end, DatePrecision.ON_OR_BEFORE, "before " + end.getYear());
  }

  private static EventDate date(LocalDate start, LocalDate end, DatePrecision precision, String expression) {
    return EventDate.newBuilder().setStart(start).setEnd(end).setPrecision(precision).setExpression(expression).build();
  }

  private static String otherOutlet(String outlet, SplittableRandom random) {
    String other = OUTLETS[random.nextInt(OUTLETS.length)];
    return other.equals(outlet) ? OUTLETS[(Arrays.asList(OUTLETS).indexOf(outlet) + 1) % OUTLETS.length] : other;
  }

  private static double[] cumulativeZipf(int n, double skew) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int k = 1; k <= n; k++) {
      sum += 1 / Math.pow(k, skew);
      cumulative[k - 1] = sum;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= sum;
    }
    return cumulative;
  }

  /** {@code value} in decimal, left-padded with zeros to {@code width} digits (String.format is slow). */
  private static String padded(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** Stafford's variant 13 of the 64-bit MurmurHash3 finaliser. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

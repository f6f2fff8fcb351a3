package io.newstimeline.testing;

import static io.newstimeline.testing.TimelineFixtures.*;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Generates records of {@code news.events} that the timeline must refuse: bytes that are not a
 * report, and reports that cannot be placed. Deterministic for a seed. Each record has a unique
 * key ({@code poison-<n>}), and no report it holds shares an id with a good one.
 */
public final class PoisonCorpus {

  /** A bad record: what is wrong with it, its key and its value (null for a null value). */
  public record Poison(Kind kind, String key, byte[] value) {}

  /** The ways a record is bad. */
  public enum Kind {
    // Not a readable report.
    RANDOM_BYTES, WRONG_MAGIC_BYTE, UNKNOWN_SCHEMA_ID, ANOTHER_RECORD_TYPE, TRUNCATED_AVRO, TWO_GB_LENGTH, NULL_VALUE,
    INVALID_UTF8, TRAILING_BYTES,
    // A readable report that cannot be placed.
    END_BEFORE_START, PRECISION_DOES_NOT_FIT, NO_ACTORS, TOO_MANY_ACTORS, ONE_MB_TEXT, YEAR_0001, YEAR_9999,
    CONTROL_CHARACTER_IN_ID, TOO_LONG_ID, BLANK_ACTOR_ID, LONE_SURROGATE_IN_ID;

    /** Whether the record cannot even be decoded (the kinds a broker test sends). */
    public boolean isByteLevel() {
      return ordinal() <= TRAILING_BYTES.ordinal();
    }
  }

  /** One in this many records is a 1 MB report, so that a corpus of 10,000 holds ~10 MB of them, not 500 MB. */
  private static final int ONE_MB_EVERY = 1000;
  private static final Instant PUBLISHED = Instant.parse("2023-09-01T12:00:00Z");

  private final String topic;
  private final Serializer<NewsEvent> events;
  private final Serializer<Article> articles;
  private final SplittableRandom random;

  /**
   * A generator of records for {@code topic}, encoding reports with {@code events} and another
   * record type with {@code articles} (both registered with the registry the timeline reads from).
   */
  public PoisonCorpus(String topic, Serializer<NewsEvent> events, Serializer<Article> articles, long seed) {
    this.topic = topic;
    this.events = events;
    this.articles = articles;
    this.random = new SplittableRandom(seed);
  }

  /** {@code count} bad records of {@code kinds}, taking turns. */
  public List<Poison> generate(int count, List<Kind> kinds) {
    List<Kind> usual = kinds.stream().filter(kind -> kind != Kind.ONE_MB_TEXT).toList();
    List<Poison> corpus = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      Kind kind = kinds.contains(Kind.ONE_MB_TEXT) && n % ONE_MB_EVERY == ONE_MB_EVERY - 1 ? Kind.ONE_MB_TEXT
          : usual.get(n % usual.size());
      String key = "poison-" + n;
      corpus.add(new Poison(kind, key, value(kind, key)));
    }
    return corpus;
  }

  /** {@code count} bad records of every kind. */
  public List<Poison> generate(int count) {
    return generate(count, List.of(Kind.values()));
  }

  private byte[] value(Kind kind, String id) {
    return switch (kind) {
      case RANDOM_BYTES -> randomBytes(random.nextInt(0, 64));
      case WRONG_MAGIC_BYTE -> withByte(encode(report(id)), 0, (byte) random.nextInt(1, 256));
      case UNKNOWN_SCHEMA_ID -> withSchemaId(encode(report(id)), 0x7F000000 + random.nextInt(1 << 20));
      case ANOTHER_RECORD_TYPE -> articles.serialize(topic + ".other-type",
          article(id, "LBC", PUBLISHED));
      case TRUNCATED_AVRO -> {
        byte[] whole = encode(report(id));
        yield Arrays.copyOf(whole, random.nextInt(5, whole.length));
      }
      case TWO_GB_LENGTH -> {
        byte[] header = Arrays.copyOf(encode(report(id)), 5);
        // Avro's zig-zag varint of Integer.MAX_VALUE: a string that says it is 2 GB long, followed by 8 bytes.
        byte[] length = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
        yield concat(header, length, "8 bytes!".getBytes(StandardCharsets.US_ASCII));
      }
      case NULL_VALUE -> null;
      case INVALID_UTF8 -> invalidUtf8(id);
      case TRAILING_BYTES -> concat(encode(report(id)), randomBytes(random.nextInt(1, 16)));
      case END_BEFORE_START -> encode(dated(id, LocalDate.parse("2023-08-31"), LocalDate.parse("2023-08-01"), DatePrecision.RANGE));
      case PRECISION_DOES_NOT_FIT -> encode(random.nextBoolean()
          ? dated(id, LocalDate.parse("2023-08-01"), LocalDate.parse("2023-08-31"), DatePrecision.DAY)
          : dated(id, LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31"), DatePrecision.MONTH));
      case NO_ACTORS -> encode(with(report(id), b -> b.setActors(List.of())));
      case TOO_MANY_ACTORS -> encode(with(report(id), b -> b.setActors(IntStream.range(0, 100)
          .mapToObj(i -> actor("crowd-" + i, "Crowd " + i, ActorKind.PERSON)).toList())));
      case ONE_MB_TEXT -> encode(with(report(id), b -> b.setEvidence("x".repeat(1 << 20))));
      case YEAR_0001 -> encode(dated(id, LocalDate.of(1, 3, 1), LocalDate.of(1, 3, 1), DatePrecision.DAY));
      case YEAR_9999 -> encode(dated(id, null, LocalDate.of(9999, 6, 30), DatePrecision.ON_OR_BEFORE));
      case CONTROL_CHARACTER_IN_ID -> encode(with(report(id), b -> b.setId(id + "\n" + id)));
      case TOO_LONG_ID -> encode(with(report(id), b -> b.setId(id + "-" + "x".repeat(300))));
      case BLANK_ACTOR_ID -> encode(with(report(id), b -> b.setActors(List.of(actor(" ", "Blank", ActorKind.OTHER)))));
      case LONE_SURROGATE_IN_ID -> loneSurrogate(id);
    };
  }

  /** A good-looking report of {@code id}; what each kind spoils. */
  private static NewsEvent report(String id) {
    Actor actor = actor("poisoned-actor", "Poisoned Actor", ActorKind.PERSON);
    return event(id, "LBC", PUBLISHED, EventType.STATEMENT, day("2023-08-30"), actor, KIM);
  }

  private static NewsEvent dated(String id, LocalDate start, LocalDate end, DatePrecision precision) {
    return with(report(id), b -> b.setDate(
        EventDate.newBuilder().setStart(start).setEnd(end).setPrecision(precision).setExpression(null).build()));
  }

  private static NewsEvent with(NewsEvent report, Function<NewsEvent.Builder, NewsEvent.Builder> change) {
    return change.apply(NewsEvent.newBuilder(report)).build();
  }

  private byte[] encode(NewsEvent report) {
    return events.serialize(topic, report);
  }

  /** A report whose summary (or id) holds a byte that is not UTF-8; Avro's own decoder would read it as U+FFFD. */
  private byte[] invalidUtf8(String id) {
    boolean inId = random.nextBoolean();
    String marker = "MARKER-" + id;
    NewsEvent report = inId ? with(report(id), b -> b.setId(marker)) : with(report(id), b -> b.setSummary(marker));
    return replace(encode(report), marker, (byte) (random.nextBoolean() ? 0xFF : 0xC3));
  }

  /** A report whose id holds the UTF-8-like bytes of a lone surrogate (ED A0 80), which Java decodes as '?'-like text. */
  private byte[] loneSurrogate(String id) {
    String marker = "SURR" + id;
    byte[] encoded = encode(with(report(id), b -> b.setId(marker)));
    int at = indexOf(encoded, marker.getBytes(StandardCharsets.UTF_8));
    encoded[at] = (byte) 0xED;
    encoded[at + 1] = (byte) 0xA0;
    encoded[at + 2] = (byte) 0x80;
    return encoded;
  }

  /** {@code encoded} with the last byte of {@code marker} (same length, so Avro lengths still hold) set to {@code bad}. */
  private static byte[] replace(byte[] encoded, String marker, byte bad) {
    byte[] bytes = marker.getBytes(StandardCharsets.UTF_8);
    encoded[indexOf(encoded, bytes) + bytes.length - 1] = bad;
    return encoded;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("marker not found in the encoded report");
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] withByte(byte[] bytes, int at, byte value) {
    bytes[at] = value;
    return bytes;
  }

  private static byte[] withSchemaId(byte[] bytes, int id) {
    bytes[1] = (byte) (id >>> 24);
    bytes[2] = (byte) (id >>> 16);
    bytes[3] = (byte) (id >>> 8);
    bytes[4] = (byte) id;
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}

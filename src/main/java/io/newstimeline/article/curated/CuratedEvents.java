package io.newstimeline.article.curated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.newstimeline.InputException;
import io.newstimeline.article.actor.ActorRef;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.event.EventIds;
import io.newstimeline.article.json.DateJson;
import io.newstimeline.article.parse.TextSpan;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventOrigin;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Events written by editors to override or complete extraction, read from a JSON array with the
 * fields of the {@code extract} output plus {@code articleId} (and an optional explicit {@code id}).
 * Each event must quote its evidence sentence from the named article; {@link #forArticle} checks
 * that. Immutable.
 */
public final class CuratedEvents {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** One event of the file as written. */
  record Entry(String articleId, String article, String id, String type, DateJson date, List<String> actors,
      String summary, String evidence, Integer evidenceStart, Integer evidenceEnd, String after) {
  }

  /** One event of the file, checked. */
  private record Curated(String label, String articleId, String id, EventType type, EventDate date,
      List<ActorRef> actors, String summary, String evidence, String after) {
  }

  private final String fileName;
  private final List<Curated> events;

  private CuratedEvents(String fileName, List<Curated> events) {
    this.fileName = fileName;
    this.events = List.copyOf(events);
  }

  /** Returns no curated events: extraction alone. */
  public static CuratedEvents none() {
    return new CuratedEvents("(none)", List.of());
  }

  /**
   * Returns the curated events in {@code file}, with actors named as in {@code gazetteer}.
   *
   * @throws InputException naming the file (and the event) when it cannot be read or an event lacks
   *     a field, has an unknown type, precision or actor, or an inconsistent date
   */
  public static CuratedEvents load(Path file, Gazetteer gazetteer) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read curated events (" + e.getClass().getSimpleName() + ")", e);
    }
    return parse(file.toString(), text, gazetteer);
  }

  /** Returns the curated events in JSON {@code text}, naming {@code fileName} in any error. */
  public static CuratedEvents parse(String fileName, String text, Gazetteer gazetteer) {
    Entry[] entries;
    try {
      entries = JSON.readValue(text, Entry[].class);
    } catch (UnrecognizedPropertyException e) {
      throw new InputException(fileName + ": unknown field '" + e.getPropertyName() + "'", e);
    } catch (JsonProcessingException e) {
      throw new InputException(fileName + ": not a JSON array of events (" + e.getOriginalMessage() + ")", e);
    }
    List<Curated> events = new ArrayList<>();
    for (int i = 0; i < entries.length; i++) {
      events.add(check(fileName, i + 1, entries[i], gazetteer));
    }
    return new CuratedEvents(fileName, events);
  }

  /** How many curated events there are, for all articles. */
  public int size() {
    return events.size();
  }

  /**
   * Returns the curated events of {@code article} as contract events with {@code origin=CURATED},
   * their evidence located in the body.
   *
   * @throws InputException naming the file and event when an evidence sentence is not in the article
   */
  public List<NewsEvent> forArticle(Article article) {
    List<NewsEvent> result = new ArrayList<>();
    for (Curated event : events) {
      if (!event.articleId().equals(article.getId())) {
        continue;
      }
      TextSpan span = EvidenceLocator.find(article.getBody(), event.evidence()).orElseThrow(() -> new InputException(
          fileName + ": event " + event.label() + " quotes evidence not found in article '" + article.getId() + "'"));
      String id = event.id() != null ? event.id() : EventIds.of(article.getId(), span.start(), event.type());
      result.add(NewsEvent.newBuilder()
          .setId(id)
          .setArticleId(article.getId())
          .setOutlet(article.getSource())
          .setUrl(article.getUrl())
          .setType(event.type())
          .setActors(event.actors().stream().map(ActorRef::toAvro).toList())
          .setDate(copy(event.date()))
          .setSummary(event.summary())
          .setEvidence(span.of(article.getBody()))
          .setEvidenceStart(span.start())
          .setEvidenceEnd(span.end())
          .setReportedAt(article.getPublished())
          .setAfter(event.after())
          .setOrigin(EventOrigin.CURATED)
          .setRetracted(false)
          .build());
    }
    return result;
  }

  /** A fresh copy, as Avro records are mutable and each event owns its date. */
  private static EventDate copy(EventDate date) {
    return new EventDate(date.getStart(), date.getEnd(), date.getPrecision(), date.getExpression());
  }

  private static Curated check(String fileName, int position, Entry entry, Gazetteer gazetteer) {
    if (entry == null) {
      throw new InputException(fileName + ": event #" + position + " is null");
    }
    String label = entry.id() != null && !entry.id().isBlank() ? "'" + entry.id() + "'"
        : "#" + position + (entry.type() == null ? "" : " (" + entry.type() + ")");
    String prefix = fileName + ": event " + label;
    String articleId = entry.articleId() != null ? entry.articleId() : entry.article();
    if (articleId == null || articleId.isBlank()) {
      throw new InputException(prefix + " has no 'articleId'");
    }
    if (entry.article() != null && entry.articleId() != null && !entry.article().equals(entry.articleId())) {
      throw new InputException(prefix + " names two articles ('article' and 'articleId' differ)");
    }
    EventType type;
    try {
      type = EventType.valueOf(required(entry.type(), prefix, "type").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputException(prefix + " has unknown type '" + entry.type() + "'", e);
    }
    EventDate date = date(entry.date(), prefix);
    if (entry.actors() == null || entry.actors().isEmpty()) {
      throw new InputException(prefix + " has no 'actors'");
    }
    List<ActorRef> actors = new ArrayList<>();
    for (String name : entry.actors()) {
      actors.add(gazetteer.find(name).orElseThrow(() -> new InputException(
          prefix + " names unknown actor '" + name + "' (add it to the gazetteer)")));
    }
    return new Curated(label, articleId, entry.id(), type, date, List.copyOf(actors),
        required(entry.summary(), prefix, "summary"), required(entry.evidence(), prefix, "evidence"), entry.after());
  }

  private static EventDate date(DateJson json, String prefix) {
    if (json == null) {
      throw new InputException(prefix + " has no 'date'");
    }
    DatePrecision precision;
    try {
      precision = DatePrecision.valueOf(required(json.precision(), prefix, "date.precision").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputException(prefix + " has unknown precision '" + json.precision() + "'", e);
    }
    LocalDate start = day(json.start(), prefix, "date.start");
    LocalDate end = day(json.end(), prefix, "date.end");
    boolean consistent = switch (precision) {
      case DAY -> start != null && start.equals(end);
      case ON_OR_BEFORE -> start == null && end != null;
      default -> start != null && end != null && !end.isBefore(start);
    };
    if (!consistent) {
      throw new InputException(prefix + " has a " + precision + " date with start " + start + " and end " + end);
    }
    return new EventDate(start, end, precision, json.expression());
  }

  private static LocalDate day(String text, String prefix, String field) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InputException(prefix + " has unparsable " + field + " '" + text + "'", e);
    }
  }

  private static String required(String value, String prefix, String field) {
    if (value == null || value.isBlank()) {
      throw new InputException(prefix + " has no '" + field + "'");
    }
    return value;
  }
}

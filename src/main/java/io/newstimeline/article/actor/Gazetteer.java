package io.newstimeline.article.actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.newstimeline.InputException;
import io.newstimeline.avro.ActorKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of the story: canonical ids and display names, with their aliases, short names,
 * metonyms and national adjectives, read from a JSON file ({@code {"actors": [...]}}, see
 * {@link GazetteerEntry}). Immutable and safe to share between threads.
 */
public final class Gazetteer {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  /** The file's top-level shape. */
  record File(List<GazetteerEntry> actors) {
  }

  private final Map<String, ActorRef> byId;
  private final Map<String, ActorRef> byLowerName;
  private final Map<String, MonthDay> nationalDays;
  private final AliasIndex aliases = new AliasIndex();

  private Gazetteer(List<GazetteerEntry> entries, String fileName) {
    Map<String, ActorRef> ids = new LinkedHashMap<>();
    Map<String, ActorRef> names = new HashMap<>();
    Map<String, MonthDay> days = new HashMap<>();
    int position = 0;
    for (GazetteerEntry entry : entries) {
      position++;
      ActorRef actor = actor(entry, fileName, position);
      if (ids.putIfAbsent(actor.id(), actor) != null) {
        throw new InputException(fileName + ": duplicate actor id '" + actor.id() + "'");
      }
      names.put(actor.name().toLowerCase(Locale.ROOT), actor);
      aliases.add(actor.name(), actor, MentionKind.NAME, Set.of());
      for (String alias : entry.aliases()) {
        boolean shortPersonName = actor.isPerson() && !alias.strip().contains(" ");
        aliases.add(alias, actor, shortPersonName ? MentionKind.SHORT_NAME : MentionKind.NAME, Set.of());
        names.putIfAbsent(alias.toLowerCase(Locale.ROOT), actor);
      }
      for (String shortName : shortNames(entry, actor)) {
        aliases.add(shortName, actor, MentionKind.SHORT_NAME, Set.of());
      }
      for (String metonym : entry.metonyms()) {
        aliases.add(metonym, actor, MentionKind.METONYM, Set.of());
      }
      for (String adjective : entry.adjectives()) {
        aliases.add(adjective, actor, MentionKind.ADJECTIVE, Set.of());
      }
      for (String alias : entry.homeAliases()) {
        aliases.add(alias, actor, MentionKind.NAME, Set.copyOf(entry.homeZones()));
      }
      if (entry.nationalDay() != null) {
        MonthDay day = nationalDay(entry, fileName);
        days.put(actor.name().toLowerCase(Locale.ROOT), day);
        for (String alias : entry.aliases()) {
          days.put(alias.toLowerCase(Locale.ROOT).replaceFirst("^the ", ""), day);
        }
      }
    }
    for (ActorRef actor : ids.values()) {
      if (actor.affiliation() != null && !ids.containsKey(actor.affiliation())) {
        throw new InputException(fileName + ": actor '" + actor.id() + "' has unknown affiliation '"
            + actor.affiliation() + "'");
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.byLowerName = Map.copyOf(names);
    this.nationalDays = Map.copyOf(days);
  }

  /**
   * Returns the gazetteer in {@code file}.
   *
   * @throws InputException naming the file when it cannot be read, is not JSON of the expected
   *     shape, or has an actor without id, name or a known kind, or a duplicate id
   */
  public static Gazetteer load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read gazetteer (" + e.getClass().getSimpleName() + ")", e);
    }
    return parse(file.toString(), text);
  }

  /** Returns the gazetteer in JSON {@code text}, naming {@code fileName} in any error. */
  public static Gazetteer parse(String fileName, String text) {
    File parsed;
    try {
      parsed = JSON.readValue(text, File.class);
    } catch (UnrecognizedPropertyException e) {
      throw new InputException(fileName + ": unknown field '" + e.getPropertyName() + "'", e);
    } catch (JsonProcessingException e) {
      throw new InputException(fileName + ": not a valid gazetteer (" + e.getOriginalMessage() + ")", e);
    }
    if (parsed == null || parsed.actors() == null) {
      throw new InputException(fileName + ": gazetteer has no 'actors' list");
    }
    return new Gazetteer(parsed.actors(), fileName);
  }

  /** Returns a gazetteer of {@code entries}, for tests and embedding. */
  public static Gazetteer of(List<GazetteerEntry> entries) {
    return new Gazetteer(entries, "gazetteer");
  }

  /** Returns the actor with canonical id {@code id}. */
  public Optional<ActorRef> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Returns the actor whose display name or alias is {@code name}, ignoring case. */
  public Optional<ActorRef> find(String name) {
    return Optional.ofNullable(byLowerName.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** All actors, in file order. */
  public List<ActorRef> actors() {
    return List.copyOf(byId.values());
  }

  /** Returns the leaders affiliated with the government or body {@code id} ("the North Korean leader"). */
  List<ActorRef> leadersOf(String id) {
    List<ActorRef> leaders = new ArrayList<>();
    for (ActorRef actor : byId.values()) {
      if (actor.leader() && id.equals(actor.affiliation())) {
        leaders.add(actor);
      }
    }
    return leaders;
  }

  /** National days by lower-case country name and alias, for the temporal rules. */
  public Map<String, MonthDay> nationalDays() {
    return nationalDays;
  }

  AliasIndex aliases() {
    return aliases;
  }

  private static ActorRef actor(GazetteerEntry entry, String fileName, int position) {
    if (entry.id() == null || entry.id().isBlank()) {
      throw new InputException(fileName + ": actor " + position + " has no 'id'");
    }
    if (entry.name() == null || entry.name().isBlank()) {
      throw new InputException(fileName + ": actor '" + entry.id() + "' has no 'name'");
    }
    ActorKind kind;
    try {
      kind = ActorKind.valueOf(entry.kind() == null ? "" : entry.kind().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputException(fileName + ": actor '" + entry.id() + "' has unknown kind '" + entry.kind() + "'", e);
    }
    Gender gender;
    try {
      gender = Gender.parse(entry.gender());
    } catch (IllegalArgumentException e) {
      throw new InputException(fileName + ": actor '" + entry.id() + "' has unknown gender '" + entry.gender() + "'", e);
    }
    return new ActorRef(entry.id().strip(), entry.name().strip(), kind, gender, Boolean.TRUE.equals(entry.leader()),
        entry.affiliation() == null || entry.affiliation().isBlank() ? null : entry.affiliation().strip());
  }

  /** A person's short names: as listed, or else the last word of the display name ("Shoigu"). */
  private static List<String> shortNames(GazetteerEntry entry, ActorRef actor) {
    if (entry.shortNames() != null) {
      return entry.shortNames();
    }
    if (!actor.isPerson()) {
      return List.of();
    }
    String[] words = actor.name().split("\\s+");
    return words.length >= 2 ? List.of(words[words.length - 1]) : List.of();
  }

  private static MonthDay nationalDay(GazetteerEntry entry, String fileName) {
    try {
      return MonthDay.parse(entry.nationalDay().strip(), MONTH_DAY);
    } catch (DateTimeException e) {
      throw new InputException(fileName + ": actor '" + entry.id() + "' has nationalDay '" + entry.nationalDay()
          + "', expected MM-DD", e);
    }
  }
}

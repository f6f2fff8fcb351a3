package io.newstimeline.tools.eval.timeline;

import io.newstimeline.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One target entity's timeline in the format of SemEval-2015 Task 4 (TimeLine): the entity's name
 * on the first line, then one line per position, {@code position TAB date TAB mention [TAB
 * mention ...]}, where a mention is {@code docId-sentence-word} and the date is {@code YYYY-MM-DD}
 * with {@code XX} for unknown parts ({@code XXXX-XX-XX}: not anchored). Position 0 holds events
 * that could not be ordered. Several lines may share a position.
 */
public record EntityTimeline(String entity, List<Position> positions) {

  /** The date of an event that is not anchored to the calendar. */
  public static final String UNANCHORED = "XXXX-XX-XX";

  /** Mentions of events at one position, with the date they are anchored to. */
  public record Position(int order, String date, List<String> mentions) {

    public Position {
      mentions = List.copyOf(mentions);
    }

    /** True when the date fixes at least the year. */
    public boolean anchored() {
      return !date.startsWith("XXXX");
    }
  }

  public EntityTimeline {
    positions = List.copyOf(positions);
  }

  /**
   * Returns the timeline in {@code file}.
   *
   * @throws InputException naming the file and line when it is not in the task's format
   */
  public static EntityTimeline read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read timeline (" + e.getClass().getSimpleName() + ")", e);
    }
    return parse(file.toString(), lines);
  }

  /** Returns the timeline in {@code lines}, naming {@code source} in errors. */
  public static EntityTimeline parse(String source, List<String> lines) {
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new InputException(source + ": no entity name on the first line");
    }
    List<Position> positions = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length < 3) {
        throw new InputException(source + ":" + (i + 1) + ": expected position, date and mentions separated by tabs");
      }
      int order;
      try {
        order = Integer.parseInt(fields[0].strip());
      } catch (NumberFormatException e) {
        throw new InputException(source + ":" + (i + 1) + ": position '" + fields[0] + "' is not a number", e);
      }
      List<String> mentions = Arrays.stream(fields, 2, fields.length).map(String::strip).filter(m -> !m.isEmpty())
          .toList();
      positions.add(new Position(order, fields[1].strip(), mentions));
    }
    return new EntityTimeline(lines.get(0).strip(), positions);
  }

  /** Returns this timeline in the task's format, one line per position, ending with a line break. */
  public String format() {
    StringBuilder out = new StringBuilder(entity).append('\n');
    for (Position position : positions) {
      out.append(position.order()).append('\t').append(position.date());
      position.mentions().forEach(m -> out.append('\t').append(m));
      out.append('\n');
    }
    return out.toString();
  }

  /** The task's file name for {@code entity}: lower case, spaces as underscores ("Boeing 777" -> boeing_777.txt). */
  public static String fileName(String entity) {
    return entity.strip().toLowerCase(Locale.ROOT).replace(' ', '_') + ".txt";
  }
}

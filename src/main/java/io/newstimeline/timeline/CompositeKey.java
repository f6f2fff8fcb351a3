package io.newstimeline.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The one codec for keys made of several strings (store keys, thread keys, pair keys): each part
 * escaped, parts joined by {@code |}. Stateless.
 *
 * <p>Escaping: {@code {} becomes <code>{{</code> and {@code |} becomes <code>{}</code>; every other
 * character is kept. So an encoded part never holds a bare {@code |}, and:
 * <ul>
 *   <li><b>No collisions</b>: different part lists give different keys, and {@link #parts} gives
 *       the parts back, whatever Unicode the parts hold ({@code a|b} as one part is {@code a{}b},
 *       never the pair {@code a}, {@code b}).
 *   <li><b>Prefix scans stay exact</b>: the keys that extend {@code key} by one or more parts are
 *       exactly those in [{@link #firstExtending}, {@link #pastExtending}), as UTF-8 bytes (how
 *       RocksDB and the in-memory stores order {@code String} keys) and as Java strings: actor
 *       {@code russia}'s range never holds actor {@code russia|x4}'s entries.
 *   <li><b>Order within a part is kept</b>: the escapes sort as the characters they replace
 *       ({@code {} < {@code |} and both are adjacent code points), so among keys with equal
 *       leading parts, the order of a following fixed-width part (an ISO day) or of the last part
 *       (a sort key) is the order of the raw strings. Range scans by day and by sort key rely on it.
 *   <li><b>Ordinary ids are unchanged</b>: a part without {@code {} or {@code |} is written as is,
 *       so {@code kim-jong-un|vladimir-putin} reads as it always did.
 * </ul>
 * Parts must be well-formed UTF-16 (no lone surrogate): UTF-8 cannot carry a lone surrogate, so two
 * such strings could serialize to the same bytes. {@link EventValidator} keeps them out of ids.
 */
public final class CompositeKey {

  /** Between parts. */
  public static final char SEPARATOR = '|';
  /** Starts a two-character escape; the code point right before {@link #SEPARATOR}. */
  static final char ESCAPE = '{';
  /** The code point right after {@link #SEPARATOR}: keys extending a key sort before key + this. */
  private static final char PAST_SEPARATOR = '}';

  private CompositeKey() {}

  /** The key of {@code parts}, in order. */
  public static String of(String... parts) {
    StringBuilder key = new StringBuilder(16 * parts.length);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        key.append(SEPARATOR);
      }
      appendEscaped(key, parts[i]);
    }
    return key.toString();
  }

  /** The key of the parts of {@code key} followed by {@code parts}. */
  public static String extend(String key, String... parts) {
    return append(key, of(parts));
  }

  /** The key of the parts of {@code key} followed by those of {@code suffix}; both made by this codec. */
  public static String append(String key, String suffix) {
    return key + SEPARATOR + suffix;
  }

  /** The least key that extends {@code key} by more parts: the inclusive start of a prefix scan. */
  public static String firstExtending(String key) {
    return key + SEPARATOR;
  }

  /** A bound above every key that extends {@code key} and below every other key above them: the exclusive end of a prefix scan. */
  public static String pastExtending(String key) {
    return key + PAST_SEPARATOR;
  }

  /** The parts {@code key} was made of. @throws IllegalArgumentException if this codec did not make it */
  public static List<String> parts(String key) {
    List<String> parts = new ArrayList<>(4);
    StringBuilder part = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == SEPARATOR) {
        parts.add(part.toString());
        part.setLength(0);
      } else if (c == ESCAPE) {
        char escaped = i + 1 < key.length() ? key.charAt(++i) : 0;
        if (escaped == ESCAPE) {
          part.append(ESCAPE);
        } else if (escaped == PAST_SEPARATOR) {
          part.append(SEPARATOR);
        } else {
          throw new IllegalArgumentException("Not a composite key (bad escape at " + (i - 1) + "): " + key);
        }
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }

  /** {@code part} as written in a key. */
  public static String escape(String part) {
    if (!needsEscape(part)) {
      return part;
    }
    StringBuilder escaped = new StringBuilder(part.length() + 4);
    appendEscaped(escaped, part);
    return escaped.toString();
  }

  private static void appendEscaped(StringBuilder key, String part) {
    if (!needsEscape(part)) {
      key.append(part);
      return;
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == ESCAPE) {
        key.append(ESCAPE).append(ESCAPE);
      } else if (c == SEPARATOR) {
        key.append(ESCAPE).append(PAST_SEPARATOR);
      } else {
        key.append(c);
      }
    }
  }

  private static boolean needsEscape(String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == ESCAPE || c == SEPARATOR) {
        return true;
      }
    }
    return false;
  }
}

package io.newstimeline.article.event;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.parse.Token;
import io.newstimeline.article.parse.Tokenizer;
import io.newstimeline.avro.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that name events, by event type, read from {@code triggers.txt} next to this class and
 * indexed by first word, so finding the triggers of a sentence is one pass over its tokens. After the
 * first word a phrase may use {@code *} for any word and {@code capword} for a capitalised one.
 */
public final class TriggerLexicon {

  private static final String RESOURCE = "triggers.txt";
  /** In a phrase, any one word. */
  static final String ANY_WORD = "*";
  /** In a phrase, one capitalised word, such as a place name. */
  static final String CAPITALISED_WORD = "capword";

  private record Phrase(List<String> words, EventType type) {
  }

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

  private TriggerLexicon(List<Phrase> phrases) {
    for (Phrase phrase : phrases) {
      byFirstWord.computeIfAbsent(phrase.words().get(0), k -> new ArrayList<>()).add(phrase);
    }
    for (List<Phrase> list : byFirstWord.values()) {
      list.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed());
    }
  }

  /** Returns the lexicon shipped with the extractor. */
  public static TriggerLexicon standard() {
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the lexicon in {@code text}, in the format of {@code triggers.txt}. */
  public static TriggerLexicon parse(String text) {
    List<Phrase> phrases = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        EventType type = EventType.valueOf(line.substring(0, colon).strip());
        for (String alternative : line.substring(colon + 1).split("\\|")) {
          for (String phrase : expand(alternative.strip())) {
            List<String> words = Tokenizer.tokenize(phrase, phrase).stream().map(Token::lower).toList();
            if (!words.isEmpty()) {
              phrases.add(new Phrase(words, type));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TriggerLexicon(phrases);
  }

  /** Returns the triggers of {@code sentence} in order, the longest phrase winning where phrases overlap. */
  public List<Trigger> find(ParsedSentence sentence) {
    List<Trigger> triggers = new ArrayList<>();
    int i = 0;
    while (i < sentence.size()) {
      List<Phrase> candidates = byFirstWord.get(sentence.token(i).lower());
      Phrase found = null;
      if (candidates != null) {
        for (Phrase phrase : candidates) {
          if (matches(sentence, i, phrase.words())) {
            found = phrase;
            break;
          }
        }
      }
      if (found == null) {
        i++;
      } else {
        triggers.add(new Trigger(found.type(), i, i + found.words().size()));
        i += found.words().size();
      }
    }
    return triggers;
  }

  private static boolean matches(ParsedSentence sentence, int i, List<String> words) {
    if (i + words.size() > sentence.size()) {
      return false;
    }
    for (int k = 1; k < words.size(); k++) {
      Token token = sentence.token(i + k);
      String word = words.get(k);
      boolean same = switch (word) {
        case ANY_WORD -> token.isWord();
        case CAPITALISED_WORD -> token.isWord() && token.isCapitalised();
        default -> token.lower().equals(word);
      };
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** Expands "{a,b} c~" into every phrase it stands for. */
  static Set<String> expand(String pattern) {
    Set<String> out = new LinkedHashSet<>();
    int open = pattern.indexOf('{');
    if (open >= 0) {
      int close = pattern.indexOf('}', open);
      for (String option : pattern.substring(open + 1, close).split(",")) {
        out.addAll(expand(pattern.substring(0, open) + option.strip() + pattern.substring(close + 1)));
      }
      return out;
    }
    List<List<String>> forms = new ArrayList<>();
    for (String word : pattern.toLowerCase(Locale.ROOT).split("\\s+")) {
      forms.add(word.endsWith("~") ? verbForms(word.substring(0, word.length() - 1)) : List.of(word));
    }
    combine(forms, 0, "", out);
    return out;
  }

  private static void combine(List<List<String>> forms, int k, String prefix, Set<String> out) {
    if (k == forms.size()) {
      out.add(prefix.strip());
      return;
    }
    for (String form : forms.get(k)) {
      combine(forms, k + 1, prefix + " " + form, out);
    }
  }

  /** The regular forms of a verb: base, third person, past and -ing ("arrive" -> arrives, arrived, arriving). */
  static List<String> verbForms(String base) {
    if (base.endsWith("e")) {
      String stem = base.substring(0, base.length() - 1);
      return List.of(base, base + "s", base + "d", stem + "ing");
    }
    if (base.endsWith("y") && base.length() > 1 && !isVowel(base.charAt(base.length() - 2))) {
      String stem = base.substring(0, base.length() - 1);
      return List.of(base, stem + "ies", stem + "ied", base + "ing");
    }
    int n = base.length();
    boolean doubles = n <= 4 && n >= 3 && !isVowel(base.charAt(n - 1)) && isVowel(base.charAt(n - 2))
        && !isVowel(base.charAt(n - 3)) && "wxy".indexOf(base.charAt(n - 1)) < 0;
    String stem = doubles ? base + base.charAt(n - 1) : base;
    String third = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") ? base + "es"
        : base + "s";
    return List.of(base, third, stem + "ed", stem + "ing");
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}

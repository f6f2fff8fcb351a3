package io.newstimeline.article.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Reads a word list shipped next to this class: words separated by white space, {@code #} lines are comments. */
final class WordList {

  private WordList() {
  }

  /** Returns the words of resource {@code name}, as written (case kept). */
  static Set<String> load(String name) {
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      Set<String> words = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        for (String word : content.split("\\s+")) {
          words.add(word);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

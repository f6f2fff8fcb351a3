package io.newstimeline.tools.eval.ecbplus;

import io.newstimeline.InputException;
import io.newstimeline.tools.eval.cat.CatDocument;
import io.newstimeline.tools.eval.cat.CatReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ECB+ corpus (CC BY 3.0, Cybulska and Vossen 2014): one directory per topic of CAT files named
 * {@code <topic>_<n>ecb.xml} and {@code <topic>_<n>ecbplus.xml}, beside
 * {@code ECBplus_coreference_sentences.csv}, which lists the sentences whose annotation is complete.
 */
public final class EcbCorpus {

  /** The file that lists the sentences to score. */
  public static final String SENTENCES = "ECBplus_coreference_sentences.csv";

  /** One topic: its number and documents, by file name. */
  public record Topic(int number, List<Document> documents) {
    public Topic {
      documents = List.copyOf(documents);
    }
  }

  /**
   * One document of a topic.
   *
   * @param file the file name without topic and extension, as the sentence list names it ({@code 10ecbplus})
   * @param scored the numbers of its sentences whose annotation is complete
   */
  public record Document(int topic, String file, CatDocument cat, Set<Integer> scored) {
    public Document {
      scored = Set.copyOf(scored);
    }
  }

  private EcbCorpus() {
  }

  /**
   * Reads every topic directory under {@code directory}, in topic order.
   *
   * @throws InputException when it is no ECB+ corpus or a file is malformed
   */
  public static List<Topic> read(Path directory) {
    Path sentences = directory.resolve(SENTENCES);
    if (!Files.isDirectory(directory) || !Files.isRegularFile(sentences)) {
      throw new InputException(directory + ": no ECB+ corpus (topic directories beside " + SENTENCES + ")");
    }
    Map<String, Set<Integer>> scored = scoredSentences(sentences);
    List<Topic> topics = new ArrayList<>();
    for (Path topicDir : topicDirectories(directory)) {
      int number = Integer.parseInt(topicDir.getFileName().toString());
      List<Document> documents = new ArrayList<>();
      for (CatDocument cat : CatReader.readCorpus(topicDir)) {
        String name = cat.name().isEmpty() ? "" : cat.name().replaceFirst("\\.xml$", "");
        String file = name.substring(name.indexOf('_') + 1);
        documents.add(new Document(number, file, cat, scored.getOrDefault(number + "_" + file, Set.of())));
      }
      topics.add(new Topic(number, documents));
    }
    if (topics.isEmpty()) {
      throw new InputException(directory + ": no ECB+ topic directories");
    }
    return topics;
  }

  /** {@code <topic>_<file>} to sentence numbers, from the CSV's {@code Topic,File,Sentence Number} rows. */
  private static Map<String, Set<Integer>> scoredSentences(Path csv) {
    Map<String, Set<Integer>> scored = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(csv);
    } catch (IOException e) {
      throw new InputException(csv + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split(",");
      try {
        if (fields.length != 3) {
          throw new NumberFormatException();
        }
        scored.computeIfAbsent(Integer.parseInt(fields[0].strip()) + "_" + fields[1].strip(), k -> new HashSet<>())
            .add(Integer.parseInt(fields[2].strip()));
      } catch (NumberFormatException e) {
        throw new InputException(csv + ": line " + (i + 1) + " is not topic,file,sentence", e);
      }
    }
    return scored;
  }

  private static List<Path> topicDirectories(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(Files::isDirectory)
          .filter(d -> d.getFileName().toString().matches("\\d+"))
          .sorted((a, b) -> Integer.compare(Integer.parseInt(a.getFileName().toString()),
              Integer.parseInt(b.getFileName().toString())))
          .toList();
    } catch (IOException e) {
      throw new InputException(directory + ": cannot list (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}

package io.newstimeline.cli;

import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.producer.LoadedArticle;
import io.newstimeline.topology.TimelineSerdes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code produce}: publishes article files and their events to a running cluster. */
@Command(name = "produce", mixinStandardHelpOptions = true,
    description = "Extracts events from article files and publishes articles and events (Avro, Confluent wire format).")
final class ProduceCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;
  @Mixin ArticleOptions articleOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files, or folders of *.txt articles.")
  List<Path> paths;

  @Override
  public Integer call() {
    List<LoadedArticle> articles = articleOptions.loader().load(paths);
    TopicCatalog topics = connection.topics();
    String bootstrap = connection.reachableBootstrapServers();
    TimelineSerdes serdes = TimelineSerdes.avro(Registries.connect(connection.reachableRegistryUrl()));
    try (TopicAdmin admin = TopicAdmin.connect(bootstrap)) {
      admin.ensureTopics(topics.all());
    }
    try (ArticlePublisher publisher = new ArticlePublisher(bootstrap, "news-timeline-produce", topics,
        serdes.article().serializer(), serdes.event().serializer())) {
      for (LoadedArticle loaded : articles) {
        publisher.publish(loaded.article(), loaded.events());
        System.out.printf("%s: %d events -> %s%n", loaded.article().getId(), loaded.events().size(), topics.events());
      }
    }
    return 0;
  }
}

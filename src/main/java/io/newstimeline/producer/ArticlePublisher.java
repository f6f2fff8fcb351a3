package io.newstimeline.producer;

import io.newstimeline.avro.Article;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.kafka.TopicCatalog;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes an article to {@code news.articles} and its events to {@code news.events}, in one
 * transaction per article, so a reader never sees an article's events half-published.
 *
 * <p>Keys are deterministic (article id, event id) and every record carries the article's
 * publication time as its timestamp, so publishing the same article again creates no duplicate
 * downstream: the timeline treats an identical report as no change.
 */
public final class ArticlePublisher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

  private final KafkaProducer<String, byte[]> producer;
  private final TopicCatalog topics;
  private final Serializer<Article> articles;
  private final Serializer<NewsEvent> events;

  /**
   * A publisher on {@code bootstrapServers}; {@code transactionalId} must be unique per running
   * publisher (a second one with the same id fences the first).
   */
  public ArticlePublisher(String bootstrapServers, String transactionalId, TopicCatalog topics,
      Serializer<Article> articles, Serializer<NewsEvent> events) {
    Map<String, Object> props = KafkaClientConfigs.transactionalProducer(bootstrapServers, transactionalId, transactionalId);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    this.topics = topics;
    this.articles = articles;
    this.events = events;
    producer.initTransactions();
  }

  /** Publishes {@code article} and {@code articleEvents} atomically and waits until they are committed. */
  public void publish(Article article, List<NewsEvent> articleEvents) {
    producer.beginTransaction();
    try {
      long published = article.getPublished().toEpochMilli();
      producer.send(new ProducerRecord<>(topics.articles(), null, published, article.getId(),
          articles.serialize(topics.articles(), article)));
      for (NewsEvent event : articleEvents) {
        producer.send(new ProducerRecord<>(topics.events(), null, event.getReportedAt().toEpochMilli(), event.getId(),
            events.serialize(topics.events(), event)));
      }
      producer.commitTransaction();
      log.info("Published article {} with {} events", article.getId(), articleEvents.size());
    } catch (RuntimeException e) {
      producer.abortTransaction();
      throw e;
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}

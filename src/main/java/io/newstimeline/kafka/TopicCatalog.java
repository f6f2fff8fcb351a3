package io.newstimeline.kafka;

import java.util.List;
import java.util.Map;

/**
 * The one place that names every topic of the public contract and how it is created. Names are
 * {@code <prefix><suffix>}; the default prefix {@code news.} gives {@code news.events},
 * {@code news.timeline}, and so on. Audit replays use another prefix so they never touch the live
 * outputs.
 */
public final class TopicCatalog {

  public static final String DEFAULT_PREFIX = "news.";
  public static final int DEFAULT_PARTITIONS = 3;

  /**
   * The codec every public topic is stored in, whatever its producers used. Dashboards read these
   * topics with clients that decode only some codecs (kafkajs without plugins: gzip or none), so
   * the broker recompresses a batch that arrives in another one: the Streams producer writes LZ4,
   * which stays the codec of the internal topics (changelogs, repartitions), where only Kafka
   * Streams reads. With {@code compression.type=producer} the stored codec would be whatever each
   * producer chose (docs/BENCHMARKS.md, "Readable topics").
   */
  public static final String PUBLIC_COMPRESSION = "gzip";

  private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact",
      "compression.type", PUBLIC_COMPRESSION);
  private static final Map<String, String> DELETE = Map.of("cleanup.policy", "delete", "retention.ms", "-1",
      "compression.type", PUBLIC_COMPRESSION);

  private final String prefix;
  private final String outputPrefix;
  private final int partitions;

  private TopicCatalog(String prefix, String outputPrefix, int partitions) {
    for (String p : new String[] {prefix, outputPrefix}) {
      if (p == null || !p.matches("[A-Za-z0-9._-]*")) {
        throw new IllegalArgumentException("Topic prefix may only hold letters, digits, '.', '_' and '-': " + p);
      }
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("Partitions must be at least 1: " + partitions);
    }
    this.prefix = prefix;
    this.outputPrefix = outputPrefix;
    this.partitions = partitions;
  }

  /** The catalogue with the default prefix {@code news.} and {@value #DEFAULT_PARTITIONS} partitions. */
  public static TopicCatalog defaults() {
    return new TopicCatalog(DEFAULT_PREFIX, DEFAULT_PREFIX, DEFAULT_PARTITIONS);
  }

  /** The catalogue with {@code prefix} in front of every topic name. */
  public static TopicCatalog withPrefix(String prefix) {
    return new TopicCatalog(prefix, prefix, DEFAULT_PARTITIONS);
  }

  /** The same names with {@code partitions} partitions for topics created from now on. */
  public TopicCatalog withPartitions(int partitions) {
    return new TopicCatalog(prefix, outputPrefix, partitions);
  }

  /**
   * The same inputs ({@code articles}, {@code events}) with every output under {@code outputPrefix}:
   * how an audit replay rebuilds the timeline without touching the live outputs or alerts.
   */
  public TopicCatalog withOutputPrefix(String outputPrefix) {
    return new TopicCatalog(prefix, outputPrefix, partitions);
  }

  /** The prefix of the input topics (and of the outputs, unless {@link #withOutputPrefix} changed them). */
  public String prefix() {
    return prefix;
  }

  /** The prefix of the output topics. */
  public String outputPrefix() {
    return outputPrefix;
  }

  /** Articles as published; key: article id. Kept forever: audits replay from it. */
  public String articles() {
    return prefix + "articles";
  }

  /** Dated events, one per article report; key: event id. Kept forever: audits replay from it. */
  public String events() {
    return prefix + "events";
  }

  /** The timeline: latest version of each entry; key: entry id. */
  public String timeline() {
    return outputPrefix + "timeline";
  }

  /** Every change to a timeline entry, with before and after; key: entry id. */
  public String timelineRevisions() {
    return outputPrefix + "timeline-revisions";
  }

  /** Latest entries per actor; key: actor id. */
  public String actorTimelines() {
    return outputPrefix + "actor-timelines";
  }

  /** Pairs of actors sharing entries; key: {@code a|b}. */
  public String actorLinks() {
    return outputPrefix + "actor-links";
  }

  /** One alert the first time a pair of actors is linked; key: {@code a|b}. */
  public String linkAlerts() {
    return outputPrefix + "link-alerts";
  }

  /** Records that could not be read or validated, as received, with the reason in headers. */
  public String deadLetters() {
    return outputPrefix + "dead-letters";
  }

  /** Every topic with the partitions and configs to create it with. */
  public List<TopicSpec> all() {
    List<TopicSpec> all = new java.util.ArrayList<>();
    all.add(new TopicSpec(articles(), partitions, DELETE));
    all.add(new TopicSpec(events(), partitions, DELETE));
    all.addAll(outputs());
    return List.copyOf(all);
  }

  /** The output topics with the partitions and configs to create them with. */
  public List<TopicSpec> outputs() {
    return List.of(
        new TopicSpec(timeline(), partitions, COMPACTED),
        new TopicSpec(timelineRevisions(), partitions, DELETE),
        new TopicSpec(actorTimelines(), partitions, COMPACTED),
        new TopicSpec(actorLinks(), partitions, COMPACTED),
        new TopicSpec(linkAlerts(), partitions, DELETE),
        new TopicSpec(deadLetters(), 1, DELETE));
  }
}

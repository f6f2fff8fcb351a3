package io.newstimeline.tools.soak;

import io.newstimeline.audit.TimelineDigest;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a pipeline has published, reduced to what two runs must agree on: the timeline's digest and
 * size, a digest of the latest actor timeline of each actor and of the latest link of each pair,
 * and how many times each pair was alerted. Revision counters are left out, as by
 * {@link TimelineDigest}: they count a run's processing history, not what it says. So are the
 * alerts' contents: which entry first linked a pair, and when it was reported, depend on the order
 * in which partitions were read (two clean runs of the same events differ there), so runs are
 * compared on which pairs were alerted.
 *
 * @param timelineEntries entries on the timeline topic
 * @param timeline digest of the timeline
 * @param actorTimelines digest of the latest timeline of every actor
 * @param actorTimelineCount actors with a timeline
 * @param links digest of the latest link of every pair
 * @param linkCount linked pairs
 * @param alerts digest of the first alert of each pair, in pair order (for information)
 * @param alertsPerPair how many alerts each pair got
 */
public record PipelineOutputs(int timelineEntries, String timeline, String actorTimelines, int actorTimelineCount,
    String links, int linkCount, String alerts, Map<String, Integer> alertsPerPair) {

  private static final Pattern REVISION = Pattern.compile("\"revision\": -?\\d+");

  /** Reads the outputs named by {@code topics} through {@code snapshot}. */
  public static PipelineOutputs read(TopicSnapshot snapshot, TopicCatalog topics, TimelineSerdes serdes) {
    var entries = snapshot.latest(topics.timeline(), serdes.entry().deserializer()).values();
    Map<String, String> actorTimelines = canonical(snapshot.latest(topics.actorTimelines(),
        serdes.actorTimeline().deserializer()));
    Map<String, String> links = canonical(snapshot.latest(topics.actorLinks(), serdes.actorLink().deserializer()));
    Map<String, Integer> perPair = new TreeMap<>();
    Map<String, String> firstAlerts = new TreeMap<>();
    for (ConsumerRecord<String, LinkAlert> r : snapshot.records(topics.linkAlerts(), serdes.linkAlert().deserializer())) {
      String pair = r.value().getActorA() + " <-> " + r.value().getActorB();
      perPair.merge(pair, 1, Integer::sum);
      firstAlerts.putIfAbsent(pair, REVISION.matcher(r.value().toString()).replaceAll(""));
    }
    return new PipelineOutputs(entries.size(), TimelineDigest.of(entries), digest(actorTimelines),
        actorTimelines.size(), digest(links), links.size(), digest(firstAlerts), perPair);
  }

  /** Pairs alerted more than once: none, when alerts are exactly once. */
  public Map<String, Integer> repeatedAlerts() {
    Map<String, Integer> repeated = new TreeMap<>();
    alertsPerPair.forEach((pair, n) -> {
      if (n > 1) {
        repeated.put(pair, n);
      }
    });
    return repeated;
  }

  /** Whether {@code other} says the same: equal digests and sizes, the same pairs alerted. */
  public boolean sameAs(PipelineOutputs other) {
    return differences(other).isEmpty();
  }

  /** The outputs on which {@code other} says something else: "timeline", "actor timelines", "links", "alerted pairs". */
  public List<String> differences(PipelineOutputs other) {
    List<String> differ = new ArrayList<>();
    if (timelineEntries != other.timelineEntries || !timeline.equals(other.timeline)) {
      differ.add("timeline");
    }
    if (actorTimelineCount != other.actorTimelineCount || !actorTimelines.equals(other.actorTimelines)) {
      differ.add("actor timelines");
    }
    if (linkCount != other.linkCount || !links.equals(other.links)) {
      differ.add("links");
    }
    if (!alertsPerPair.keySet().equals(other.alertsPerPair.keySet())) {
      differ.add("alerted pairs");
    }
    return differ;
  }

  private static <V> Map<String, String> canonical(Map<String, V> latest) {
    Map<String, String> sorted = new TreeMap<>();
    latest.forEach((key, value) -> {
      if (value != null) {
        sorted.put(key, REVISION.matcher(value.toString()).replaceAll(""));
      }
    });
    return sorted;
  }

  private static String digest(Map<String, String> byKey) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
    byKey.forEach((key, value) -> {
      sha.update(key.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\t');
      sha.update(value.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    });
    return HexFormat.of().formatHex(sha.digest());
  }
}

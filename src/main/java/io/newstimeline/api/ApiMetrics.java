package io.newstimeline.api;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code GET /metrics}: the JVM's, each Kafka Streams stage's and the API's own metrics (requests
 * by route and status) in the Prometheus text format, kept by Micrometer.
 */
final class ApiMetrics implements AutoCloseable {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final List<AutoCloseable> binders = new ArrayList<>();

  ApiMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    binders.add(gc);
  }

  /** Adds the metrics of a running stage, tagged with its application id. */
  void bind(KafkaStreams streams, String applicationId) {
    KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams, List.of(Tag.of("application", applicationId)));
    metrics.bindTo(registry);
    binders.add(metrics);
  }

  /** Counts one request to {@code route} answered with {@code status} after {@code nanos}. */
  void request(String route, int status, long nanos) {
    Timer.builder("newstimeline.api.requests")
        .description("Requests to the query API")
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .publishPercentileHistogram()
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    for (AutoCloseable binder : binders) {
      try {
        binder.close();
      } catch (Exception ignored) {
        // releasing metric listeners on shutdown
      }
    }
    registry.close();
  }
}

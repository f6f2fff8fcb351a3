package io.newstimeline.deadletter;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;

/**
 * What both exception handlers do with a record that cannot be read or processed: send it, as
 * received, to the dead-letter topic with Kafka Streams' standard headers
 * ({@code __streams.errors.exception/message/stacktrace/topic/partition/offset}) and write one
 * line to the {@link DeadLetterLog}.
 */
final class DeadLetters {

  private String topic;

  void configure(Map<String, ?> configs) {
    Object name = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    if (name == null) {
      throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
          + " must name the dead-letter topic: a record that cannot be read is never dropped");
    }
    topic = String.valueOf(name);
  }

  /** The dead-letter record of the record {@code key}/{@code value} at {@code context}, logged. */
  List<ProducerRecord<byte[], byte[]>> send(ErrorHandlerContext context, byte[] key, byte[] value, Exception reason) {
    DeadLetterLog.shared().record(context.topic(), context.partition(), context.offset(), context.processorNodeId(),
        reason);
    return List.of(ExceptionHandlerUtils.buildDeadLetterQueueRecord(topic, key, value, context, reason));
  }
}

package io.newstimeline.deadletter;

import io.newstimeline.schema.RegistryUnavailableException;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Sends a record a source node cannot deserialize to the dead letters as received, logs one line,
 * and goes on with the next record. A registry that does not answer is not the record's fault: that
 * fails the stream thread instead ({@link RegistryUnavailableException}), to process it again later.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

  private final DeadLetters deadLetters = new DeadLetters();

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters.configure(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    if (RegistryUnavailableException.isCause(exception)) {
      return Response.fail();
    }
    return Response.resume(deadLetters.send(context, record.key(), record.value(), exception));
  }
}

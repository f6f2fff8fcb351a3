package io.newstimeline.deadletter;

import io.newstimeline.schema.RegistryUnavailableException;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends a record whose processing failed (undecodable or invalid report, see
 * {@code RouteReportsProcessorSupplier}) to the dead letters as received, logs one line, and goes
 * on with the next record. A registry that does not answer is not the record's fault: that fails
 * the stream thread instead ({@link RegistryUnavailableException}), to process it again later.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

  private final DeadLetters deadLetters = new DeadLetters();

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters.configure(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    if (RegistryUnavailableException.isCause(exception)) {
      return Response.fail();
    }
    return Response.resume(deadLetters.send(context, context.sourceRawKey(), context.sourceRawValue(), exception));
  }
}

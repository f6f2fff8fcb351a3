package io.newstimeline.schema;

import io.newstimeline.InputException;
import java.nio.charset.StandardCharsets;

/**
 * The schema log's topic holds a record the embedded registry did not write, e.g. it is the
 * {@code _schemas} topic of a Confluent Schema Registry on the same cluster. The registry refuses
 * to start rather than mix its records with another registry's.
 */
public final class ForeignSchemaLogException extends InputException {

  private static final long serialVersionUID = 1L;
  private static final int KEY_SHOWN = 80;

  ForeignSchemaLogException(String topic, long offset, byte[] key) {
    super("Topic " + topic + " holds records the embedded registry did not write (offset " + offset + ", key "
        + shown(key) + "); give the registry a topic of its own with " + KafkaSchemaLog.TOPIC_FLAG);
  }

  private static String shown(byte[] key) {
    if (key == null) {
      return "null";
    }
    String text = new String(key, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    return text.length() <= KEY_SHOWN ? text : text.substring(0, KEY_SHOWN) + "…";
  }
}

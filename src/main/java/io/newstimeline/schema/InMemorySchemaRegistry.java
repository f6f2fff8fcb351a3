package io.newstimeline.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Schemas kept in memory: global ids shared across subjects (the same schema text gets the same
 * id everywhere, as in Confluent's registry), versions per subject.
 */
public class InMemorySchemaRegistry implements SchemaRegistryClient {

  private final Map<String, Integer> idBySchemaText = new HashMap<>();
  private final Map<Integer, Schema> schemaById = new HashMap<>();
  private final Map<String, List<Integer>> idsBySubject = new HashMap<>();

  @Override
  public synchronized int register(String subject, Schema schema) {
    String text = schema.toString();
    int id = idBySchemaText.computeIfAbsent(text, t -> idBySchemaText.size() + 1);
    schemaById.putIfAbsent(id, schema);
    List<Integer> versions = idsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
    if (!versions.contains(id)) {
      versions.add(id);
    }
    return id;
  }

  @Override
  public synchronized Schema getById(int id) {
    Schema schema = schemaById.get(id);
    if (schema == null) {
      throw new SchemaRegistryException(SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema " + id + " not found");
    }
    return schema;
  }
}

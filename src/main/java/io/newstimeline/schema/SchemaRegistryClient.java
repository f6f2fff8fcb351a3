package io.newstimeline.schema;

import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry API that serdes need: register a schema under a
 * subject and resolve a schema by its global id.
 *
 * <p>Implementations: a REST client talks HTTP to any Confluent-compatible
 * registry; {@link InMemorySchemaRegistry} keeps schemas in memory for tests and for the embedded
 * registry server.
 */
public interface SchemaRegistryClient {

  /**
   * Registers {@code schema} under {@code subject} (idempotent: the same schema gets the same id)
   * and returns its global id.
   *
   * @throws SchemaRegistryException if the registry refuses it (e.g. incompatible, code 409)
   */
  int register(String subject, Schema schema);

  /**
   * Returns the schema registered with global id {@code id}.
   *
   * @throws SchemaRegistryException with code 40403 if no schema has that id
   */
  Schema getById(int id);
}

package io.newstimeline.cli;

import io.newstimeline.schema.RestSchemaRegistryClient;
import io.newstimeline.schema.SchemaRegistryClient;

/** The schema registry client the CLI's commands share. */
final class Registries {

  private Registries() {}

  /** A client of the Confluent-compatible registry at {@code url}. */
  static SchemaRegistryClient connect(String url) {
    return new RestSchemaRegistryClient(url);
  }
}

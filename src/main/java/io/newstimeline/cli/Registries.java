package io.newstimeline.cli;

import io.newstimeline.schema.RegistryAuth;
import io.newstimeline.schema.RestSchemaRegistryClient;
import io.newstimeline.schema.SchemaRegistryClient;

/** The schema registry client the CLI's commands share. */
final class Registries {

  private Registries() {}

  private static volatile RegistryAuth auth = RegistryAuth.NONE;

  /** Makes every client connected from now on authenticate with {@code auth}. */
  static void authenticateWith(RegistryAuth auth) {
    Registries.auth = auth;
  }

  /** A client of the Confluent-compatible registry at {@code url}, with the credentials given on the command line. */
  static SchemaRegistryClient connect(String url) {
    return new RestSchemaRegistryClient(url, RestSchemaRegistryClient.DEFAULT_TIMEOUT, auth);
  }
}

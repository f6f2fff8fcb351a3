package io.newstimeline.cli;

import picocli.CommandLine.Option;

/** Where the query API, live stream and dashboard listen: this machine only unless told otherwise. */
final class HttpOptions {

  @Option(names = "--http-host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address the query API and dashboard listen on (default: ${DEFAULT-VALUE}, this machine only;"
          + " 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--http-port", defaultValue = "8080", paramLabel = "PORT",
      description = "Port of the query API and dashboard; 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port;
}

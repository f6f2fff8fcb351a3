package io.newstimeline.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/** The dashboard and the OpenAPI document, served from the jar: nothing is fetched from elsewhere at run time. */
final class StaticAssets {

  private static final String ROOT = "/io/newstimeline/api/";
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+\\.(html|js|css|svg|yaml)");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "yaml", "application/yaml; charset=utf-8");

  /** An asset's bytes and content type. */
  record Asset(byte[] body, String contentType) {}

  private StaticAssets() {}

  /** The dashboard file {@code name}, or null. */
  static Asset dashboard(String name) throws IOException {
    return load("dashboard/", name);
  }

  /** The OpenAPI document of the API. */
  static Asset openApi() throws IOException {
    return load("", "openapi.yaml");
  }

  private static Asset load(String folder, String name) throws IOException {
    if (!NAME.matcher(name).matches()) {
      return null;
    }
    try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + folder + name)) {
      if (in == null) {
        return null;
      }
      return new Asset(in.readAllBytes(), TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
    }
  }
}

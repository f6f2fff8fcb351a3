package io.newstimeline.schema;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * How the registry client authenticates: HTTP basic auth (Confluent's {@code basic.auth.user.info},
 * {@code USER:PASSWORD}), a static bearer token ({@code bearer.auth.token}), or nothing.
 *
 * @param authorization the value of the {@code Authorization} header, or null for none
 */
public record RegistryAuth(String authorization) {

  /** No authentication. */
  public static final RegistryAuth NONE = new RegistryAuth(null);

  /** Basic auth with {@code userInfo} = {@code USER:PASSWORD}. */
  public static RegistryAuth basic(String userInfo) {
    if (!userInfo.contains(":")) {
      throw new IllegalArgumentException("basic auth needs USER:PASSWORD");
    }
    return new RegistryAuth("Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
  }

  /** A static bearer token. */
  public static RegistryAuth bearer(String token) {
    if (token.isBlank()) {
      throw new IllegalArgumentException("the bearer token is empty");
    }
    return new RegistryAuth("Bearer " + token);
  }

  /**
   * Returns the auth written as {@code basic:USER:PASSWORD} or {@code bearer:TOKEN} (the
   * {@code --registry-auth} form).
   *
   * @throws IllegalArgumentException for any other form
   */
  public static RegistryAuth parse(String text) {
    if (text.startsWith("basic:")) {
      return basic(text.substring("basic:".length()));
    }
    if (text.startsWith("bearer:")) {
      return bearer(text.substring("bearer:".length()));
    }
    throw new IllegalArgumentException("expected basic:USER:PASSWORD or bearer:TOKEN");
  }

  /**
   * Returns the auth Confluent's client settings give ({@code basic.auth.user.info},
   * {@code bearer.auth.token}, keyed without the {@code schema.registry.} prefix), or none.
   */
  public static RegistryAuth fromSettings(Map<String, String> settings) {
    if (settings.containsKey("bearer.auth.token")) {
      return bearer(settings.get("bearer.auth.token"));
    }
    if (settings.containsKey("basic.auth.user.info")) {
      return basic(settings.get("basic.auth.user.info"));
    }
    return NONE;
  }

  /** Returns the {@code Authorization} header value, if any. */
  public Optional<String> header() {
    return Optional.ofNullable(authorization);
  }

  @Override
  public String toString() {
    return authorization == null ? "RegistryAuth[none]" : "RegistryAuth[" + authorization.split(" ")[0] + " ***]";
  }
}

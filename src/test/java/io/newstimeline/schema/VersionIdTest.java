package io.newstimeline.schema;

import static io.newstimeline.schema.RegistryAssertions.assertRegistryError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionIdTest {

  @Test
  void shouldParseNumbersAndLatestInAnyCase() {
    assertThat(VersionId.parse("3")).isEqualTo(VersionId.of(3));
    assertThat(VersionId.parse(" LATEST ")).isEqualTo(VersionId.LATEST);
    assertThat(VersionId.parse("-1")).isEqualTo(VersionId.LATEST);
  }

  @Test
  void shouldRejectZeroNegativesAndWords() {
    String allowed = " is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"";
    assertRegistryError(() -> VersionId.parse("0"), 42202, "The specified version '0'" + allowed);
    assertRegistryError(() -> VersionId.parse("-2"), 42202, "The specified version '-2'" + allowed);
    assertRegistryError(() -> VersionId.parse("first"), 42202, "The specified version 'first'" + allowed);
  }
}

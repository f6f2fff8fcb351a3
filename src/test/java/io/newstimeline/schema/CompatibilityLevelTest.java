package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompatibilityLevelTest {

  @Test
  void shouldFindLevelsByNameIgnoringCase() {
    assertThat(CompatibilityLevel.forName("full_transitive")).contains(CompatibilityLevel.FULL_TRANSITIVE);
    assertThat(CompatibilityLevel.forName("BACKWARD")).contains(CompatibilityLevel.BACKWARD);
    assertThat(CompatibilityLevel.forName("sideways")).isEmpty();
    assertThat(CompatibilityLevel.forName(null)).isEmpty();
  }
}

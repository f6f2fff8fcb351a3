package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrokerOptionsTest {

  @Test
  void shouldDefaultToPort9092AndATemporaryDataDir() {
    BrokerOptions options = BrokerOptions.defaults();

    assertThat(options.port()).isEqualTo(9092);
    assertThat(options.dataDir()).isEmpty();
  }

  @Test
  void shouldReturnCopiesWithTheChosenSettings() {
    BrokerOptions defaults = BrokerOptions.defaults();

    BrokerOptions chosen = defaults.withPort(0).withDataDir(Path.of("data"));

    assertThat(chosen.port()).isZero();
    assertThat(chosen.dataDir()).contains(Path.of("data"));
    assertThat(defaults.port()).isEqualTo(9092);
  }

  @Test
  void shouldRejectPortsOutOfRange() {
    assertThatThrownBy(() -> BrokerOptions.defaults().withPort(65_536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65536");
    assertThatThrownBy(() -> BrokerOptions.defaults().withPort(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

  @Test
  void shouldPickAPortThatCanBeBound() {
    int port = LoopbackPorts.pickFree();

    assertThat(port).isPositive();
    assertThatCode(() -> LoopbackPorts.requireFree(port)).doesNotThrowAnyException();
  }

  @Test
  void shouldReportABusyPortInOneLineNamingTheFlag() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = busy.getLocalPort();

      assertThatThrownBy(() -> LoopbackPorts.requireFree(port))
          .isInstanceOf(PortInUseException.class)
          .hasMessage("Port " + port + " is already in use; choose another with --kafka-port")
          .satisfies(e -> assertThat(((PortInUseException) e).port()).isEqualTo(port));
    }
  }

  @Test
  void shouldReportAPortTakenOnAllInterfacesAsBusy() throws IOException {
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress(0));

      assertThatThrownBy(() -> LoopbackPorts.requireFree(busy.getLocalPort())).isInstanceOf(PortInUseException.class);
    }
  }
}

package io.newstimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product and the tools are compiled together but shipped apart: the product jar leaves out
 * {@code io.newstimeline.tools}, so no product class may use it.
 */
class ProductBoundaryTest {

  @Test
  void shouldKeepProductSourcesFreeOfToolsPackages() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<Path> offenders = files.filter(file -> file.toString().endsWith(".java"))
          .filter(ProductBoundaryTest::namesTools)
          .toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static boolean namesTools(Path file) {
    try {
      return Files.readString(file).contains("io.newstimeline.tools");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.newstimeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The defaults that ship inside the jar: the seed articles, the actor gazetteer
 * ({@code seeds/actors.json}), the editors' curated events and the gold events of the seeds. The
 * build copies {@code seeds/} and the gold folder under {@value #ROOT}, so every command finds
 * them from any working directory; flags and the config file name other files instead.
 *
 * <p>Paths are read with {@link java.nio.file.Files}: inside the jar they belong to a zip file
 * system, in a build's {@code target/classes} to the default one.
 */
public final class BundledFiles {

  /** The resource folder holding the defaults. */
  public static final String ROOT = "/io/newstimeline/defaults";

  private BundledFiles() {
  }

  /** Returns the bundled seed articles' folder (also holding the gazetteer and curated events). */
  public static Path seeds() {
    return root().resolve("seeds");
  }

  /** Returns the bundled actor gazetteer. */
  public static Path actors() {
    return seeds().resolve("actors.json");
  }

  /** Returns the bundled curated events. */
  public static Path curatedEvents() {
    return seeds().resolve("curated-events.json");
  }

  /** Returns the bundled gold events of the seed articles. */
  public static Path gold() {
    return root().resolve("gold");
  }

  private static Path root() {
    URL marker = BundledFiles.class.getResource(ROOT + "/seeds/actors.json");
    if (marker == null) {
      throw new IllegalStateException("The defaults are missing from the classpath (" + ROOT + ")");
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // opened by an earlier call: Path.of finds it
        }
      }
      return Path.of(uri).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Unreadable location of the defaults: " + marker, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the jar holding the defaults", e);
    }
  }
}

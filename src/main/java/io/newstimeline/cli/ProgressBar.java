package io.newstimeline.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line text progress bar redrawn in place with a carriage return. */
final class ProgressBar {

  private static final int WIDTH = 30;

  private ProgressBar() {}

  static void print(PrintStream out, String label, long done, long total) {
    double fraction = total == 0 ? 1.0 : Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    out.printf(Locale.ROOT, "\r%-20s [%s%s] %3.0f%% %,d/%,d", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
        fraction * 100, done, total);
    out.flush();
  }
}

package org.talentflow.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A progress bar on standard error, drawn only when it is a terminal. */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static boolean terminal() {
    return System.console() != null && System.getenv("CI") == null;
  }

  void update(long done, long total, int documents) {
    if (!enabled || total <= 0) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    int width = 30;
    int filled = (int) (width * Math.min(1.0, done / (double) total));
    err.printf(Locale.ROOT, "\r[%s%s] %3d%%  %.1f/%.1f MB  %d documents", "#".repeat(filled), ".".repeat(width - filled),
        (int) (100 * done / total), done / 1048576.0, total / 1048576.0, documents);
    err.flush();
    drawn = true;
  }

  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(72) + "\r");
      err.flush();
    }
  }
}

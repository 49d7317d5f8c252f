package org.talentflow.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Splits a stream into lines of bytes without ever holding more than {@code max} bytes of one line. */
final class LineReader {
  private final InputStream in;
  private final long max;
  private boolean tooLong;
  private long length;

  LineReader(InputStream in, long max) {
    this.in = in;
    this.max = max;
  }

  byte[] next() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    tooLong = false;
    length = 0;
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      any = true;
      length++;
      if (b == '\n') {
        break;
      }
      if (buf.size() < max) {
        buf.write(b);
      } else {
        tooLong = true;
      }
    }
    return any ? buf.toByteArray() : null;
  }

  boolean lastTooLong() {
    return tooLong;
  }

  long lastLength() {
    return length;
  }
}

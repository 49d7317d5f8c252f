package org.talentflow.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text with the charset detected: a byte order mark, else strict UTF-8, else what juniversalchardet
 * detects (GB18030/GBK, Big5, ...), else GB18030 or Big5 if one decodes cleanly. Binary data (NUL bytes) and text
 * that no charset decodes without many invalid sequences are rejected with a clear message. The rule is the same for
 * a file of any size and for each line of a JSON-lines file: a text where more than one character in ten would be an
 * invalid sequence is not text in that charset and is rejected; fewer invalid sequences are replaced by U+FFFD and
 * counted, so that the reader can warn about them.
 */
public final class TextDecoder {
  /** Share of replacement characters above which a decoding is a failure, not a few damaged bytes. */
  static final double MAX_INVALID_SHARE = 0.1;
  /** How much of a file the charset detector reads. */
  private static final int DETECT_BYTES = 4 << 20;

  private TextDecoder() {}

  /** The decoded text and the charset it was read with. */
  public record Decoded(String text, Charset charset, int invalidSequences) {}

  public static Decoded decode(byte[] bytes) throws ReadException {
    if (bytes.length == 0) {
      throw new ReadException("empty file");
    }
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return lenient(ByteBuffer.wrap(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return lenient(ByteBuffer.wrap(bytes, 2, bytes.length - 2), StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return lenient(ByteBuffer.wrap(bytes, 2, bytes.length - 2), StandardCharsets.UTF_16BE);
    }
    if (looksBinary(bytes)) {
      throw new ReadException("binary file (contains NUL bytes), not text");
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, 0);
    }
    Decoded damaged = lenient(ByteBuffer.wrap(bytes), StandardCharsets.UTF_8);
    if (damagedUtf8(damaged.invalidSequences(), nonAscii(bytes))) {
      return damaged; // UTF-8 with a few damaged bytes, not text in another charset (which would decode as mojibake)
    }
    List<Charset> candidates = new ArrayList<>();
    Charset detected = detect(bytes);
    if (detected != null) {
      candidates.add(detected);
    }
    candidates.add(Charset.forName("GB18030"));
    candidates.add(Charset.forName("Big5"));
    for (Charset c : candidates) {
      if (singleByte(c) && asciiShare(bytes) < 0.9) {
        continue; // any bytes decode in a single-byte charset: only trust it for mostly-ASCII (Western) text
      }
      String s = strict(bytes, c);
      if (s != null) {
        return new Decoded(s, c, 0);
      }
    }
    // damaged text: take the best candidate if only a few sequences are invalid
    Decoded best = null;
    for (Charset c : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), Charset.forName("Big5"))) {
      Decoded d = lenient(ByteBuffer.wrap(bytes), c);
      if (best == null || d.invalidSequences() < best.invalidSequences()) {
        best = d;
      }
    }
    if (tooDamaged(best)) {
      throw new ReadException("invalid byte sequences: " + best.invalidSequences()
          + " bytes are not valid UTF-8, GB18030 or Big5");
    }
    return best;
  }

  /**
   * Whether text with this many invalid UTF-8 sequences among its non-ASCII bytes is UTF-8 with a few damaged bytes:
   * text in GBK or Big5 read as UTF-8 is invalid at nearly every non-ASCII byte.
   */
  private static boolean damagedUtf8(long invalid, long nonAscii) {
    return invalid <= MAX_DAMAGED_UTF8_SHARE * nonAscii;
  }

  /** Share of invalid sequences among non-ASCII bytes up to which a text is UTF-8 with damaged bytes. */
  static final double MAX_DAMAGED_UTF8_SHARE = 0.05;

  private static long nonAscii(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      if (b < 0) {
        n++;
      }
    }
    return n;
  }

  private static boolean tooDamaged(Decoded d) {
    return d.invalidSequences() > MAX_INVALID_SHARE * d.text().length();
  }

  /**
   * The charset of a whole file read as lines (JSON lines), decided once for the file: a UTF-8 byte order mark,
   * else UTF-8 when every byte sequence of the file is valid UTF-8, else whichever of the detected charset, UTF-8,
   * GB18030 and Big5 has the fewest invalid sequences in the file. Streams the file; never holds it in memory.
   */
  public static Charset detectStream(java.nio.file.Path f) throws java.io.IOException, ReadException {
    return detectStream(() -> java.nio.file.Files.newInputStream(f));
  }

  /** As {@link #detectStream(java.nio.file.Path)}, for a file of any file system: opens it several times. */
  public static Charset detectStream(DocumentReader.Opener f) throws java.io.IOException, ReadException {
    byte[] head = new byte[4];
    int n;
    try (java.io.InputStream in = f.open()) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (n >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      throw new ReadException("UTF-16 text is not read as lines: save the file as UTF-8");
    }
    long utf8 = invalidSequences(f, StandardCharsets.UTF_8);
    if (utf8 == 0 || damagedUtf8(utf8, nonAscii(f))) {
      return StandardCharsets.UTF_8;
    }
    List<Charset> candidates = new ArrayList<>();
    Charset detected = detect(f);
    if (detected != null && !singleByte(detected)) {
      candidates.add(detected);
    }
    candidates.add(Charset.forName("GB18030"));
    candidates.add(Charset.forName("Big5"));
    Charset best = StandardCharsets.UTF_8;
    long fewest = utf8;
    for (Charset c : candidates) {
      long bad = invalidSequences(f, c);
      if (bad < fewest) {
        best = c;
        fewest = bad;
      }
    }
    return best;
  }

  /** One line of a file whose charset is known: the same rule as for a whole file. */
  public static Decoded decodeLine(byte[] line, Charset charset) throws ReadException {
    String s = strict(line, charset);
    if (s != null) {
      return new Decoded(s, charset, 0);
    }
    Decoded d = lenient(ByteBuffer.wrap(line), charset);
    if (tooDamaged(d)) {
      throw new ReadException("invalid byte sequences: " + d.invalidSequences() + " bytes are not valid "
          + charset.name());
    }
    return d;
  }

  private static Charset detect(DocumentReader.Opener f) throws java.io.IOException {
    UniversalDetector d = new UniversalDetector();
    byte[] buf = new byte[1 << 16];
    long fed = 0;
    try (java.io.InputStream in = f.open()) {
      int n;
      while (fed < DETECT_BYTES && !d.isDone() && (n = in.read(buf)) > 0) {
        d.handleData(buf, 0, n);
        fed += n;
      }
    }
    d.dataEnd();
    return charsetNamed(d.getDetectedCharset());
  }

  private static long nonAscii(DocumentReader.Opener f) throws java.io.IOException {
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (java.io.InputStream in = f.open()) {
      int k;
      while ((k = in.read(buf)) > 0) {
        for (int i = 0; i < k; i++) {
          if (buf[i] < 0) {
            n++;
          }
        }
      }
    }
    return n;
  }

  /** Invalid byte sequences in the whole file in this charset, counted while streaming it. */
  static long invalidSequences(DocumentReader.Opener f, Charset charset) throws java.io.IOException {
    java.nio.charset.CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long bad = 0;
    try (java.nio.channels.ReadableByteChannel ch = java.nio.channels.Channels.newChannel(f.open())) {
      boolean eof = false;
      while (!eof || in.hasRemaining()) {
        if (!eof) {
          eof = ch.read(in) < 0;
          in.flip();
        }
        while (true) {
          java.nio.charset.CoderResult r = decoder.decode(in, out, eof);
          if (r.isError()) {
            bad++;
            in.position(in.position() + r.length());
          } else if (r.isOverflow()) {
            out.clear();
          } else {
            break; // underflow: needs more input
          }
        }
        out.clear();
        if (eof) {
          if (in.hasRemaining()) {
            bad++; // a sequence cut off by the end of the file
          }
          break;
        }
        in.compact();
      }
    }
    return bad;
  }

  private static boolean singleByte(Charset c) {
    return c.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  private static double asciiShare(byte[] bytes) {
    int ascii = 0;
    for (byte b : bytes) {
      if (b >= 0) {
        ascii++;
      }
    }
    return ascii / (double) bytes.length;
  }

  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static Charset detect(byte[] bytes) {
    UniversalDetector d = new UniversalDetector();
    d.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    d.dataEnd();
    return charsetNamed(d.getDetectedCharset());
  }

  private static Charset charsetNamed(String name) {
    if (name == null) {
      return null;
    }
    if (name.equalsIgnoreCase("GB2312") || name.equalsIgnoreCase("GBK") || name.equalsIgnoreCase("HZ-GB-2312")) {
      return Charset.forName("GB18030"); // a superset: decodes what GB2312/GBK encoders write
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset c) {
    try {
      return c.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded lenient(ByteBuffer bytes, Charset c) {
    try {
      CharBuffer out = c.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(bytes);
      String s = out.toString();
      int bad = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '\uFFFD') {
          bad++;
        }
      }
      return new Decoded(s, c, bad);
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a REPLACE decoder reported an error", e);
    }
  }
}

package org.talentflow.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text derived from an original document text, remembering for every character the range of original characters
 * it came from (in the spirit of Lucene's {@code CharFilter.correctOffset}). Cleaning drops characters, normalization
 * replaces them; a span found in the derived text always maps back to the exact original characters.
 */
public final class MappedText {
  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  private MappedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The original text itself, each character mapped to itself. */
  public static MappedText identity(String original) {
    Objects.requireNonNull(original, "original");
    int n = original.length();
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = i;
      e[i] = i + 1;
    }
    return new MappedText(original, original, s, e);
  }

  public String text() {
    return text;
  }

  public String original() {
    return original;
  }

  public int length() {
    return text.length();
  }

  /** Original start of the derived span [start, end). */
  public int originalStart(int start, int end) {
    checkSpan(start, end);
    if (start < end) {
      return starts[start];
    }
    return start < text.length() ? starts[start] : (text.isEmpty() ? original.length() : ends[text.length() - 1]);
  }

  /** Original end (exclusive) of the derived span [start, end). */
  public int originalEnd(int start, int end) {
    checkSpan(start, end);
    return start < end ? ends[end - 1] : originalStart(start, end);
  }

  /** The original characters behind the derived span [start, end). */
  public String originalText(int start, int end) {
    return original.substring(originalStart(start, end), originalEnd(start, end));
  }

  private void checkSpan(int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") of text of length " + text.length());
    }
  }

  public Builder derive() {
    return new Builder(this);
  }

  @Override
  public String toString() {
    return text;
  }

  /** Builds a text derived from a parent, character by character or range by range. */
  public static final class Builder {
    private final MappedText parent;
    private final StringBuilder sb;
    private int[] st;
    private int[] en;

    private Builder(MappedText parent) {
      this.parent = parent;
      this.sb = new StringBuilder(parent.length());
      this.st = new int[Math.max(16, parent.length())];
      this.en = new int[st.length];
    }

    private void push(char c, int s, int e) {
      int i = sb.length();
      if (i == st.length) {
        st = Arrays.copyOf(st, i * 2);
        en = Arrays.copyOf(en, i * 2);
      }
      sb.append(c);
      st[i] = s;
      en[i] = e;
    }

    /** Keeps the parent's characters [start, end) unchanged. */
    public Builder keep(int start, int end) {
      for (int i = start; i < end; i++) {
        push(parent.text.charAt(i), parent.starts[i], parent.ends[i]);
      }
      return this;
    }

    /** Replaces the parent's character at {@code index} with {@code c}. */
    public Builder replaceChar(int index, char c) {
      push(c, parent.starts[index], parent.ends[index]);
      return this;
    }

    /**
     * Replaces the parent's [start, end) with {@code replacement}. Equal lengths map character by character;
     * otherwise every replacement character maps to the whole replaced range.
     */
    public Builder replace(int start, int end, String replacement) {
      if (replacement.length() == end - start) {
        for (int i = 0; i < replacement.length(); i++) {
          push(replacement.charAt(i), parent.starts[start + i], parent.ends[start + i]);
        }
        return this;
      }
      if (start == end) {
        throw new IllegalArgumentException("cannot insert text without a source range");
      }
      int s = parent.starts[start];
      int e = parent.ends[end - 1];
      for (int i = 0; i < replacement.length(); i++) {
        push(replacement.charAt(i), s, e);
      }
      return this;
    }

    public int length() {
      return sb.length();
    }

    public MappedText build() {
      int n = sb.length();
      return new MappedText(parent.original, sb.toString(), Arrays.copyOf(st, n), Arrays.copyOf(en, n));
    }
  }
}

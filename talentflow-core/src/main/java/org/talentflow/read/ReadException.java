package org.talentflow.read;

/** One input cannot be read; the message says what is wrong in words a user can act on. */
public final class ReadException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReadException(String message) {
    super(message);
  }

  public ReadException(String message, Throwable cause) {
    super(message, cause);
  }
}

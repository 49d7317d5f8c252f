package org.talentflow.store;

/** The store cannot be opened, migrated, read or written. Wraps the cause. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

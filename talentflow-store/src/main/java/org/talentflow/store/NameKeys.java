package org.talentflow.store;

import org.talentflow.resolve.EntityIds;
import org.talentflow.text.HanlpScriptConverter;
import org.talentflow.text.ScriptConverter;

/**
 * The comparison key a store keeps beside each entity name and alias (schema version 4): simplified script, lower
 * case, without spaces, dots between names or hyphens. Public for stores written by other means (the Spark job).
 */
public final class NameKeys {
  private static final ScriptConverter SCRIPT = new HanlpScriptConverter();

  private NameKeys() {}

  public static String of(String name) {
    return EntityIds.key(SCRIPT.toSimplified(name));
  }
}

package org.talentflow.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.talentflow.model.EntityType;

/** Stable entity ids: the same canonical name always gives the same id, in every document and every run. */
public final class EntityIds {
  private EntityIds() {}

  public static String of(EntityType type, String canonical) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest(key(canonical).getBytes(StandardCharsets.UTF_8));
      return (type == EntityType.PERSON ? "P-" : "O-") + HexFormat.of().formatHex(h, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  private static final java.util.regex.Pattern LEGAL_FORM =
      java.util.regex.Pattern.compile("(inc|ltd|llc|corp|corporation|co|gmbh|plc)$");

  /** The key of an organization's name: as {@link #key}, without a legal form at the end (Inc., Ltd., Corp.). */
  public static String orgKey(String name) {
    return LEGAL_FORM.matcher(key(name)).replaceAll("");
  }

  /** The comparison key of a name: lower case, without spaces, dots between names or hyphens. */
  public static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != ' ' && c != '·' && c != '-' && c != '\u00A0' && c != '.') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}

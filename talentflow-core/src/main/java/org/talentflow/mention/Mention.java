package org.talentflow.mention;

import java.util.Objects;
import org.talentflow.model.EntityType;

/**
 * A name found in the normalized text, [start, end), before resolution.
 *
 * @param source how it was found: pack, gloss, latin, given (a lone first name), surname (a lone family name), ner
 * @param packId the knowledge pack entity it names, or null
 */
public record Mention(EntityType type, int start, int end, String text, String source, String packId) {
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
    }
  }

  public boolean overlaps(Mention o) {
    return start < o.end && o.start < end;
  }

  public int length() {
    return end - start;
  }
}

package org.talentflow.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.talentflow.pack.KnowledgePack;

/**
 * Which knowledge pack the pipeline uses, as {@code ingest}'s --pack and --no-pack choose it. A user folder must be
 * readable at the same path on every executor (in local mode: this machine).
 *
 * @param userDir a folder of the user's own pack files added to the shipped pack, or null
 * @param noPack without the pack's entity list
 */
record PackChoice(String userDir, boolean noPack) implements Serializable {
  static PackChoice builtin() {
    return new PackChoice(null, false);
  }

  KnowledgePack load() {
    KnowledgePack pack = userDir == null ? KnowledgePack.builtin() : KnowledgePack.builtinPlus(Path.of(userDir));
    return noPack ? pack.withoutEntities() : pack;
  }
}

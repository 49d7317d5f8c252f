package org.talentflow.cli;

import java.nio.file.Path;
import org.talentflow.pack.KnowledgePack;
import picocli.CommandLine.Option;

/** Which knowledge pack the pipeline uses. */
final class PackOptions {
  @Option(names = "--pack", paramLabel = "DIR",
      description = "A folder of your own knowledge pack files, added to the shipped pack.")
  Path userPack;

  @Option(names = "--no-pack", description = "Do not use the pack's entity list (titles and triggers stay).")
  boolean noPack;

  /** The same choice as options of another talentflow command (a process this one starts). */
  java.util.List<String> asArguments() {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (userPack != null) {
      out.add("--pack=" + userPack);
    }
    if (noPack) {
      out.add("--no-pack");
    }
    return out;
  }

  KnowledgePack load() {
    KnowledgePack pack = userPack == null ? KnowledgePack.builtin() : KnowledgePack.builtinPlus(userPack);
    return noPack ? pack.withoutEntities() : pack;
  }
}

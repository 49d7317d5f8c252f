package org.talentflow.spark;

import java.util.concurrent.ConcurrentHashMap;
import org.talentflow.Pipeline;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.resolve.CrossDocumentResolver;
import org.talentflow.resolve.HanlpPinyin;
import org.talentflow.resolve.SoundKey;

/**
 * The pipeline and the resolver's resources, built once per JVM (an executor, or the driver in local mode) when its
 * first task needs them, and shared by every task it runs after: HanLP and the knowledge pack are loaded once, never
 * shipped with the records. This is the project's one static holding state, because a Spark task has no other place
 * that lives as long as its JVM; what it holds is immutable once built (the pipeline is thread-safe).
 */
final class PipelineHolder {
  private static final ConcurrentHashMap<PackChoice, Pipeline> PIPELINES = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<PackChoice, KnowledgePack> PACKS = new ConcurrentHashMap<>();
  private static volatile SoundKey sound;

  private PipelineHolder() {}

  /** The pipeline with this pack, built on first use in this JVM. */
  static Pipeline pipeline(PackChoice choice) {
    return PIPELINES.computeIfAbsent(choice, c -> Pipeline.withHanlp(pack(c)));
  }

  static KnowledgePack pack(PackChoice choice) {
    return PACKS.computeIfAbsent(choice, PackChoice::load);
  }

  static SoundKey sound() {
    SoundKey s = sound;
    if (s == null) {
      synchronized (PipelineHolder.class) {
        if (sound == null) {
          sound = new SoundKey(new HanlpPinyin());
        }
        s = sound;
      }
    }
    return s;
  }

  /**
   * A new cross-document resolver as the store builds one: with the shipped pack's idea of a transliteration,
   * whatever pack the pipeline reads with ({@code Store.open} does the same).
   */
  static CrossDocumentResolver resolver() {
    return new CrossDocumentResolver(sound(), pack(PackChoice.builtin())::isTransliteration);
  }

  /** Blocking keys matching {@link #resolver()}. */
  static ResolutionKeys keys() {
    return new ResolutionKeys(sound(), pack(PackChoice.builtin())::isTransliteration);
  }
}

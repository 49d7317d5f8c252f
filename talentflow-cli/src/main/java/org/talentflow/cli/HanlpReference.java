package org.talentflow.cli;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadProblem;

/**
 * The reference process of {@code bench --ingest}: reads the same files as {@code ingest} (same reader, same charset
 * detection) and runs HanLP's NER segmenter (Viterbi with person, transliterated-name and organization recognition)
 * over every document, as a program of a few lines would. Prints the documents, characters and terms.
 */
public final class HanlpReference {
  private HanlpReference() {}

  public static void main(String[] args) {
    List<Path> inputs = new ArrayList<>();
    for (String a : args) {
      inputs.add(Path.of(a));
    }
    Segment seg = HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true)
        .enableOrganizationRecognize(true);
    long[] counts = new long[3];
    new DocumentReader(DocumentReader.Options.defaults()).read(inputs, new DocumentReader.Sink() {
      @Override
      public void document(SourceDocument doc) {
        counts[0]++;
        counts[1] += doc.text().length();
        counts[2] += seg.seg(doc.text()).size();
      }

      @Override
      public void problem(ReadProblem problem) {
        System.err.println("talentflow: " + problem);
      }
    });
    System.out.printf(Locale.ROOT, "segmented %d documents, %d chars, %d terms%n", counts[0], counts[1], counts[2]);
  }
}

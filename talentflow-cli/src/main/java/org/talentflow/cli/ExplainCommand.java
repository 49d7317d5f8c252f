package org.talentflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.talentflow.Pipeline;
import org.talentflow.explain.Explanation;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.TextDecoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Shows how the pipeline reads one text: the normalized text, the tokens and parts of speech of "
        + "each sentence that holds a trigger word, every annotation and where it came from, the names and their "
        + "entities, each frame with the rule that filled it, the matches that filled none and why, and the events. "
        + "Use it to see why a fact is, or is not, in the graph."})
final class ExplainCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The text to explain (or use --file).")
  String text;

  @Option(names = "--file", paramLabel = "FILE", description = "Read the text from a file (any supported charset).")
  Path file;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date that relative times (\"今年5月\") are counted from.")
  LocalDate published;

  @Mixin PackOptions pack;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if ((text == null) == (file == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give a TEXT or --file FILE, not both");
    }
    String body = text;
    String key = "text";
    if (file != null) {
      try {
        body = TextDecoder.decode(Files.readAllBytes(file)).text();
      } catch (NoSuchFileException e) {
        spec.commandLine().getErr().println("talentflow: " + file + ": no such file");
        return TalentflowCommand.FAILURE;
      } catch (java.nio.file.AccessDeniedException e) {
        spec.commandLine().getErr().println("talentflow: " + file + ": permission denied");
        return TalentflowCommand.FAILURE;
      } catch (IOException e) {
        spec.commandLine().getErr().println("talentflow: " + file + ": cannot read: " + e.getMessage());
        return TalentflowCommand.FAILURE;
      } catch (org.talentflow.read.ReadException e) {
        spec.commandLine().getErr().println("talentflow: " + file + ": " + e.getMessage());
        return TalentflowCommand.FAILURE;
      }
      key = file.getFileName().toString();
    }
    if (body.isBlank()) {
      spec.commandLine().getErr().println("talentflow: explain: the text is empty");
      return TalentflowCommand.FAILURE;
    }
    Pipeline pipeline = Pipeline.withHanlp(pack.load());
    Pipeline.Analysis a = pipeline.analyzeFully(new SourceDocument(key, key, null, null, published, body));
    PrintWriter out = spec.commandLine().getOut();
    out.print(Explanation.render(a));
    out.flush();
    return 0;
  }
}

package dev.learninglab.labs.forecast.cli;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.task.ConsoleProgress;
import dev.learninglab.labs.forecast.io.ModelFolders;
import dev.learninglab.labs.forecast.io.ReportFiles;
import dev.learninglab.labs.forecast.model.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab forecast report}: the run written up as Markdown or a Word document. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write up a trained model's run: question, data and checksum, protocol, charts, metrics"
            + " with the baselines, verdict and the commands that reproduce it.")
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ModelOption modelOption;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "FILE.md (charts written beside it as PNG) or FILE.docx.")
  Path out;

  @Override
  public Integer call() throws Exception {
    ReportFiles.checkName(out);
    AtomicFiles.writableTarget(out);
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
    List<Path> written =
        ModelFolders.open(
            modelOption.model,
            progress,
            (f, s) ->
                ReportFiles.write(
                    Evaluation.run(f, s, 0, progress),
                    f.checkpoint().epoch(),
                    modelOption.model,
                    out));
    progress.done();
    PrintWriter o = spec.commandLine().getOut();
    written.forEach(p -> o.println(T.get("forecast.cli.wrote", p)));
    o.flush();
    return 0;
  }
}

package dev.learninglab.labs.forecast.view;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.forecast.io.ModelFolders;
import dev.learninglab.labs.forecast.io.ReportFiles;
import dev.learninglab.labs.forecast.model.Evaluation;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * Stage 7 in the tutorial's words, communication: the run written up as Markdown or a Word
 * document, with the charts, the metrics beside the baselines, the verdict and the commands that
 * reproduce it.
 */
final class ReportStage extends JPanel {
  private final LabContext context;
  private final Project project;
  final JButton export = Localized.text(new JButton(), () -> T.get("forecast.report.export"));
  private final WrappingLabel status =
      Localized.text(
          new WrappingLabel(""), () -> T.get("forecast.report.intro", "FILE.md", "FILE.docx"));

  ReportStage(LabContext context, Project project) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.project = project;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = Toolbars.row();
    controls.add(export);
    export.setMnemonic('X');
    export.addActionListener(e -> choose());
    add(controls, BorderLayout.NORTH);
    add(status, BorderLayout.CENTER);
  }

  private void choose() {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileFilter(
        new FileNameExtensionFilter(T.get("forecast.report.filter", ".md, .docx"), "md", "docx"));
    chooser.setSelectedFile(new java.io.File("forecast-report.docx"));
    if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
      export(chooser.getSelectedFile().toPath());
    }
  }

  /** Writes the report in the background; the future completes once it is written or refused. */
  CompletableFuture<Void> export(Path file) {
    String folder = project.model();
    status.setForeground(UIManager.getColor("Label.foreground"));
    Localized.text(status, () -> T.get("forecast.report.writing", file.toString()));
    return OnEdt.after(
        context
            .tasks()
            .submit(
                T.get("forecast.task.report"),
                p -> {
                  ReportFiles.checkName(file);
                  return ModelFolders.open(
                      folder,
                      p,
                      (f, s) ->
                          ReportFiles.write(
                              Evaluation.run(f, s, 0, p), f.checkpoint().epoch(), folder, file));
                }),
        this::written,
        this::failed);
  }

  private void written(List<Path> files) {
    String first = files.get(0).toString();
    int charts = files.size() - 1;
    Localized.text(
        status,
        () ->
            charts > 0
                ? T.get("forecast.report.wroteCharts", first, charts)
                : T.get("forecast.report.wrote", first));
  }

  private void failed(TaskEnd end) {
    status.setForeground(ErrorColour.get());
    Localized.text(status, end::message);
  }

  String statusText() {
    return status.getText();
  }
}

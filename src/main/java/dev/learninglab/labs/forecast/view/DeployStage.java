package dev.learninglab.labs.forecast.view;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.forecast.io.ForecastServer;
import dev.learninglab.labs.forecast.io.ModelFolders;
import dev.learninglab.labs.forecast.model.Deployment;
import java.awt.BorderLayout;
import java.awt.Desktop;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;

/**
 * Stage 6: the model deployed as a web page on this computer (127.0.0.1), started and stopped here;
 * the page and its JSON API are the ones {@code learning-lab forecast serve} gives.
 */
final class DeployStage extends JPanel {
  private final LabContext context;
  private final Project project;
  private final JSpinner port = new JSpinner(new SpinnerNumberModel(8080, 0, 65535, 1));
  final JButton start = Localized.text(new JButton(), () -> T.get("forecast.deploy.start"));
  final JButton stop = Localized.text(new JButton(), () -> T.get("forecast.deploy.stop"));
  private final JButton browse =
      Localized.text(new JButton(), () -> T.get("forecast.deploy.browse"));
  private final WrappingLabel status =
      Localized.text(
          new WrappingLabel(""),
          () ->
              T.get(
                  "forecast.deploy.intro",
                  "http://127.0.0.1:PORT/",
                  "/api/forecast?series=ID",
                  "/api/metrics"));
  private ForecastServer server;

  DeployStage(LabContext context, Project project) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.project = project;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = Toolbars.row();
    controls.add(start);
    controls.add(stop);
    controls.add(Toolbars.labelled(() -> T.get("forecast.deploy.port"), port));
    controls.add(browse);
    start.setMnemonic('S');
    stop.setMnemonic('P');
    stop.setEnabled(false);
    browse.setEnabled(false);
    start.addActionListener(e -> start());
    stop.addActionListener(e -> stop());
    browse.addActionListener(e -> browse());
    add(controls, BorderLayout.NORTH);
    add(status, BorderLayout.CENTER);
  }

  /** Starts the server in the background; the future completes once it is up (or failed). */
  CompletableFuture<Void> start() {
    String folder = project.model();
    int p = (Integer) port.getValue();
    start.setEnabled(false);
    status.setForeground(UIManager.getColor("Label.foreground"));
    Localized.text(status, () -> T.get("forecast.deploy.starting"));
    return OnEdt.after(
        context
            .tasks()
            .submit(
                T.get("forecast.task.deploy"),
                progress ->
                    ForecastServer.start(
                        ModelFolders.open(
                            folder, progress, (f, s) -> Deployment.of(f, s, progress)),
                        "127.0.0.1",
                        p)),
        this::started,
        this::failed);
  }

  private void started(ForecastServer s) {
    server = s;
    stop.setEnabled(true);
    browse.setEnabled(true);
    Localized.text(
        status,
        () ->
            T.get(
                "forecast.deploy.serving",
                s.url(),
                s.url() + "api/forecast?series=…",
                s.url() + "api/metrics"));
  }

  private void failed(TaskEnd end) {
    start.setEnabled(true);
    status.setForeground(ErrorColour.get());
    Localized.text(status, end::message);
  }

  void stop() {
    if (server != null) {
      server.close();
      server = null;
      Localized.text(status, () -> T.get("forecast.deploy.stopped"));
    }
    start.setEnabled(true);
    stop.setEnabled(false);
    browse.setEnabled(false);
  }

  private void browse() {
    try {
      Desktop.getDesktop().browse(URI.create(server.url()));
    } catch (Exception | Error e) {
      status.setForeground(ErrorColour.get());
      String url = server.url();
      Localized.text(status, () -> T.get("forecast.deploy.noBrowser", e.getMessage(), url));
    }
  }

  String url() {
    return server == null ? null : server.url();
  }
}

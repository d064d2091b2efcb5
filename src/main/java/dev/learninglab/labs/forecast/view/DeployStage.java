package dev.learninglab.labs.forecast.view;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
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
  final JButton start = new JButton("Start");
  final JButton stop = new JButton("Stop");
  private final JButton browse = new JButton("Open in browser");
  private final WrappingLabel status =
      new WrappingLabel(
          "Start serves the model's page on http://127.0.0.1:PORT/ with its JSON API"
              + " (/api/forecast?series=ID, /api/metrics); only this computer can reach it.");
  private ForecastServer server;

  DeployStage(LabContext context, Project project) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.project = project;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = Toolbars.row();
    controls.add(start);
    controls.add(stop);
    controls.add(Toolbars.labelled("Port (0 = any free):", port));
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
    status.setText("Starting…");
    return OnEdt.after(
        context
            .tasks()
            .submit(
                "Starting the forecast page",
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
    status.setText(
        "Serving "
            + s.url()
            + " — the page, "
            + s.url()
            + "api/forecast?series=…, "
            + s.url()
            + "api/metrics. Stop ends it; closing the app does too.");
  }

  private void failed(TaskEnd end) {
    start.setEnabled(true);
    status.setForeground(ErrorColour.get());
    status.setText(end.message());
  }

  void stop() {
    if (server != null) {
      server.close();
      server = null;
      status.setText("Stopped.");
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
      status.setText("Cannot open a browser here (" + e.getMessage() + "); open " + server.url());
    }
  }

  String url() {
    return server == null ? null : server.url();
  }
}

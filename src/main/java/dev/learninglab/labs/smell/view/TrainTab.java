package dev.learninglab.labs.smell.view;

import static dev.learninglab.core.view.RecordTableModel.column;
import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.TrainingFailures;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.RecordTableModel;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.smell.model.baseline.FingerprintBaseline;
import dev.learninglab.labs.smell.model.data.OdourData;
import dev.learninglab.labs.smell.model.data.OdourTask;
import dev.learninglab.labs.smell.model.eval.BinaryMetrics;
import dev.learninglab.labs.smell.model.eval.CvReport;
import dev.learninglab.labs.smell.model.eval.FoldResult;
import dev.learninglab.labs.smell.model.gnn.GnnConfig;
import dev.learninglab.labs.smell.model.gnn.GnnCrossValidation;
import dev.learninglab.labs.smell.model.gnn.GnnTraining;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;

/**
 * Cross-validates a graph network beside the fingerprint baseline and the majority answer: live
 * loss and validation ROC-AUC, a per-fold table, and a threshold slider over the out-of-fold
 * predictions.
 */
final class TrainTab extends JPanel {
  private static final long serialVersionUID = 1L;

  record ResultRow(String model, String auroc, String prauc, String f1, String accuracy) {}

  private final LabContext context;
  private final JComboBox<String> task = new JComboBox<>(new String[] {"fruity", "gslf"});
  private final JComboBox<String> model = new JComboBox<>(new String[] {"gcn", "edge"});
  private final JSpinner folds = new JSpinner(new SpinnerNumberModel(5, 2, 10, 1));
  private final JSpinner epochs = new JSpinner(new SpinnerNumberModel(20, 1, 500, 1));
  private final JSpinner seed = new JSpinner(new SpinnerNumberModel(42, 0, 1_000_000, 1));
  private final JButton train = Localized.text(new JButton(), () -> T.get("smell.train"));
  private final JButton cancel = Localized.text(new JButton(), () -> T.get("smell.cancel"));
  private final WrappingLabel status = new WrappingLabel("");
  private final TrainCharts charts = new TrainCharts();
  private final ThresholdPanel threshold = new ThresholdPanel();
  private final RecordTableModel<ResultRow> results =
      new RecordTableModel<>(
          List.of(
              column(() -> T.get("smell.results.model"), ResultRow::model),
              column(() -> "ROC-AUC", ResultRow::auroc),
              column(() -> "PR-AUC", ResultRow::prauc),
              column(() -> T.get("smell.results.f1"), ResultRow::f1),
              column(() -> T.get("smell.results.accuracy"), ResultRow::accuracy)));
  private final List<ResultRow> rows = new ArrayList<>();
  private transient TaskHandle<?> running;
  private int firstMolecules;

  TrainTab(LabContext context) {
    super(new BorderLayout(8, 8));
    this.context = context;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    train.setName("trainButton");
    cancel.setName("cancelButton");
    status.setName("trainStatus");
    cancel.setEnabled(false);
    JPanel controls = Toolbars.row();
    controls.add(Localized.text(new JLabel(), () -> T.get("smell.train.task")));
    controls.add(task);
    controls.add(Localized.text(new JLabel(), () -> T.get("smell.train.model")));
    controls.add(model);
    controls.add(Localized.text(new JLabel(), () -> T.get("smell.train.folds")));
    controls.add(folds);
    controls.add(Localized.text(new JLabel(), () -> T.get("smell.train.epochs")));
    controls.add(epochs);
    controls.add(Localized.text(new JLabel(), () -> T.get("smell.train.seed")));
    controls.add(seed);
    controls.add(train);
    controls.add(cancel);
    JPanel north = new JPanel(new BorderLayout(0, 4));
    north.add(controls, BorderLayout.NORTH);
    north.add(status, BorderLayout.SOUTH);
    Localized.text(status, () -> T.get("smell.train.idle"));

    JTable table = new FittedTable(results);
    table.setName("resultsTable");
    JPanel bottom = new JPanel(new GridLayout(1, 2, 8, 0));
    JScrollPane tableScroll = new JScrollPane(table);
    Localized.titled(tableScroll, () -> T.get("smell.train.table"));
    bottom.add(tableScroll);
    bottom.add(threshold);
    add(north, BorderLayout.NORTH);
    add(charts, BorderLayout.CENTER);
    add(bottom, BorderLayout.SOUTH);
    bottom.setPreferredSize(new java.awt.Dimension(100, 240));

    train.addActionListener(e -> start());
    cancel.addActionListener(
        e -> {
          if (running != null) {
            running.cancel();
          }
        });
  }

  /** Sets folds and epochs, and keeps only the first molecules (tests use a tiny run). */
  void configure(int foldCount, int epochCount, int molecules) {
    folds.setValue(foldCount);
    epochs.setValue(epochCount);
    firstMolecules = molecules;
  }

  private void start() {
    OdourTask odourTask = OdourTask.parse((String) task.getSelectedItem());
    GnnConfig.Kind kind = GnnConfig.Kind.parse((String) model.getSelectedItem());
    int k = (Integer) folds.getValue();
    int e = (Integer) epochs.getValue();
    int s = (Integer) seed.getValue();
    charts.reset();
    threshold.clear();
    rows.clear();
    results.setRows(rows);
    train.setEnabled(false);
    cancel.setEnabled(true);
    Localized.text(status, () -> T.get("smell.train.loading", odourTask.datasetId()));
    AtomicInteger fold = new AtomicInteger();
    int keep = firstMolecules;
    TaskHandle<Object[]> handle =
        context
            .tasks()
            .submit(
                T.get("smell.task.train", kind.cliName(), odourTask.cliName()),
                progress -> {
                  OdourData all = odourTask.load(context.datasets(), progress);
                  OdourData data = keep > 0 ? all.first(keep) : all;
                  GnnTraining training =
                      GnnTraining.recipe(kind, data.trainingNames().size(), e, s);
                  TrainingListener live =
                      new TrainingListener() {
                        @Override
                        public void epochEnded(EpochReport r) {
                          int f = fold.get();
                          SwingUtilities.invokeLater(
                              () -> {
                                charts.addEpoch(f, r.trainLoss(), r.validation());
                                Localized.text(
                                    status,
                                    () ->
                                        T.get(
                                            "smell.train.epoch",
                                            f + 1,
                                            k,
                                            r.epoch(),
                                            r.epochs(),
                                            r.trainLoss(),
                                            r.validation()));
                              });
                        }
                      };
                  CvReport gnn =
                      GnnCrossValidation.run(
                          data,
                          training,
                          k,
                          s,
                          live,
                          r -> {
                            int f = fold.getAndIncrement();
                            SwingUtilities.invokeLater(() -> addRow("fold " + (f + 1), r));
                          },
                          progress);
                  progress.report(0, 1, T.get("smell.train.baseline"));
                  CvReport baseline = FingerprintBaseline.crossValidate(data, k, s, r -> {});
                  return new Object[] {data, gnn, baseline};
                });
    running = handle;
    OnEdt.after(
        handle,
        r -> {
          ended();
          finish(kind, (OdourData) r[0], (CvReport) r[1], (CvReport) r[2]);
        },
        end -> {
          ended();
          Localized.text(
              status, () -> TrainingFailures.ending(end, () -> T.get("smell.cancelled")));
        });
  }

  private void ended() {
    train.setEnabled(true);
    cancel.setEnabled(false);
    running = null;
  }

  private void finish(GnnConfig.Kind kind, OdourData data, CvReport gnn, CvReport baseline) {
    addRow(kind.cliName() + " mean", gnn.mean());
    addRow("ECFP4 + logistic mean", baseline.mean());
    rows.add(
        new ResultRow(
            "majority (never)", "0.5", "–", "0", String.format("%.4f", gnn.majorityAccuracy())));
    results.setRows(rows);
    Localized.text(
        status,
        () ->
            T.get(
                "smell.train.done",
                kind.cliName(),
                gnn.mean().auroc(),
                baseline.mean().auroc(),
                gnn.folds().size()));
    if (data.tasks() != 1) {
      return; // the threshold slider and ROC curve are for the one fruity label
    }
    double[] p = new double[data.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = gnn.outOfFold()[i][0];
    }
    threshold.show(data.column(0), p, gnn.mean().threshold());
    double[] b = new double[data.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = baseline.outOfFold()[i][0];
    }
    charts.showRoc(
        BinaryMetrics.rocCurve(data.column(0), p),
        BinaryMetrics.rocCurve(data.column(0), b),
        kind.cliName());
  }

  private void addRow(String name, FoldResult r) {
    rows.add(
        new ResultRow(
            name,
            String.format("%.4f", r.auroc()),
            String.format("%.4f", r.prauc()),
            String.format("%.4f", r.f1()),
            String.format("%.4f", r.accuracy())));
    results.setRows(rows);
  }
}

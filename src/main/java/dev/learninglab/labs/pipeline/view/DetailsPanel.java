package dev.learninglab.labs.pipeline.view;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.catalog.Dataset;
import dev.learninglab.labs.pipeline.model.catalog.DatasetPreview;
import dev.learninglab.labs.pipeline.model.run.LiveStatus;
import java.awt.BorderLayout;
import java.util.Objects;
import javax.swing.JEditorPane;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.table.DefaultTableModel;

/**
 * What the selection is: a node's description, inputs, outputs, tags and last status/time; a
 * dataset's kind, versions and a preview of its first rows (loaded off the event thread).
 */
final class DetailsPanel extends JPanel {
  private static final int PREVIEW_ROWS = 12;
  private static final double INFO_SHARE = 0.4;
  private static final double PREVIEW_SHARE = 0.75;
  private final PipelineController controller;
  final JEditorPane info = new JEditorPane("text/html", "");
  final FittedTable preview = new FittedTable();
  final JList<String> versions = new JList<>();
  private String shown;
  private Object runSeen;
  private final JSplitPane datasetPart;
  private final JSplitPane split;

  DetailsPanel(PipelineController controller) {
    super(new BorderLayout());
    this.controller = controller;
    info.setEditable(false);
    JScrollPane infoScroll = new JScrollPane(info);
    JScrollPane previewScroll = new JScrollPane(preview);
    JScrollPane versionsScroll = new JScrollPane(versions);
    // preferred heights place the dividers: the details get room, not ~100 px
    infoScroll.setPreferredSize(new java.awt.Dimension(300, 300));
    previewScroll.setPreferredSize(new java.awt.Dimension(300, 220));
    versionsScroll.setPreferredSize(new java.awt.Dimension(300, 80));
    JSplitPane bottom = new JSplitPane(JSplitPane.VERTICAL_SPLIT, previewScroll, versionsScroll);
    bottom.setResizeWeight(0.8);
    datasetPart = bottom;
    split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, infoScroll, bottom);
    split.setResizeWeight(0.45);
    add(split);
  }

  void refresh() {
    String sel = controller.selection();
    if (!controller.hasProject()) {
      return;
    }
    if (runSeen != controller.lastRun()) {
      // a finished run may have saved the selected dataset: load its preview again
      runSeen = controller.lastRun();
      shown = null;
    }
    if (sel == null) {
      info.setText("<html><body>" + T.get("pipeline.details.empty") + "</body></html>");
      clearPreview();
      showDatasetPart(false);
      shown = null;
      return;
    }
    boolean isNode = controller.pipeline().nodes().stream().anyMatch(n -> n.name().equals(sel));
    if (isNode) {
      showNode(controller.pipeline().node(sel));
    } else if (!sel.startsWith("ns:") && !Objects.equals(sel, shown)) {
      showDataset(sel);
    }
    shown = sel;
  }

  /**
   * The preview and versions belong to datasets: a node or no selection gives the text all room.
   */
  private void showDatasetPart(boolean on) {
    if (datasetPart.isVisible() != on) {
      datasetPart.setVisible(on);
      if (on) {
        // while hidden the divider slid to the bottom: give the preview its share again, or it
        // stays collapsed until the learner finds and drags the divider
        split.setDividerLocation(INFO_SHARE);
        split.validate();
        datasetPart.setDividerLocation(PREVIEW_SHARE);
      }
      revalidate();
    }
  }

  private void showNode(Node n) {
    showDatasetPart(false);
    LiveStatus.Entry s = controller.status().get(n.name());
    info.setText(
        "<html><body><h3>"
            + Html.esc(n.name())
            + "</h3><p>"
            + Html.esc(n.description())
            + "</p>"
            + T.get(
                "pipeline.details.node",
                Html.esc(String.join(", ", n.inputs())),
                Html.esc(String.join(", ", n.outputs())),
                Html.esc(String.join(", ", n.tags())),
                Html.esc(String.valueOf(n.namespace())),
                n.codeVersion(),
                Html.esc(parametersOf(n)),
                s == null
                    ? "\u2014"
                    : T.get("pipeline.details.lastRun", s.status().text(), s.seconds()))
            + "</body></html>");
    clearPreview();
  }

  private String parametersOf(Node n) {
    StringBuilder sb = new StringBuilder();
    for (String in : n.inputs()) {
      if (Node.isParameter(in)) {
        sb.append(in)
            .append(" = ")
            .append(
                controller
                    .project()
                    .parameters(controller.overrides())
                    .getOrDefault(
                        in.startsWith("params:") ? in.substring(7).split("\\.")[0] : in,
                        T.get("pipeline.details.all")))
            .append("  ");
      }
    }
    return sb.length() == 0 ? T.get("pipeline.details.none") : sb.toString();
  }

  private void showDataset(String name) {
    showDatasetPart(true);
    info.setText(
        "<html><body><h3>"
            + Html.esc(name)
            + "</h3><p>"
            + T.get("pipeline.details.loading")
            + "</p></body></html>");
    clearPreview();
    OnEdt.after(
        controller.tasks().submit(T.get("pipeline.task.preview", name), p -> preview(name)),
        this::show,
        end ->
            info.setText(
                "<html><body><h3>"
                    + Html.esc(name)
                    + "</h3><p>"
                    + Html.esc(end.message())
                    + "</p></body></html>"));
  }

  private DatasetPreview preview(String name) {
    Dataset d = controller.project().catalog(controller.overrides()).get(name);
    return DatasetPreview.of(name, d, PREVIEW_ROWS);
  }

  private void show(DatasetPreview p) {
    info.setText(
        "<html><body><h3>"
            + Html.esc(p.name())
            + "</h3><p>"
            + Html.esc(p.kind())
            + "</p><p>"
            + Html.esc(p.summary())
            + "</p></body></html>");
    preview.setModel(new DefaultTableModel(p.rows(), p.columns()));
    versions.setListData(p.versions().toArray(String[]::new));
  }

  private void clearPreview() {
    preview.setModel(new DefaultTableModel());
    versions.setListData(new String[0]);
  }
}

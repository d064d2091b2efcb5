package dev.learninglab.labs.pipeline.view;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.NameRenderer;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.pipeline.model.Node;
import dev.learninglab.labs.pipeline.model.Slice;
import dev.learninglab.labs.pipeline.model.graph.GraphBox;
import dev.learninglab.labs.pipeline.model.run.NodeStatus;
import java.awt.FlowLayout;
import java.util.List;
import java.util.TreeSet;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/**
 * The run controls: runner, slicing toggles around the selected node, tag, only-missing, cache,
 * Run.
 */
final class RunBar extends JPanel {
  // the tag list's first entry; the renderer words it in the current language
  static final String ALL_TAGS = "all tags";
  private final PipelineController controller;
  final JComboBox<String> runner = new JComboBox<>(new String[] {"sequential", "parallel"});
  final JToggleButton fromSelected =
      Localized.text(new JToggleButton(), () -> T.get("pipeline.fromSelected"));
  final JToggleButton toSelected =
      Localized.text(new JToggleButton(), () -> T.get("pipeline.toSelected"));
  final JComboBox<String> tag = new JComboBox<>();
  final JCheckBox onlyMissing =
      Localized.text(new JCheckBox(), () -> T.get("pipeline.onlyMissing"));
  final JCheckBox cache = Localized.text(new JCheckBox(), () -> T.get("pipeline.cache"));
  final JButton run = Localized.text(new JButton(), () -> T.get("pipeline.run"));
  final JButton resume = Localized.text(new JButton(), () -> T.get("pipeline.resume"));

  RunBar(PipelineController controller) {
    super(new WrapLayout(FlowLayout.LEFT, 6, 4));
    this.controller = controller;
    Localized.tip(fromSelected, () -> T.get("pipeline.fromSelected.tip"));
    Localized.tip(toSelected, () -> T.get("pipeline.toSelected.tip"));
    Localized.tip(cache, () -> T.get("pipeline.cache.tip"));
    runner.setRenderer(
        new NameRenderer<String>(
            r ->
                "parallel".equals(r)
                    ? T.get("pipeline.runner.parallel")
                    : T.get("pipeline.runner.sequential")));
    tag.setRenderer(
        new NameRenderer<String>(t -> ALL_TAGS.equals(t) ? T.get("pipeline.allTags") : t));
    // the main action first, so it never moves when the options around it change width
    add(run);
    add(resume);
    add(Toolbars.separator());
    add(Localized.text(new JLabel(), () -> T.get("pipeline.runner")));
    add(runner);
    add(fromSelected);
    add(toSelected);
    add(tag);
    add(onlyMissing);
    add(cache);
    Localized.tip(resume, () -> T.get("pipeline.resume.tip"));
    resume.addActionListener(
        e ->
            controller.run(
                Slice.all().withFromNodes(controller.lastRun().resumeFrom()),
                runner.getSelectedIndex() == 1,
                false,
                cache.isSelected()));
    run.addActionListener(
        e ->
            controller.run(
                slice(),
                runner.getSelectedIndex() == 1,
                onlyMissing.isSelected(),
                cache.isSelected()));
  }

  /** One coloured square per node status, so the graph's colours can be read. */
  static JLabel legend() {
    return Localized.text(new JLabel(), RunBar::legendHtml);
  }

  private static String legendHtml() {
    StringBuilder html = new StringBuilder("<html>");
    for (NodeStatus s : NodeStatus.values()) {
      java.awt.Color c = BoxColors.fill(GraphBox.Kind.NODE, s);
      html.append(
          String.format(
              "<font color='#%02x%02x%02x'>&#9632;</font>&nbsp;%s&nbsp; ",
              c.getRed(), c.getGreen(), c.getBlue(), s.text()));
    }
    return html.append("</html>").toString();
  }

  /** The slice the toggles describe; the toggles apply only when a node is selected. */
  Slice slice() {
    Slice s = Slice.all();
    String sel = controller.selection();
    boolean node =
        sel != null && controller.pipeline().nodes().stream().anyMatch(n -> n.name().equals(sel));
    if (node && fromSelected.isSelected()) {
      s = s.withFromNodes(List.of(sel));
    }
    if (node && toSelected.isSelected()) {
      s = s.withToNodes(List.of(sel));
    }
    if (tag.getSelectedItem() != null && !ALL_TAGS.equals(tag.getSelectedItem())) {
      s = s.withTags(List.of((String) tag.getSelectedItem()));
    }
    return s;
  }

  /** Refills the tag list for the current pipeline and enables Run when idle. */
  void refresh() {
    run.setEnabled(controller.hasProject() && !controller.running());
    resume.setEnabled(
        run.isEnabled()
            && controller.lastRun() != null
            && !controller.lastRun().succeeded()
            && controller.lastRun().pipeline().equals(controller.pipelineName()));
    if (!controller.hasProject()) {
      return;
    }
    TreeSet<String> tags = new TreeSet<>();
    controller.pipeline().nodes().stream().map(Node::tags).forEach(tags::addAll);
    Object current = tag.getSelectedItem();
    if (tag.getItemCount() != tags.size() + 1) {
      tag.removeAllItems();
      tag.addItem(ALL_TAGS);
      tags.forEach(tag::addItem);
      tag.setSelectedItem(current != null && tags.contains(current) ? current : ALL_TAGS);
    }
  }
}

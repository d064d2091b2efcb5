package dev.learninglab.labs.pipeline.view;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.pipeline.model.project.Project;
import dev.learninglab.labs.pipeline.model.project.Scaffold;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * Project and pipeline choice, the search/tag filter, and collapse-all for namespaces. The two
 * starters open from {@code ~/.learning-lab/pipeline/<starter>} (created on first use).
 */
final class ProjectBar extends JPanel {
  private final PipelineController controller;
  final JComboBox<String> starter = new JComboBox<>(new String[] {"spaceflights", "hello"});
  final JButton openFolder = Localized.text(new JButton(), () -> T.get("pipeline.openFolder"));
  final JComboBox<String> pipeline = new JComboBox<>();
  final JTextField search = new JTextField(14);
  final JButton collapseAll = Localized.text(new JButton(), () -> T.get("pipeline.collapseAll"));
  private boolean filling;

  ProjectBar(PipelineController controller) {
    super(new WrapLayout(FlowLayout.LEFT, 6, 4));
    this.controller = controller;
    add(Localized.text(new JLabel(), () -> T.get("pipeline.project")));
    add(starter);
    add(openFolder);
    add(Localized.text(new JLabel(), () -> T.get("pipeline.pipeline")));
    add(pipeline);
    add(Localized.text(new JLabel(), () -> T.get("pipeline.search")));
    Localized.tip(search, () -> T.get("pipeline.search.tip"));
    add(search);
    add(collapseAll);
    starter.addActionListener(e -> openStarter((String) starter.getSelectedItem()));
    openFolder.addActionListener(e -> chooseFolder());
    pipeline.addActionListener(
        e -> {
          if (!filling && pipeline.getSelectedItem() != null) {
            controller.selectPipeline((String) pipeline.getSelectedItem());
          }
        });
    search
        .getDocument()
        .addDocumentListener(
            new DocumentListener() {
              @Override
              public void insertUpdate(DocumentEvent e) {
                controller.setSearch(search.getText());
              }

              @Override
              public void removeUpdate(DocumentEvent e) {
                controller.setSearch(search.getText());
              }

              @Override
              public void changedUpdate(DocumentEvent e) {
                controller.setSearch(search.getText());
              }
            });
    collapseAll.addActionListener(
        e ->
            controller
                .namespaces()
                .forEach(
                    ns -> {
                      if (!controller.collapsed().contains(ns)) {
                        controller.toggleNamespace(ns);
                      }
                    }));
  }

  /** Opens (creating if needed) the starter's project in the learner's home. */
  void openStarter(String name) {
    Path dir = LabHome.dir().resolve("pipeline").resolve(name);
    try {
      if (!Files.isRegularFile(dir.resolve("project.yml"))) {
        Scaffold.create(dir, name);
      }
      controller.open(Project.open(dir));
    } catch (IOException | RuntimeException e) {
      controller.setSearch("");
      javax.swing.JOptionPane.showMessageDialog(
          this, T.get("pipeline.cannotOpen", dir.toString(), e.getMessage()));
    }
  }

  private void chooseFolder() {
    JFileChooser chooser = new JFileChooser(LabHome.dir().toFile());
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      try {
        controller.open(Project.open(chooser.getSelectedFile().toPath()));
      } catch (RuntimeException e) {
        javax.swing.JOptionPane.showMessageDialog(this, e.getMessage());
      }
    }
  }

  void refresh() {
    if (!controller.hasProject()) {
      return;
    }
    filling = true;
    var names = controller.project().pipelineNames();
    if (pipeline.getItemCount() != names.size()
        || !names.contains((String) pipeline.getItemAt(0))) {
      pipeline.removeAllItems();
      names.forEach(pipeline::addItem);
    }
    pipeline.setSelectedItem(controller.pipelineName());
    collapseAll.setEnabled(!controller.namespaces().isEmpty());
    filling = false;
  }
}

package dev.learninglab.labs.pipeline.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.pipeline.model.run.NodeStatus;
import dev.learninglab.testing.Edt;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import org.junit.jupiter.api.Test;

/** Drives the view like a learner: open hello, press Run, see every node done. */
class PipelineViewTest {

  @Test
  void runningHelloFromTheViewMarksEveryNodeDone() throws Exception {
    try (TaskService tasks = new TaskService()) {
      AtomicReference<PipelineView> view = new AtomicReference<>();
      AtomicReference<JFrame> frame = new AtomicReference<>();
      Edt.run(
          () -> {
            PipelineView v = new PipelineView(new LabContext(tasks, DatasetResolver.standard()));
            v.projectBar.starter.setSelectedItem("hello");
            view.set(v);
            frame.set(new JFrame("pipeline"));
            frame.get().add(v);
            frame.get().setSize(1280, 800);
            frame.get().setVisible(true);
          });
      PipelineView v = view.get();
      assertThat(v.controller().project().definition().starter()).isEqualTo("hello");
      assertThat(v.canvas.rects())
          .containsKeys("return_greeting", "my_salutation", "join_statements", "my_message");

      Edt.run(() -> v.runBar.run.doClick());
      awaitRun(v);
      assertThat(v.controller().lastRun().succeeded()).isTrue();
      assertThat(v.controller().status().get("return_greeting").status())
          .isEqualTo(NodeStatus.DONE);
      assertThat(v.controller().status().get("join_statements").status())
          .isEqualTo(NodeStatus.DONE);
      assertThat(v.message.getText()).startsWith("Run finished");
      assertThat(v.history.runs.getRowCount()).isGreaterThanOrEqualTo(1);

      // the saved dataset previews its value
      Edt.run(() -> v.controller().select("my_message"));
      Edt.await("the dataset preview to fill", () -> v.details.preview.getRowCount() > 0);
      assertThat(v.details.preview.getValueAt(0, 0)).isEqualTo("Hello Kedro!");
      // shown at once, not behind a collapsed divider
      Edt.await(
          "the preview table to be on screen",
          () -> v.details.preview.isShowing() && v.details.preview.getVisibleRect().height > 0);

      // a search dims non-matching boxes; selecting a node shows its details
      Edt.run(() -> v.controller().select("join_statements"));
      assertThat(v.details.info.getText())
          .contains("join_statements")
          .contains("my_salutation")
          .contains("done");
      Edt.run(() -> frame.get().dispose());
    }
  }

  private static void awaitRun(PipelineView v) throws Exception {
    Edt.await("the pipeline run to end", () -> !v.controller().running());
  }

  @Test
  void aFailedRunShowsTheFailedNodeAndResumeFinishesIt() throws Exception {
    try (TaskService tasks = new TaskService()) {
      AtomicReference<PipelineView> view = new AtomicReference<>();
      Edt.run(
          () -> {
            PipelineView v = new PipelineView(new LabContext(tasks, DatasetResolver.standard()));
            v.projectBar.starter.setSelectedItem("hello");
            view.set(v);
          });
      PipelineView v = view.get();
      // my_message pointed at a folder: join_statements cannot save it
      java.nio.file.Path local = v.controller().project().dir().resolve("conf/local/catalog.yml");
      java.nio.file.Files.writeString(local, "my_message:\n  type: text\n  filepath: data\n");
      Edt.run(() -> v.runBar.run.doClick());
      awaitRun(v);
      assertThat(v.controller().status().get("join_statements").status())
          .isEqualTo(NodeStatus.FAILED);
      assertThat(v.message.getText())
          .contains("Node `join_statements` failed (inputs [my_salutation])");
      assertThat(v.runBar.resume.isEnabled()).isTrue();

      java.nio.file.Files.delete(local);
      Edt.run(() -> v.runBar.resume.doClick());
      awaitRun(v);
      assertThat(v.controller().lastRun().succeeded()).isTrue();
      assertThat(v.controller().status().get("join_statements").status())
          .isEqualTo(NodeStatus.DONE);
      assertThat(v.runBar.resume.isEnabled()).isFalse();
    }
  }

  @Test
  void editingAParameterBecomesAnOverrideForTheNextRun() throws Exception {
    try (TaskService tasks = new TaskService()) {
      AtomicReference<PipelineView> view = new AtomicReference<>();
      Edt.run(
          () -> {
            PipelineView v = new PipelineView(new LabContext(tasks, DatasetResolver.standard()));
            v.projectBar.starter.setSelectedItem("spaceflights");
            v.parameters.edit("model_options.test_size", "0.3");
            view.set(v);
          });
      PipelineView v = view.get();
      assertThat(v.controller().overrides()).containsEntry("model_options.test_size", 0.3);
      assertThat(v.parameters.table.getValueAt(0, 0)).isEqualTo("model_options.test_size");
      assertThat(v.parameters.table.getValueAt(0, 1)).isEqualTo(0.3);
      assertThat(v.message.getText()).contains("model_options.test_size = 0.3");
      // the namespaces of spaceflights collapse into one box each
      Edt.run(() -> v.projectBar.collapseAll.doClick());
      assertThat(v.canvas.rects())
          .containsKeys("ns:data_processing", "ns:data_science", "model_input_table")
          .doesNotContainKey("data_science.X_train");
    }
  }
}

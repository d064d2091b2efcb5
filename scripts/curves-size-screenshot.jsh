// Screenshot of the "How much data?" tab with a cached curve, from the repository root:
//   the MNIST curve (docs/screenshots/curves-size.png), after scripts/bench/curves-mnist-size.sh:
//     xvfb-run -a -s "-screen 0 1280x800x24" jshell --class-path target/learning-lab.jar scripts/curves-size-screenshot.jsh
//   the digits curve with 3 repeats (docs/screenshots/curves-size-repeats.png), after
//   `curves size --dataset digits --repeats 3`:
//     xvfb-run -a -s "-screen 0 1280x800x24" jshell -R-Ddataset=digits -R-Depochs=10 -R-Drepeats=3 \
//       -R-Dout=/tmp/curves-size-repeats.png --class-path target/learning-lab.jar scripts/curves-size-screenshot.jsh
// Add -R-Ddark=1 for the dark theme. It writes -Dout (default /tmp/curves-size.png).
import javax.swing.*;
import java.awt.*;
import java.awt.image.BufferedImage;
import java.util.*;
if (System.getProperty("dark") != null) com.formdev.flatlaf.FlatDarkLaf.setup(); else com.formdev.flatlaf.FlatLightLaf.setup();
String dataset = System.getProperty("dataset", "mnist-test");
int epochs = Integer.getInteger("epochs", 3);
int repeats = Integer.getInteger("repeats", 1);
String out = System.getProperty("out", "/tmp/curves-size.png");
var tasks = new dev.learninglab.core.task.TaskService();
var ctx = new dev.learninglab.core.lab.LabContext(tasks, dev.learninglab.core.data.DatasetResolver.standard());
var frame = new JFrame("Learning curves");
java.util.List<Component> all = new ArrayList<>();
void collect(Component c) { all.add(c); if (c instanceof Container k) for (Component x : k.getComponents()) collect(x); }
SwingUtilities.invokeAndWait(() -> { frame.add(new dev.learninglab.labs.curves.view.CurvesView(ctx)); frame.setSize(1280, 800); frame.setVisible(true); });
Thread.sleep(3000);
SwingUtilities.invokeAndWait(() -> {
  collect(frame.getContentPane());
  for (Component c : all) if (c instanceof JTabbedPane t) t.setSelectedIndex(1);
  for (Component c : all) if (c instanceof JComboBox<?> b && b.getItemCount() == 3 && "digits".equals(b.getItemAt(0))) b.setSelectedItem(dataset);
  for (Component c : all) if (c instanceof JSpinner s && Integer.valueOf(10).equals(s.getValue())) s.setValue(epochs);
  for (Component c : all) if (c instanceof JSpinner s && s.getToolTipText() != null && s.getToolTipText().startsWith("Trainings per size")) s.setValue(repeats);
});
Thread.sleep(2000);
SwingUtilities.invokeAndWait(() -> {
  var img = new BufferedImage(frame.getContentPane().getWidth(), frame.getContentPane().getHeight(), BufferedImage.TYPE_INT_RGB);
  frame.getContentPane().paint(img.getGraphics());
  try { javax.imageio.ImageIO.write(img, "png", new java.io.File(out)); } catch (Exception e) { throw new RuntimeException(e); }
});
System.exit(0);

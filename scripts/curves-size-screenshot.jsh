// Screenshot of the "How much data?" tab with the cached MNIST curve (docs/screenshots/curves-size.png).
// Run after scripts/curves-mnist-size.sh, from the repository root:
//   xvfb-run -a jshell --class-path "target/classes:$(cat cp.txt)" scripts/curves-size-screenshot.jsh
// It writes /tmp/curves-size.png.
import javax.swing.*;
import java.awt.*;
import java.awt.image.BufferedImage;
import java.util.*;
com.formdev.flatlaf.FlatLightLaf.setup();
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
  for (Component c : all) if (c instanceof JComboBox<?> b && b.getItemCount() == 3 && "digits".equals(b.getItemAt(0))) b.setSelectedItem("mnist-test");
  for (Component c : all) if (c instanceof JSpinner s && Integer.valueOf(10).equals(s.getValue())) s.setValue(3);
});
Thread.sleep(2000);
SwingUtilities.invokeAndWait(() -> {
  var img = new BufferedImage(frame.getContentPane().getWidth(), frame.getContentPane().getHeight(), BufferedImage.TYPE_INT_RGB);
  frame.getContentPane().paint(img.getGraphics());
  try { javax.imageio.ImageIO.write(img, "png", new java.io.File("/tmp/curves-size.png")); } catch (Exception e) { throw new RuntimeException(e); }
});
System.exit(0);

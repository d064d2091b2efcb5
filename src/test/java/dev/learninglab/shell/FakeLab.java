package dev.learninglab.shell;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JComponent;
import javax.swing.JLabel;

/** A lab that counts how often its view is built, for the shell tests. */
final class FakeLab implements Lab {
  final AtomicInteger viewsBuilt = new AtomicInteger();
  private final String id;
  private final int rank;

  FakeLab(String id, int rank) {
    this.id = id;
    this.rank = rank;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return "Lab " + id;
  }

  @Override
  public int rank() {
    return rank;
  }

  @Override
  public String summary() {
    return "a fake lab";
  }

  @Override
  public String helpHtml() {
    return "<p>help for " + id + "</p>";
  }

  @Override
  public JComponent createView(LabContext context) {
    viewsBuilt.incrementAndGet();
    return new JLabel("view of " + id);
  }
}

package dev.learninglab.labs.editdistance;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.editdistance.cli.EditDistanceCommand;
import dev.learninglab.labs.editdistance.view.EditDistanceView;
import java.util.Optional;
import javax.swing.JComponent;

/**
 * The Edit-Distance lab: from the tutorial's recursion to dynamic programming and a package
 * matcher.
 */
public final class EditDistanceLab implements Lab {
  @Override
  public String id() {
    return "edit-distance";
  }

  @Override
  public String title() {
    return T.get("editdistance.title");
  }

  @Override
  public int rank() {
    return 20;
  }

  @Override
  public String summary() {
    return T.get("editdistance.summary");
  }

  @Override
  public JComponent createView(LabContext context) {
    return new EditDistanceView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new EditDistanceCommand());
  }
}

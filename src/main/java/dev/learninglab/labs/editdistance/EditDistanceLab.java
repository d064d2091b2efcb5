package dev.learninglab.labs.editdistance;

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
    return "Edit distance";
  }

  @Override
  public int rank() {
    return 20;
  }

  @Override
  public String summary() {
    return "Fill the edit-distance matrix cell by cell, trace the edits back, and match package lists.";
  }

  @Override
  public String helpHtml() {
    return """
        <h2>Edit distance</h2>
        <p>The fewest-cost edits (insert, delete, substitute) that turn one string into another.
        The tutorial's costs are insert 1, delete 1, substitute 2.</p>
        <ul>
        <li><b>DP matrix</b>: type two strings and the costs, then step through the cells
        (Right/Space = step, Left = back, P = play/pause, End = jump to end, Home = reset).
        Each cell is the cheapest of three candidates: insert (cell to the left + ins),
        delete (cell above + del), keep/substitute (cell up-left + 0 or sub). After the last
        cell the backtrace is drawn; click a step of the script to see its cell. The
        tutorial's own backtrace is shown beside it, with what is wrong with it.</li>
        <li><b>Recursion</b>: the tutorial's recursive version, its call tree and how many
        calls it makes, plain and memoised, against the cells of the matrix.</li>
        <li><b>Package matcher</b>: for each line of a requirements list, the closest line of
        another, and how often it is the same package.</li>
        </ul>
        <p>Ties are broken diagonal first, then delete, then insert.</p>
        """;
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

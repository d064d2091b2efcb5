package dev.learninglab.archfixture.sound.labs.tidy.view;

import dev.learninglab.archfixture.sound.labs.tidy.io.TallyFile;
import dev.learninglab.archfixture.sound.labs.tidy.model.Tally;
import javax.swing.JLabel;

/** A view may use Swing, the model and io. */
public final class TidyView extends JLabel {
  final Tally tally = new Tally();
  final TallyFile file = new TallyFile();
}

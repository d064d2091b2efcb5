package dev.learninglab.archfixture.sound.labs.tidy.cli;

import dev.learninglab.archfixture.sound.labs.tidy.io.TallyFile;
import dev.learninglab.archfixture.sound.labs.tidy.model.Tally;

/** A command uses the model and io. */
public final class TallyCommand {
  final Tally tally = new Tally();
  final TallyFile file = new TallyFile();
}

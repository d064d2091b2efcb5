package dev.learninglab.archfixture.sound.labs.tidy;

/** A well-shaped fixture lab: its façade. */
public final class TidyLab {
  final dev.learninglab.archfixture.sound.labs.tidy.view.TidyView view =
      new dev.learninglab.archfixture.sound.labs.tidy.view.TidyView();
}

package dev.learninglab.labs.audio.view;

import dev.learninglab.core.task.LabTask;
import java.util.function.Consumer;

/** Runs work off the event thread (as a shell task) and hands the result back on it. */
interface Background {
  <T> void run(String name, LabTask<T> work, Consumer<T> onDone);
}

package dev.learninglab.labs.gauntlet.model.run;

import ai.djl.util.Utils;
import dev.learninglab.core.data.Availability;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.data.DatasetUnavailableException;
import dev.learninglab.core.data.ResolvedDataset;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.gauntlet.probe.PackData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The system properties a pack's libraries need in the learner's VM, whose home is a throw-away
 * folder and whose network is off: DJL offline and reading the PyTorch natives the app already
 * unpacked (instead of unpacking 200 MB into every VM's home) on one thread, and the folders of the
 * catalogued datasets the pack reads ({@link PackData}).
 */
public final class LearnerVmOptions {
  private LearnerVmOptions() {}

  /**
   * Datasets already on this machine (bundled, cached, mirrored) are resolved and verified here;
   * one that would need a download is left out, so opening a pack never waits on the network and
   * the pack's data code says how to fetch it.
   */
  public static List<String> of(List<String> datasets, DatasetResolver resolver) {
    List<String> out = new ArrayList<>();
    out.add("-Dai.djl.offline=true");
    out.add("-DENGINE_CACHE_DIR=" + Utils.getEngineCacheDir());
    // one PyTorch thread: the drills are small, and on a shared machine a thread pool fighting
    // the app's own made one MNIST epoch take 2.6 to 12.7 s instead of 0.65 s (measured)
    out.add("-Dai.djl.pytorch.num_threads=1");
    out.add("-Dai.djl.pytorch.num_interop_threads=1");
    for (String id : datasets) {
      Availability where = resolver.availability(id);
      if (where.compareTo(Availability.MIRROR) > 0) {
        continue;
      }
      try {
        out.add(
            "-D"
                + PackData.PROPERTY_PREFIX
                + id
                + "="
                + folder(resolver.resolve(id, Progress.none())));
      } catch (DatasetUnavailableException e) {
        // a file that fails its checksum counts as missing: PackData says how to fetch it again
      }
    }
    return List.copyOf(out);
  }

  /** The folder the dataset's files are laid out in: a file's path minus its catalogued path. */
  private static Path folder(ResolvedDataset found) {
    String name = found.files().keySet().iterator().next();
    Path dir = found.file(name);
    for (int i = 0; i < Path.of(name).getNameCount(); i++) {
      dir = dir.getParent();
    }
    return dir;
  }
}

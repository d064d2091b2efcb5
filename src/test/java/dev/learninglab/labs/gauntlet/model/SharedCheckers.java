package dev.learninglab.labs.gauntlet.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.learninglab.core.data.Availability;
import dev.learninglab.core.data.DatasetResolver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One checker (one JShell VM) per pack for the whole test run: starting a VM costs seconds, and
 * every run starts from the same state anyway.
 */
final class SharedCheckers {
  private static final Map<String, Checker> CHECKERS = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> CHECKERS.values().forEach(Checker::close)));
  }

  private SharedCheckers() {}

  /**
   * Skips the calling test when a dataset the pack reads (snapshot data, never in the repository)
   * is not on this machine: in the user cache or a mirror named by {@code
   * LEARNING_LAB_DATA_MIRROR}.
   */
  static void assumeDatasetsHere(Pack pack) {
    for (String id : pack.datasets()) {
      assumeTrue(
          here(id),
          "pack " + pack.id() + " reads the catalogued " + id + ", which is not on this machine");
    }
  }

  /** Whether every dataset the pack reads is on this machine. */
  static boolean datasetsHere(Pack pack) {
    return pack.datasets().stream().allMatch(SharedCheckers::here);
  }

  private static boolean here(String id) {
    return DatasetResolver.standard().availability(id).compareTo(Availability.MIRROR) <= 0;
  }

  static Checker of(String pack) {
    return CHECKERS.computeIfAbsent(pack, id -> Checker.open(Packs.load(id)));
  }
}

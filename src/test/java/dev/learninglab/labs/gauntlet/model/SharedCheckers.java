package dev.learninglab.labs.gauntlet.model;

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

  static Checker of(String pack) {
    return CHECKERS.computeIfAbsent(pack, id -> Checker.open(Packs.load(id)));
  }
}

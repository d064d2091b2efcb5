package dev.learninglab.core.lab;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The labs on the class path, in tab order. */
public final class Labs {
  private Labs() {}

  public static List<Lab> discover() {
    return ServiceLoader.load(Lab.class).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparingInt(Lab::rank).thenComparing(Lab::id))
        .toList();
  }

  public static Optional<Lab> byId(List<Lab> labs, String id) {
    return labs.stream().filter(l -> l.id().equals(id)).findFirst();
  }
}

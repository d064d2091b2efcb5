package dev.learninglab.labs.pipeline.model.catalog;

/**
 * A value kept in memory for the run (Kedro's MemoryDataset); loading it before any save is an
 * error.
 */
public final class MemoryDataset implements Dataset {
  private final String name;
  private volatile Object value;
  private volatile boolean saved;

  public MemoryDataset(String name) {
    this.name = name;
  }

  public MemoryDataset(String name, Object value) {
    this(name);
    save(value);
  }

  @Override
  public Object load() {
    if (!saved) {
      throw new DatasetException(
          "Memory dataset `" + name + "` has no data yet: no node has saved it in this run");
    }
    return value;
  }

  @Override
  public void save(Object v) {
    value = v;
    saved = true;
  }

  @Override
  public boolean exists() {
    return saved;
  }

  @Override
  public String type() {
    return "memory";
  }

  @Override
  public boolean persisted() {
    return false;
  }

  @Override
  public String toString() {
    return "memory";
  }
}

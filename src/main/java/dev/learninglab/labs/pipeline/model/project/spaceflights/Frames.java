package dev.learninglab.labs.pipeline.model.project.spaceflights;

import dev.learninglab.labs.pipeline.model.PipelineException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The few pandas operations the spaceflights nodes need, on Tablesaw tables, with pandas'
 * semantics.
 */
public final class Frames {
  private Frames() {}

  /** The column, or an error naming the table and its columns. */
  public static Column<?> column(Table t, String name) {
    if (!t.columnNames().contains(name)) {
      throw new PipelineException(
          "Column `" + name + "` not found in " + t.name() + " (columns: " + t.columnNames() + ")");
    }
    return t.column(name);
  }

  /** A column as doubles: numbers as they are, booleans as 1/0, missing as NaN. */
  public static double[] doubles(Table t, String name) {
    Column<?> c = column(t, name);
    double[] out = new double[t.rowCount()];
    for (int i = 0; i < out.length; i++) {
      if (c.isMissing(i)) {
        out[i] = Double.NaN;
      } else if (c instanceof NumericColumn<?> n) {
        out[i] = n.getDouble(i);
      } else if (c instanceof BooleanColumn b) {
        out[i] = b.get(i) ? 1 : 0;
      } else {
        throw new PipelineException(
            "Column `"
                + name
                + "` of "
                + t.name()
                + " is "
                + c.type()
                + ", not numeric (value `"
                + c.getString(i)
                + "`)");
      }
    }
    return out;
  }

  /** The join key of one row: integral numbers compare as longs, anything else as text. */
  private static Object key(Column<?> c, int row) {
    if (c.isMissing(row)) {
      return null;
    }
    if (c instanceof NumericColumn<?> n) {
      double v = n.getDouble(row);
      return v == Math.rint(v) ? (Object) (long) v : (Object) v;
    }
    return c.getString(row);
  }

  /**
   * {@code left.merge(right, left_on=, right_on=)} (inner) with the row order of pandas 1.x, the
   * pandas the reference used: left keys in order of first appearance, and within a key the left
   * rows then the right rows in their own order. Clashing column names get pandas' {@code
   * _x}/{@code _y} suffixes.
   */
  public static Table innerMerge(Table left, Table right, String leftOn, String rightOn) {
    Column<?> lk = column(left, leftOn);
    Column<?> rk = column(right, rightOn);
    Map<Object, List<Integer>> rightRows = new LinkedHashMap<>();
    for (int r = 0; r < right.rowCount(); r++) {
      Object k = key(rk, r);
      if (k != null) {
        rightRows.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
      }
    }
    Map<Object, List<Integer>> leftGroups = new LinkedHashMap<>();
    for (int l = 0; l < left.rowCount(); l++) {
      Object k = key(lk, l);
      if (k != null && rightRows.containsKey(k)) {
        leftGroups.computeIfAbsent(k, x -> new ArrayList<>()).add(l);
      }
    }
    List<Integer> li = new ArrayList<>();
    List<Integer> ri = new ArrayList<>();
    leftGroups.forEach(
        (k, ls) -> {
          for (int l : ls) {
            for (int r : rightRows.get(k)) {
              li.add(l);
              ri.add(r);
            }
          }
        });
    Table a = take(left, li.stream().mapToInt(Integer::intValue).toArray());
    Table b = take(right, ri.stream().mapToInt(Integer::intValue).toArray());
    Table out = Table.create(left.name());
    for (Column<?> c : a.columns()) {
      out.addColumns(b.columnNames().contains(c.name()) ? c.copy().setName(c.name() + "_x") : c);
    }
    for (Column<?> c : b.columns()) {
      out.addColumns(a.columnNames().contains(c.name()) ? c.copy().setName(c.name() + "_y") : c);
    }
    return out;
  }

  /** The rows at the given positions, in that order, repeats allowed ({@code df.iloc[rows]}). */
  public static Table take(Table t, int[] rows) {
    Table out = Table.create(t.name());
    for (Column<?> c : t.columns()) {
      out.addColumns(c.subset(rows));
    }
    return out;
  }

  /**
   * {@code x == "t"} on a t/f column: true only for {@code t} (or a parsed true), missing is false.
   */
  public static BooleanColumn isTrue(Table t, String name) {
    Column<?> c = column(t, name);
    BooleanColumn out = BooleanColumn.create(name, t.rowCount());
    for (int i = 0; i < t.rowCount(); i++) {
      boolean v;
      if (c.isMissing(i)) {
        v = false;
      } else if (c instanceof BooleanColumn b) {
        v = b.get(i);
      } else {
        v = c.getString(i).equals("t");
      }
      out.set(i, v);
    }
    return out;
  }

  /**
   * Text with some characters removed, then as double divided by {@code divisor}; missing stays
   * missing (NaN). A column the CSV reader already made numeric is taken as it is: Tablesaw reads
   * {@code "90%"} as 0.9 by itself.
   */
  public static tech.tablesaw.api.DoubleColumn parseNumber(
      Table t, String name, String strip, double divisor) {
    Column<?> c = column(t, name);
    if (c instanceof NumericColumn<?> n) {
      return n.asDoubleColumn().setName(name);
    }
    tech.tablesaw.api.DoubleColumn out = tech.tablesaw.api.DoubleColumn.create(name, t.rowCount());
    for (int i = 0; i < t.rowCount(); i++) {
      if (c.isMissing(i)) {
        out.setMissing(i);
        continue;
      }
      String s = c.getString(i);
      for (char ch : strip.toCharArray()) {
        s = s.replace(String.valueOf(ch), "");
      }
      try {
        out.set(i, Double.parseDouble(s.trim()) / divisor);
      } catch (NumberFormatException e) {
        throw new PipelineException(
            "Column `" + name + "` row " + i + ": `" + c.getString(i) + "` is not a number");
      }
    }
    return out;
  }

  /** A copy of the table with one column replaced (nodes never modify their inputs). */
  public static Table replaced(Table t, Column<?> column) {
    Table copy = t.copy();
    copy.replaceColumn(column.name(), column);
    return copy;
  }
}

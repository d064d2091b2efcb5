package dev.learninglab.labs.smell.model.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which RDKit's SMILES parser creates bonds, and which atoms were written in brackets.
 *
 * <p>ogb lists edges in RDKit's bond order, and RDKit's chirality tags are relative to it. RDKit
 * adds chain bonds as it reads each atom (previous atom → new atom) and appends every ring-closure
 * bond after all of them, by ring number, then in the order they close (closing atom → opening
 * atom), because it keeps open rings in a map keyed by their number. CDK orders bonds differently,
 * so this scanner recovers RDKit's order from the text. It assumes the SMILES already parsed with
 * CDK (errors are CDK's to report).
 */
final class SmilesWriteOrder {
  /** One bond in RDKit's order, by written atom index. */
  record WrittenBond(int begin, int end) {}

  private record RingBond(int number, WrittenBond bond) {}

  private final List<WrittenBond> chainBonds = new ArrayList<>();
  private final List<RingBond> ringBonds = new ArrayList<>();
  private final List<Boolean> bracketed = new ArrayList<>();

  private SmilesWriteOrder() {}

  static SmilesWriteOrder of(String smiles) {
    SmilesWriteOrder order = new SmilesWriteOrder();
    order.scan(smiles);
    return order;
  }

  /** Chain bonds, then ring closures: RDKit's bond indices. */
  List<WrittenBond> bonds() {
    List<WrittenBond> all = new ArrayList<>(chainBonds);
    ringBonds.stream()
        .sorted(Comparator.comparingInt(RingBond::number)) // stable: closing order within a number
        .forEach(ring -> all.add(ring.bond()));
    return all;
  }

  boolean bracketed(int writtenAtom) {
    return bracketed.get(writtenAtom);
  }

  int atomCount() {
    return bracketed.size();
  }

  private void scan(String smiles) {
    Deque<Integer> branches = new ArrayDeque<>();
    Map<Integer, Integer> openRings = new HashMap<>();
    int previous = -1;
    int i = 0;
    while (i < smiles.length()) {
      char c = smiles.charAt(i);
      if (c == '[') {
        int close = smiles.indexOf(']', i);
        previous = addAtom(previous, true);
        i = close + 1;
      } else if (Character.isLetter(c) || c == '*') {
        boolean twoLetter =
            (c == 'C' || c == 'B')
                && i + 1 < smiles.length()
                && "lr".indexOf(smiles.charAt(i + 1)) >= 0;
        previous = addAtom(previous, false);
        i += twoLetter ? 2 : 1;
      } else if (c == '(') {
        branches.push(previous);
        i++;
      } else if (c == ')') {
        previous = branches.pop();
        i++;
      } else if (c == '.') {
        previous = -1;
        i++;
      } else if (Character.isDigit(c) || c == '%') {
        int digits = c == '%' ? 2 : 1;
        int start = c == '%' ? i + 1 : i;
        int number = Integer.parseInt(smiles.substring(start, start + digits));
        Integer opener = openRings.remove(number);
        if (opener == null) {
          openRings.put(number, previous);
        } else {
          ringBonds.add(new RingBond(number, new WrittenBond(previous, opener)));
        }
        i = start + digits;
      } else if (Character.isWhitespace(c)) {
        break; // a title follows the SMILES
      } else {
        i++; // bond symbols: the bond is created with the next atom or ring digit
      }
    }
  }

  private int addAtom(int previous, boolean inBrackets) {
    int atom = bracketed.size();
    bracketed.add(inBrackets);
    if (previous >= 0) {
      chainBonds.add(new WrittenBond(previous, atom));
    }
    return atom;
  }
}

package dev.learninglab.labs.editdistance.view;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.i18n.Locales;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.FileDrop;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.RecordTableModel;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.editdistance.model.Match;
import dev.learninglab.labs.editdistance.model.MatchCsv;
import dev.learninglab.labs.editdistance.model.MatchReport;
import dev.learninglab.labs.editdistance.model.PackageMatcher;
import dev.learninglab.labs.editdistance.model.RequirementList;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;

/**
 * The "Package matcher" tab: two requirement lists (demo pair, chosen or dropped files, or the
 * catalogued pip-requirements pair), matched in the background; a sortable table, the accuracy
 * figures, the packages that cannot match, and CSV export.
 */
final class MatcherTab extends JPanel {
  static final String DATASET = "pip-requirements";

  final JLabel firstLabel = dropLabel();
  final JLabel secondLabel = dropLabel();
  final JButton chooseFirst = button("editdistance.matcher.first");
  final JButton chooseSecond = button("editdistance.matcher.second");
  final JButton demo = button("editdistance.matcher.demo");
  final JButton catalogued = button("editdistance.matcher.catalogued");
  final JCheckBox namesOnly =
      Localized.text(new JCheckBox(), () -> T.get("editdistance.matcher.namesOnly"));
  final JButton match = button("editdistance.matcher.match");
  final JButton export = button("editdistance.matcher.export");
  final JLabel summary = new JLabel(" ");
  final RecordTableModel<Match> rows = MatchTableModel.create();
  final FittedTable table = new FittedTable(rows);
  final DefaultListModel<String> unmatched = new DefaultListModel<>();
  private final LabContext context;
  private ListChoice first = ListChoice.demo("demo-py36.txt");
  private ListChoice second = ListChoice.demo("demo-py39.txt");
  private MatchReport report;

  MatcherTab(LabContext context) {
    super(new BorderLayout(4, 4));
    this.context = context;
    summary.setName("matchSummary");
    table.setAutoCreateRowSorter(true);
    table.setName("matches");
    export.setEnabled(false);

    JPanel sources = new JPanel(new GridLayout(2, 1, 2, 2));
    sources.add(row(chooseFirst, firstLabel));
    sources.add(row(chooseSecond, secondLabel));
    JPanel actions = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    for (var c : List.of(demo, catalogued, namesOnly, match, export)) {
      actions.add(c);
    }
    JPanel top = new JPanel(new BorderLayout());
    top.add(sources, BorderLayout.NORTH);
    top.add(actions, BorderLayout.CENTER);
    summary.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    top.add(summary, BorderLayout.SOUTH);

    JPanel unmatchedBox =
        Localized.titled(
            new JPanel(new BorderLayout()), () -> T.get("editdistance.matcher.unmatched"));
    unmatchedBox.add(new JScrollPane(new JList<>(unmatched)));
    JSplitPane split =
        new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), unmatchedBox);
    split.setResizeWeight(0.75);
    add(top, BorderLayout.NORTH);
    add(split, BorderLayout.CENTER);

    chooseFirst.addActionListener(e -> choose(true));
    chooseSecond.addActionListener(e -> choose(false));
    firstLabel.setTransferHandler(new FileDrop(paths -> dropped(paths, true)));
    secondLabel.setTransferHandler(new FileDrop(paths -> dropped(paths, false)));
    table.setTransferHandler(new FileDrop(paths -> dropped(paths, true)));
    demo.addActionListener(
        e -> setLists(ListChoice.demo("demo-py36.txt"), ListChoice.demo("demo-py39.txt")));
    catalogued.addActionListener(
        e ->
            setLists(
                ListChoice.catalogued(context.datasets(), DATASET, "py36.txt"),
                ListChoice.catalogued(context.datasets(), DATASET, "py39.txt")));
    match.addActionListener(e -> runMatch());
    namesOnly.addActionListener(e -> runMatch());
    export.addActionListener(e -> exportCsv());
    showChoices();
  }

  void setLists(ListChoice a, ListChoice b) {
    first = a;
    second = b;
    showChoices();
    runMatch();
  }

  /** Matches in the background; the future completes once the result (or error) is shown. */
  CompletableFuture<Void> runMatch() {
    ListChoice a = first;
    ListChoice b = second;
    boolean names = namesOnly.isSelected();
    match.setEnabled(false);
    summary.setForeground(null);
    Localized.text(summary, () -> T.get("editdistance.matcher.matching", a.label(), b.label()));
    return OnEdt.after(
        context
            .tasks()
            .submit(
                T.get("editdistance.matcher.task"),
                p -> {
                  RequirementList la = a.load(p);
                  RequirementList lb = b.load(p);
                  return new PackageMatcher(names).match(la, lb, p);
                }),
        this::show,
        this::ended);
  }

  private void ended(TaskEnd end) {
    match.setEnabled(true);
    summary.setForeground(ErrorColour.get());
    Localized.text(
        summary,
        () ->
            end instanceof TaskEnd.Failed failed
                ? failed.message()
                : T.get("editdistance.matcher.cancelled"));
  }

  private void show(MatchReport r) {
    match.setEnabled(true);
    report = r;
    rows.setRows(r.matches());
    unmatched.clear();
    r.unmatched().forEach(unmatched::addElement);
    export.setEnabled(true);
    Localized.text(
        summary,
        () ->
            T.get(
                "editdistance.matcher.summary",
                r.correct(),
                r.total(),
                r.accuracy(),
                r.matchable(),
                r.matchableAccuracy() == null
                    ? T.get("editdistance.matcher.noMatchable")
                    : String.format(Locales.current(), "%.2f", r.matchableAccuracy())));
  }

  private void choose(boolean isFirst) {
    JFileChooser chooser = new JFileChooser();
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      dropped(List.of(chooser.getSelectedFile().toPath()), isFirst);
    }
  }

  /** One file replaces the list it was dropped on; two files replace both. */
  void dropped(List<Path> paths, boolean onFirst) {
    if (paths.size() >= 2) {
      setLists(ListChoice.file(paths.get(0)), ListChoice.file(paths.get(1)));
    } else if (paths.size() == 1) {
      setLists(
          onFirst ? ListChoice.file(paths.get(0)) : first,
          onFirst ? second : ListChoice.file(paths.get(0)));
    }
  }

  private void exportCsv() {
    JFileChooser chooser = new JFileChooser();
    chooser.setSelectedFile(new java.io.File("matches.csv"));
    if (report != null && chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
      try {
        MatchCsv.write(report, chooser.getSelectedFile().toPath());
      } catch (IOException e) {
        summary.setForeground(ErrorColour.get());
        String message =
            T.get("editdistance.matcher.writeFailed", chooser.getSelectedFile(), e.getMessage());
        Localized.text(summary, () -> message);
      }
    }
  }

  private void showChoices() {
    ListChoice a = first;
    ListChoice b = second;
    Localized.text(firstLabel, () -> T.get("editdistance.matcher.firstLabel", a.label()));
    Localized.text(secondLabel, () -> T.get("editdistance.matcher.secondLabel", b.label()));
  }

  private static JButton button(String key) {
    return Localized.text(new JButton(), () -> T.get(key));
  }

  private static JPanel row(JButton button, JLabel label) {
    JPanel p = new JPanel(new BorderLayout(6, 0));
    p.add(button, BorderLayout.WEST);
    p.add(label, BorderLayout.CENTER);
    return p;
  }

  private static JLabel dropLabel() {
    JLabel l = new JLabel();
    l.setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createDashedBorder(Color.GRAY),
            BorderFactory.createEmptyBorder(3, 6, 3, 6)));
    return l;
  }
}

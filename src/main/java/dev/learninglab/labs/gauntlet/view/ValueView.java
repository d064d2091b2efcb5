package dev.learninglab.labs.gauntlet.view;

import static dev.learninglab.labs.gauntlet.model.GauntletTexts.T;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.gauntlet.model.Shown;
import java.awt.BorderLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableModel;

/**
 * Shows one of the learner's values: a table's first rows, a chart's picture, or the value itself.
 */
final class ValueView {
  static final int ROWS_SHOWN = 20;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ValueView() {}

  static JComponent of(Shown shown) {
    JsonNode v;
    try {
      v = MAPPER.readTree(shown.json());
    } catch (IOException e) {
      return new JLabel(T.get("gauntlet.value.unshowable", shown.expression()));
    }
    String kind = v.path("kind").asText();
    if (!shown.pngBase64().isEmpty()) {
      return picture(shown.pngBase64());
    }
    if (kind.equals("table")) {
      return table(v);
    }
    JLabel label =
        new JLabel(
            shown.expression()
                + " = "
                + (v.has("value") ? v.get("value").toString() : v.toString()));
    label.setVerticalAlignment(SwingConstants.TOP);
    return label;
  }

  private static JComponent table(JsonNode t) {
    JsonNode columns = t.path("columns");
    int rows = t.path("rows").asInt();
    int shownRows = Math.min(rows, ROWS_SHOWN);
    String[] names = new String[columns.size()];
    Object[][] cells = new Object[shownRows][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      names[c] =
          columns.get(c).path("name").asText()
              + " ("
              + columns.get(c).path("type").asText().toLowerCase()
              + ")";
      for (int r = 0; r < shownRows; r++) {
        JsonNode cell = columns.get(c).path("values").get(r);
        cells[r][c] =
            cell == null || cell.isNull() ? "" : cell.isTextual() ? cell.asText() : cell.toString();
      }
    }
    JTable table =
        new FittedTable(
            new DefaultTableModel(cells, names) {
              @Override
              public boolean isCellEditable(int row, int column) {
                return false;
              }
            });
    JPanel panel = new JPanel(new BorderLayout());
    int width = columns.size();
    panel.add(
        Localized.text(
            new JLabel(),
            () ->
                rows > shownRows
                    ? T.get("gauntlet.value.tableFirst", rows, width, shownRows)
                    : T.get("gauntlet.value.table", rows, width)),
        BorderLayout.NORTH);
    panel.add(new JScrollPane(table), BorderLayout.CENTER);
    return panel;
  }

  private static JComponent picture(String base64) {
    try {
      return new JScrollPane(
          new JLabel(
              new ImageIcon(
                  ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64))))));
    } catch (IOException | IllegalArgumentException e) {
      return new JLabel(T.get("gauntlet.value.undrawable", e.getMessage()));
    }
  }
}

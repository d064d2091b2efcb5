package dev.learninglab.labs.iin.io;

import dev.learninglab.labs.iin.model.iin.SwapGrid;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * A swap grid as one picture: the colour-giving images along the top, the digit-giving images down
 * the left, the swapped cells inside, separated by a gap.
 */
public final class GridPicture {
  private static final int SCALE = 2;
  private static final int GAP = 6;

  private GridPicture() {}

  public static BufferedImage render(SwapGrid grid, boolean throughFlow, Color background) {
    int side = 28 * SCALE;
    int rows = grid.rows().length;
    int cols = grid.columns().length;
    BufferedImage out =
        new BufferedImage(
            (cols + 1) * side + (cols + 1) * 2 + GAP,
            (rows + 1) * side + (rows + 1) * 2 + GAP,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    for (int c = 0; c < cols; c++) {
      g.drawImage(DigitPictures.image(grid.columnImages()[c], 0, SCALE), x(c + 1, side), 0, null);
    }
    float[][] cells = throughFlow ? grid.throughFlow() : grid.withoutFlow();
    for (int r = 0; r < rows; r++) {
      g.drawImage(DigitPictures.image(grid.rowImages()[r], 0, SCALE), 0, x(r + 1, side), null);
      for (int c = 0; c < cols; c++) {
        g.drawImage(
            DigitPictures.image(cells[r * cols + c], 0, SCALE),
            x(c + 1, side),
            x(r + 1, side),
            null);
      }
    }
    g.dispose();
    return out;
  }

  private static int x(int k, int side) {
    return k * (side + 2) + (k > 0 ? GAP : 0);
  }
}

package dev.learninglab.labs.iin.model.iin;

import dev.learninglab.labs.iin.model.data.ColourDigits;

/**
 * The paper's figure: rows are images giving the digit, columns images giving the colour, and each
 * cell is the column's image with the row's digit chunk (decoded), through T or on the same
 * dimensions of z. Pictures are channels first.
 *
 * @param rowImages the images giving the digit
 * @param columnImages the images giving the colour
 * @param throughFlow cell (r, c) at index r · columns + c
 * @param withoutFlow the same cells swapped on z
 */
public record SwapGrid(
    int[] rows,
    int[] columns,
    float[][] rowImages,
    float[][] columnImages,
    float[][] throughFlow,
    float[][] withoutFlow) {

  public static SwapGrid of(IinModel model, ColourDigits data, int[] rows, int[] columns) {
    int cells = rows.length * columns.length;
    float[] donors = new float[cells * ColourDigits.PIXELS];
    float[] bases = new float[cells * ColourDigits.PIXELS];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < columns.length; c++) {
        int cell = r * columns.length + c;
        System.arraycopy(
            data.testImage(rows[r]), 0, donors, cell * ColourDigits.PIXELS, ColourDigits.PIXELS);
        System.arraycopy(
            data.testImage(columns[c]), 0, bases, cell * ColourDigits.PIXELS, ColourDigits.PIXELS);
      }
    }
    float[] zDonor = model.stage().encode(donors, cells);
    float[] zBase = model.stage().encode(bases, cells);
    int digit = model.layout().chunkOf("digit");
    float[] flow = model.stage().decode(model.swap(zBase, zDonor, cells, digit, true), cells);
    float[] plain = model.stage().decode(model.swap(zBase, zDonor, cells, digit, false), cells);
    float[][] rowImages = new float[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      rowImages[r] = data.testImage(rows[r]);
    }
    float[][] columnImages = new float[columns.length][];
    for (int c = 0; c < columns.length; c++) {
      columnImages[c] = data.testImage(columns[c]);
    }
    return new SwapGrid(
        rows, columns, rowImages, columnImages, split(flow, cells), split(plain, cells));
  }

  private static float[][] split(float[] pictures, int n) {
    float[][] out = new float[n][];
    for (int i = 0; i < n; i++) {
      out[i] =
          java.util.Arrays.copyOfRange(
              pictures, i * ColourDigits.PIXELS, (i + 1) * ColourDigits.PIXELS);
    }
    return out;
  }
}

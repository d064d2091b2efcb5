package dev.learninglab.labs.smell.view;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IChemObject;
import org.openscience.cdk.renderer.generators.standard.StandardGenerator;

/**
 * CDK's 2-D depiction of a molecule, atoms numbered as in the atom table, optionally with each atom
 * glowing by its share of a prediction (warm = towards fruity, cool = against).
 */
final class MoleculeDepiction {
  private MoleculeDepiction() {}

  static BufferedImage draw(IAtomContainer mol, int width, int height, double[] shares)
      throws CDKException {
    DepictionGenerator generator =
        new DepictionGenerator()
            .withAtomColors()
            .withAnnotationColor(new Color(0x55, 0x66, 0x88))
            .withSize(width, height)
            .withFillToFit()
            .withBackgroundColor(Color.WHITE)
            .withOuterGlowHighlight(3);
    for (int a = 0; a < mol.getAtomCount(); a++) {
      // 0-based, as in the atom table and ogb's edge list (CDK's own numbers start at 1)
      mol.getAtom(a).setProperty(StandardGenerator.ANNOTATION_LABEL, Integer.toString(a));
    }
    if (shares != null) {
      double max = 1e-9;
      for (double s : shares) {
        max = Math.max(max, Math.abs(s));
      }
      for (int a = 0; a < shares.length && a < mol.getAtomCount(); a++) {
        double t = Math.min(1, Math.abs(shares[a]) / max);
        if (t < 0.05) {
          continue;
        }
        Color base = shares[a] > 0 ? new Color(0xE6, 0x6A, 0x1F) : new Color(0x2B, 0x7B, 0xD8);
        Color glow =
            new Color(base.getRed(), base.getGreen(), base.getBlue(), (int) (30 + 110 * t));
        generator = generator.withHighlight(List.<IChemObject>of(mol.getAtom(a)), glow);
      }
    }
    return generator.depict(mol).toImg();
  }
}

package dev.learninglab.labs.iin.model.toy;

/**
 * A trained plane flow's score: held-out NLL on 10,000 fresh samples and the density's entropy,
 * both in nats. The NLL can only approach the entropy from above (their gap is the KL divergence
 * from the data to the flow), which makes the entropy the target a learner can read.
 */
public record ToyReport(String density, int blocks, int steps, double nll, double entropy) {
  public static final int HELD_OUT = 10_000;

  public static ToyReport of(PlaneFlow flow, int seed) {
    return new ToyReport(
        flow.density().id(),
        flow.blocks(),
        flow.steps(),
        flow.heldOutNll(HELD_OUT, 1_000_003L + seed),
        flow.density().entropy());
  }
}

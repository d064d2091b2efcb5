package dev.learninglab.labs.forecast.model;

import ai.djl.ndarray.NDList;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.LSTM;

/**
 * The tutorial's network: stacked LSTM layers reading the window day by day, the last day's state
 * into one dense unit. Input {@code (B, W, 1)} scaled prices, output {@code (B, 1)}. Public so the
 * speed benchmark (bench.ForecastLstmDjlBench) times this very network.
 */
public final class LstmNetwork {
  private LstmNetwork() {}

  public static SequentialBlock build(int layers, int units) {
    SequentialBlock net = new SequentialBlock();
    // one single-layer LSTM per level, as Keras stacks them (return_sequences on all but the last)
    for (int l = 0; l < layers; l++) {
      net.add(LSTM.builder().setStateSize(units).setNumLayers(1).optBatchFirst(true).build());
    }
    net.add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().get(":, -1, :")), "lastDay"));
    net.add(Linear.builder().setUnits(1).build());
    return net;
  }
}

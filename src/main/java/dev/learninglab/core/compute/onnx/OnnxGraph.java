package dev.learninglab.core.compute.onnx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds an ONNX model (float tensors, one input, one output) node by node and serialises it.
 *
 * <p>DJL cannot export a block built in Java to ONNX, and its PyTorch engine cannot trace one to
 * TorchScript, so a network that should run on ONNX Runtime describes itself here layer by layer
 * with its trained weights as initialisers. Field numbers follow onnx/onnx.proto (IR version 8,
 * default opset 17).
 */
public final class OnnxGraph {

  private static final int FLOAT = 1;
  private static final long IR_VERSION = 8;
  private static final long OPSET = 17;

  private final String name;
  private final List<ProtoWriter> nodes = new ArrayList<>();
  private final List<ProtoWriter> initializers = new ArrayList<>();
  private final List<ProtoWriter> inputs = new ArrayList<>();
  private final List<ProtoWriter> outputs = new ArrayList<>();
  private int counter;

  public OnnxGraph(String name) {
    this.name = name;
  }

  /** Declares a float input; a dimension is a Long (fixed) or a String (symbolic, e.g. "H"). */
  public OnnxGraph input(String tensor, Object... dims) {
    inputs.add(valueInfo(tensor, dims));
    return this;
  }

  /** Declares a float output. */
  public OnnxGraph output(String tensor, Object... dims) {
    outputs.add(valueInfo(tensor, dims));
    return this;
  }

  /** Adds a constant float tensor (weights) and returns its name. */
  public String constant(String tensor, long[] dims, float[] values) {
    ProtoWriter t = new ProtoWriter();
    for (long d : dims) {
      t.varint(1, d);
    }
    t.varint(2, FLOAT).string(8, tensor).bytes(9, ProtoWriter.littleEndian(values));
    initializers.add(t);
    return tensor;
  }

  /**
   * Adds a node; attribute values may be Long/Integer (INT), Float (FLOAT), String (STRING) or
   * long[] (INTS). Returns the name of its (single) output.
   */
  public String node(String opType, Map<String, Object> attributes, String... nodeInputs) {
    String output = opType.toLowerCase(java.util.Locale.ROOT) + "_" + (++counter);
    ProtoWriter n = new ProtoWriter();
    for (String in : nodeInputs) {
      n.string(1, in);
    }
    n.string(2, output).string(3, output).string(4, opType);
    // in name order: Map.of iterates differently from run to run, and the file should not
    new TreeMap<>(attributes).forEach((key, value) -> n.message(5, attribute(key, value)));
    nodes.add(n);
    return output;
  }

  /** Adds an Identity node that publishes tensor {@code from} under the name {@code tensor}. */
  public void alias(String from, String tensor) {
    nodes.add(
        new ProtoWriter()
            .string(1, from)
            .string(2, tensor)
            .string(3, tensor)
            .string(4, "Identity"));
  }

  /** The serialised ModelProto. */
  public byte[] toBytes(String producer) {
    ProtoWriter graph = new ProtoWriter();
    nodes.forEach(n -> graph.message(1, n));
    graph.string(2, name);
    initializers.forEach(t -> graph.message(5, t));
    inputs.forEach(v -> graph.message(11, v));
    outputs.forEach(v -> graph.message(12, v));
    return new ProtoWriter()
        .varint(1, IR_VERSION)
        .string(2, producer)
        .message(7, graph)
        .message(8, new ProtoWriter().string(1, "").varint(2, OPSET))
        .toByteArray();
  }

  private static ProtoWriter attribute(String key, Object value) {
    ProtoWriter a = new ProtoWriter().string(1, key);
    if (value instanceof Float f) {
      a.fixed32Float(2, f).varint(20, 1);
    } else if (value instanceof Integer || value instanceof Long) {
      a.varint(3, ((Number) value).longValue()).varint(20, 2);
    } else if (value instanceof String s) {
      a.string(4, s).varint(20, 3);
    } else if (value instanceof long[] ints) {
      for (long i : ints) {
        a.varint(8, i);
      }
      a.varint(20, 7);
    } else {
      throw new IllegalArgumentException("unsupported ONNX attribute " + key + " = " + value);
    }
    return a;
  }

  private static ProtoWriter valueInfo(String tensor, Object... dims) {
    ProtoWriter shape = new ProtoWriter();
    for (Object d : dims) {
      ProtoWriter dim = new ProtoWriter();
      if (d instanceof String symbol) {
        dim.string(2, symbol);
      } else {
        dim.varint(1, ((Number) d).longValue());
      }
      shape.message(1, dim);
    }
    ProtoWriter tensorType = new ProtoWriter().varint(1, FLOAT).message(2, shape);
    return new ProtoWriter().string(1, tensor).message(2, new ProtoWriter().message(1, tensorType));
  }
}

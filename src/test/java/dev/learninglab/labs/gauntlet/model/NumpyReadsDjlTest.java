package dev.learninglab.labs.gauntlet.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The arrays pack says DJL's .npz is what NumPy reads back: {@code arrays-product-djl.npz} was
 * written by the pack's steps and read by NumPy ({@code sevenlibs/make_numpy_fixture.py}); DJL
 * still writes the same array entry today, and NumPy saw the values DJL reads.
 */
class NumpyReadsDjlTest {
  private static final String FOLDER = "/gauntlet/sevenlibs/";

  @Test
  void djlWritesTheArrayEntryNumpyRead() throws IOException {
    byte[] committed = resource("arrays-product-djl.npz");
    JsonNode numpy = new ObjectMapper().readTree(resource("arrays-numpy.json"));
    try (NDManager manager = NDManager.newBaseManager()) {
      Engine.getInstance().setRandomSeed(42);
      NDArray array1 = manager.randomInteger(0, 20, new Shape(10, 10), DataType.INT32);
      NDArray array2 = manager.randomInteger(0, 20, new Shape(10, 10), DataType.INT32);
      array1.set(array1.gt(10), 0);
      array2.set(array2.lt(5), 10);
      byte[] written = new NDList(array1.mul(array2)).encode(NDList.Encoding.NPZ);

      // zip headers carry the time of writing, so the .npy entries are compared, not the files
      assertThat(entry(written, "arr_0.npy")).isEqualTo(entry(committed, "arr_0.npy"));
      NDArray back = NDList.decode(manager, committed).get(0);
      assertThat(back.getShape().getShape()).containsExactly(10, 10);
      assertThat(numpy.path("shape").toString()).isEqualTo("[10,10]");
      assertThat(numpy.path("dtype").asText()).isEqualTo(back.getDataType().toString());
      List<Integer> seen = new ArrayList<>();
      numpy.path("values").forEach(v -> seen.add(v.asInt()));
      assertThat(back.toIntArray()).containsExactly(seen.stream().mapToInt(i -> i).toArray());
    }
  }

  private static byte[] entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("no entry " + name + " in the .npz");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = NumpyReadsDjlTest.class.getResourceAsStream(FOLDER + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}

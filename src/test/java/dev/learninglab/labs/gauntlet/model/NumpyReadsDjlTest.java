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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The arrays pack says the .npy it writes (DJL's .npz entry, written out alone) is what NumPy reads
 * back: {@code arrays-product-djl.npy} was written by the pack's steps and read by NumPy's {@code
 * np.load} ({@code sevenlibs/make_numpy_fixture.py}); DJL still writes the same bytes, and NumPy
 * saw the values DJL reads.
 */
class NumpyReadsDjlTest {
  private static final String FOLDER = "/gauntlet/sevenlibs/";

  @Test
  void djlWritesTheNpyNumpyRead() throws IOException {
    byte[] committed = resource("arrays-product-djl.npy");
    JsonNode numpy = new ObjectMapper().readTree(resource("arrays-numpy.json"));
    try (NDManager manager = NDManager.newBaseManager()) {
      Engine.getInstance().setRandomSeed(42);
      NDArray array1 = manager.randomInteger(0, 20, new Shape(10, 10), DataType.INT32);
      NDArray array2 = manager.randomInteger(0, 20, new Shape(10, 10), DataType.INT32);
      array1.set(array1.gt(10), 0);
      array2.set(array2.lt(5), 10);
      byte[] npz = new NDList(array1.mul(array2)).encode(NDList.Encoding.NPZ);

      assertThat(onlyEntry(npz)).isEqualTo(committed);
      assertThat(new String(committed, 0, 6, StandardCharsets.ISO_8859_1)).isEqualTo("\u0093NUMPY");
      NDArray back = NDList.decode(manager, committed).get(0);
      assertThat(back.getShape().getShape()).containsExactly(10, 10);
      assertThat(numpy.path("format").asText()).isEqualTo("npy 1.0");
      assertThat(numpy.path("shape").toString()).isEqualTo("[10,10]");
      assertThat(numpy.path("dtype").asText()).isEqualTo(back.getDataType().toString());
      List<Integer> seen = new ArrayList<>();
      numpy.path("values").forEach(v -> seen.add(v.asInt()));
      assertThat(back.toIntArray()).containsExactly(seen.stream().mapToInt(i -> i).toArray());
    }
  }

  /** The one .npy entry of an .npz, as the pack's section 4 writes it out. */
  private static byte[] onlyEntry(byte[] zip) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e = in.getNextEntry();
      assertThat(e).isNotNull();
      assertThat(e.getName()).isEqualTo("arr_0.npy");
      byte[] entry = in.readAllBytes();
      assertThat(in.getNextEntry()).as("a second entry").isNull();
      return entry;
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = NumpyReadsDjlTest.class.getResourceAsStream(FOLDER + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}

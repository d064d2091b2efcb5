package dev.learninglab.core.compute;

import static dev.learninglab.core.i18n.CoreTexts.T;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.TextInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one on-disk format of a trained model: a folder holding {@code NAME.json} (a {@link
 * CheckpointCard}) and one DJL parameter file per network, {@code NAME.params} then {@code
 * NAME-2.params} … for an ensemble. The folder is written as one unit ({@link
 * AtomicFiles#replaceFolder}), so a kill leaves the previous checkpoint or the new one, each with
 * its own card; reading first puts back a folder a kill left aside ({@link
 * AtomicFiles#recoverFolder}) and reads the card through the capped {@link TextInput}.
 *
 * <p>The models shipped in the application are the same files among its resources ({@link
 * #shipped}); those can be read, not written.
 */
public final class CheckpointFolder {
  /** A card is a few kB; a Flickr8k vocabulary makes it a few hundred. */
  static final long MAX_CARD_BYTES = 16L << 20;

  private final Path dir;
  private final String resources;
  private final String name;

  private CheckpointFolder(Path dir, String resources, String name) {
    this.dir = dir;
    this.resources = resources;
    this.name = name;
  }

  /** The checkpoint {@code NAME.json} + {@code NAME*.params} in the folder {@code dir}. */
  public static CheckpointFolder at(Path dir, String name) {
    return new CheckpointFolder(dir, null, name);
  }

  /** A checkpoint shipped among the application's resources, e.g. ("/superres/", "fsrcnn-x3"). */
  public static CheckpointFolder shipped(String resourceFolder, String name) {
    String folder = resourceFolder.endsWith("/") ? resourceFolder : resourceFolder + "/";
    return new CheckpointFolder(null, folder, name);
  }

  public Path dir() {
    return dir;
  }

  /** Member k's weights file name: NAME.params for the first, NAME-2.params for the second … */
  public String weightsName(int member) {
    return member == 0 ? name + ".params" : name + "-" + (member + 1) + ".params";
  }

  public String cardName() {
    return name + ".json";
  }

  /** Whether a card is there (after putting back a folder a kill left aside). */
  public boolean exists() throws IOException {
    if (dir == null) {
      return CheckpointFolder.class.getResource(resources + cardName()) != null;
    }
    AtomicFiles.recoverFolder(dir);
    return Files.isRegularFile(dir.resolve(cardName()));
  }

  /**
   * Writes {@code card} and one weights file per block as the whole folder, replacing the one
   * there. Refuses weights that are not finite, and a folder that holds files but is not a
   * checkpoint of this name (a learner's {@code --out .} must not be emptied).
   */
  public void write(CheckpointCard card, List<Block> members) throws IOException {
    requireFolder();
    if (card.members() != members.size()) {
      throw new IllegalArgumentException(
          "card says " + card.members() + " networks, " + members.size() + " given");
    }
    for (Block b : members) {
      if (!Weights.finite(b)) {
        throw new IOException("Refusing to save " + dir + ": its weights are not finite numbers");
      }
    }
    AtomicFiles.recoverFolder(dir);
    refuseForeignFolder();
    AtomicFiles.replaceFolder(
        dir,
        fresh -> {
          for (int k = 0; k < members.size(); k++) {
            ParameterFiles.save(members.get(k), fresh.resolve(weightsName(k)));
          }
          AtomicFiles.writeString(fresh.resolve(cardName()), Json.write(card));
        });
  }

  /**
   * Rewrites only the card, with {@code reason}: the weights files are not touched, and the card
   * still describes them.
   */
  public void recordStop(StopReason reason) throws IOException {
    requireFolder();
    CheckpointCard card = card();
    AtomicFiles.writeString(dir.resolve(cardName()), Json.write(card.stopped(reason)));
  }

  /**
   * A {@link Checkpoint} for the training loop that writes this folder at every improvement, with
   * the card {@code cards} makes for that epoch, and records why the run stopped.
   */
  public Checkpoint checkpoint(Cards cards) {
    return new Checkpoint() {
      @Override
      public void save(Block block, int epoch, double score) throws IOException {
        write(cards.card(epoch, score), List.of(block));
      }

      @Override
      public void stopped(StopReason reason) throws IOException {
        recordStop(reason);
      }
    };
  }

  /** Makes the card for the epoch a {@link #checkpoint} saves. */
  @FunctionalInterface
  public interface Cards {
    CheckpointCard card(int epoch, double score);
  }

  /** The card, its common fields checked; every failure names the file and what was expected. */
  public CheckpointCard card() throws IOException {
    String where = where(cardName());
    JsonNode node;
    try (InputStream in = open(cardName())) {
      node = parse(in, where);
    }
    if (node == null || !node.isObject()) {
      throw notACard(where, "it is not a JSON object");
    }
    if (!node.path("lab").isTextual()) {
      throw notACard(
          where,
          "it has no \"lab\"; a model saved by a version before checkpoint cards must be trained"
              + " again");
    }
    StopReason stop = StopReason.parse(node.path("stopReason").asText(""));
    if (!node.path("members").canConvertToInt()
        || node.path("members").asInt() < 1
        || !node.path("epoch").canConvertToInt()
        || node.path("epoch").asInt() < 0
        || !(node.path("score").isNumber() || node.path("score").isNull())
        || stop == null
        || !node.path("model").isObject()) {
      throw notACard(
          where,
          "expected members ≥ 1, epoch ≥ 0, a numeric score, a stopReason and a model object");
    }
    return new CheckpointCard(
        node.get("lab").asText(),
        node.get("members").asInt(),
        node.get("epoch").asInt(),
        node.get("score").isNull() ? null : node.get("score").asDouble(),
        node.path("created").asText(""),
        stop,
        node.get("model"));
  }

  /** The card, refused unless {@code lab} wrote it. */
  public CheckpointCard card(String lab) throws IOException {
    CheckpointCard card = card();
    if (!card.lab().equals(lab)) {
      throw new IOException(
          where(cardName()) + " is a " + card.lab() + " model, not a " + lab + " one");
    }
    return card;
  }

  /** Reads member k's weights into {@code block}, which has the card's architecture. */
  public void loadWeights(int member, Block block, NDManager manager) throws IOException {
    try (InputStream in = openWeights(member)) {
      ParameterFiles.load(block, manager, in, where(weightsName(member)));
    }
  }

  /** Member k's weights as DJL wrote them, for a network that loads itself from a stream. */
  public InputStream openWeights(int member) throws IOException {
    return open(weightsName(member));
  }

  /**
   * What a stopped run leaves for the learner, for a status line: "the model of epoch 3 (score
   * 28.1) is kept in DIR", or that there is none yet.
   */
  public String whatIsKept() {
    try {
      if (exists()) {
        CheckpointCard card = card();
        return card.score() == null
            ? T.get("core.checkpoint.kept", card.epoch(), dir.toString())
            : T.get(
                "core.checkpoint.keptScore",
                card.epoch(),
                "%.4g".formatted(card.score()),
                dir.toString());
      }
    } catch (IOException e) {
      return T.get("core.checkpoint.unreadable", String.valueOf(dir), e.getMessage());
    }
    return T.get("core.checkpoint.none", String.valueOf(dir));
  }

  /** How messages name a file of this checkpoint. */
  public String where(String file) {
    return dir != null ? dir.resolve(file).toString() : "the shipped " + resources + file;
  }

  private static JsonNode parse(InputStream in, String where) throws IOException {
    try {
      return Json.mapper().readTree(TextInput.reader(in, where));
    } catch (IOException e) {
      throw new IOException(
          "Model description "
              + where
              + " is unreadable: "
              + CheckpointCard.firstLine(e.getMessage()),
          e);
    }
  }

  private InputStream open(String file) throws IOException {
    if (dir == null) {
      InputStream in = CheckpointFolder.class.getResourceAsStream(resources + file);
      if (in == null) {
        throw new IOException("The application has no shipped " + resources + file);
      }
      return in; // the application's own file
    }
    AtomicFiles.recoverFolder(dir);
    Path path = dir.resolve(file);
    if (!Files.exists(path)) {
      throw new IOException(
          "Model " + dir + " lacks " + file + (Files.isDirectory(dir) ? "" : ": no such folder"));
    }
    // a card is capped; weights are as large as the network, and DJL refuses ones that do not fit
    return TextInput.open(path, file.endsWith(".json") ? MAX_CARD_BYTES : Long.MAX_VALUE);
  }

  private void requireFolder() {
    if (dir == null) {
      throw new IllegalStateException("the shipped model " + resources + name + " is read-only");
    }
  }

  private void refuseForeignFolder() throws IOException {
    if (!Files.isDirectory(dir) || Files.isRegularFile(dir.resolve(cardName()))) {
      return;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new IOException(
            "Cannot save the model into "
                + dir
                + ": the folder holds other files and no "
                + cardName()
                + "; give a new or empty folder");
      }
    }
  }

  private static IOException notACard(String where, String why) {
    return new IOException(where + " is not a model description (" + why + ")");
  }
}

package dev.learninglab.labs.editdistance.view;

import static dev.learninglab.labs.editdistance.model.EditDistanceTexts.T;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.editdistance.model.RequirementList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Where one requirement list comes from: the project's demo pair, a file the learner chose, or a
 * file of the catalogued {@code pip-requirements} dataset. Loading happens in the background.
 */
interface ListChoice {
  String label();

  RequirementList load(Progress progress);

  static ListChoice demo(String resource) {
    return new ListChoice() {
      @Override
      public String label() {
        return T.get("editdistance.matcher.demoLabel", resource);
      }

      @Override
      public RequirementList load(Progress progress) {
        try (InputStream in = ListChoice.class.getResourceAsStream("/editdistance/" + resource)) {
          if (in == null) {
            throw new IllegalStateException(T.get("editdistance.matcher.demoMissing", resource));
          }
          return RequirementList.parse(resource, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  static ListChoice file(Path path) {
    return new ListChoice() {
      @Override
      public String label() {
        return path.getFileName().toString();
      }

      @Override
      public RequirementList load(Progress progress) {
        return RequirementList.read(path);
      }
    };
  }

  static ListChoice catalogued(DatasetResolver datasets, String dataset, String file) {
    return new ListChoice() {
      @Override
      public String label() {
        return T.get("editdistance.matcher.catalogLabel", dataset, file);
      }

      @Override
      public RequirementList load(Progress progress) {
        return RequirementList.read(datasets.resolveFile(dataset, file, progress));
      }
    };
  }
}

package dev.learninglab.labs.forecast.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.testing.Edt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stages in order on the shipped model: data, evaluation, the web page, the report. */
class ForecastViewTest {
  private final TaskService tasks = new TaskService();
  @TempDir Path dir;

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void walksFromTheDataToADeployedPageAndAReport() throws Exception {
    LabContext context = new LabContext(tasks, DatasetResolver.standard());
    Project project = new Project();
    AtomicReference<DataStage> data = new AtomicReference<>();
    AtomicReference<EvaluateStage> evaluate = new AtomicReference<>();
    AtomicReference<DeployStage> deploy = new AtomicReference<>();
    AtomicReference<ReportStage> report = new AtomicReference<>();
    Edt.run(
        () -> {
          data.set(new DataStage(context, project));
          new PrepareStage(project);
          evaluate.set(new EvaluateStage(context, project));
          deploy.set(new DeployStage(context, project));
          report.set(new ReportStage(context, project));
        });
    data.get().loaded().get(60, TimeUnit.SECONDS);
    Edt.run(() -> assertThat(data.get().summaryText()).contains("GOOG: 1047 days"));

    AtomicReference<CompletableFuture<Void>> done = new AtomicReference<>();
    Edt.run(() -> done.set(evaluate.get().start()));
    done.get().get(60, TimeUnit.SECONDS);
    Edt.run(
        () -> {
          assertThat(evaluate.get().verdictText())
              .startsWith("The LSTM's MSE is 1.67× persistence");
          assertThat(project.evaluation()).isNotNull();
        });

    Edt.run(() -> done.set(deploy.get().start()));
    done.get().get(60, TimeUnit.SECONDS);
    AtomicReference<String> url = new AtomicReference<>();
    Edt.run(() -> url.set(deploy.get().url()));
    assertThat(url.get()).startsWith("http://127.0.0.1:");
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.get() + "api/forecast?series=goog")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    Edt.run(() -> deploy.get().stop());
    Edt.run(() -> assertThat(deploy.get().url()).isNull());

    Path md = dir.resolve("run.md");
    Edt.run(() -> done.set(report.get().export(md)));
    done.get().get(60, TimeUnit.SECONDS);
    assertThat(Files.readString(md)).contains("## Verdict", "![");
    assertThat(dir.resolve("run-forecasts.png")).isRegularFile();
    Path bad = dir.resolve("run.txt");
    Edt.run(() -> done.set(report.get().export(bad)));
    done.get().get(60, TimeUnit.SECONDS);
    Edt.run(() -> assertThat(report.get().statusText()).contains("must end in .md or .docx"));
    assertThat(bad).doesNotExist();
  }
}

// Learning by doing: one forecasting project from the data to a web page and a report, in JShell.
// Run from the repository root:
//   jshell --class-path target/learning-lab.jar notebooks-equivalent/forecast.jsh
// (or, without the shaded jar: --class-path target/classes:$(cat cp.txt))

import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.forecast.io.*;
import dev.learninglab.labs.forecast.model.*;
import java.net.URI;
import java.net.http.*;
import java.nio.file.*;

// --- 1-2. The question and the data -----------------------------------------------------------
// Tomorrow's GOOG close from the last 50 days. GOOG daily 2004-2008 ships with the app.
SeriesName goog = new SeriesName("goog", null, null);
Series s = SeriesSource.load(goog, 50, Progress.none());
Protocol p = new Protocol(50);
SeriesSummary summary = SeriesSummary.of(s, p);
System.out.println(summary);

// --- 3. Preparation: the split and the scaler --------------------------------------------------
// 997 windows: the first 797 train, the last 200 test. The scaler is fitted on the training rows.
Preparation prep = Preparation.of(s, p);
System.out.printf("scaler %.2f..%.2f; %d of %d test days outside [0, 1]%n",
    prep.honest().min(), prep.honest().max(), prep.testTargetsOutside(), prep.testTargets());

// --- The baselines any model must beat ---------------------------------------------------------
TestWindows t = TestWindows.of(s, p);
System.out.println("persistence " + t.metrics(t.persistence()));
System.out.println("SMA-50      " + t.metrics(t.sma()));
System.out.println("AR(50)      " + t.metrics(t.ar()));

// --- 4. The model: a small LSTM, a few epochs (the shipped one trained 150) --------------------
Path work = Files.createTempDirectory("forecast-notebook");
LstmSpec spec = new LstmSpec(50, 1, 8, 3, 0.01f, 32, 0, Target.NEXT, false);
LstmTrainer.Outcome trained =
    LstmTrainer.train(goog, s, spec, work.resolve("model"), TrainingListener.none(), Progress.none());
System.out.println("kept epoch " + trained.result().bestEpoch());

// --- 5. Evaluation: against persistence, with the Diebold-Mariano test -------------------------
Forecaster f = Forecaster.load(ModelFolders.of(work.resolve("model").toString()));
Evaluation e = Evaluation.run(f, s, 0, Progress.none());
System.out.println(e.verdict());

// --- 6. Deploy: the page and its JSON API on 127.0.0.1 -----------------------------------------
ForecastServer server = ForecastServer.start(Deployment.of(f, s, Progress.none()), "127.0.0.1", 0);
HttpResponse<String> answer = HttpClient.newHttpClient().send(
    HttpRequest.newBuilder(URI.create(server.url() + "api/forecast?series=goog")).build(),
    HttpResponse.BodyHandlers.ofString());
System.out.println(server.url() + "api/forecast?series=goog -> " + answer.body().strip());
server.close();

// --- 7. Communication: the write-up ------------------------------------------------------------
java.util.List<Path> files = ReportFiles.write(e, trained.result().bestEpoch(), work.resolve("model").toString(), work.resolve("report.md"));
System.out.println("report written: " + files.get(0) + " and " + (files.size() - 1) + " charts");
f.close();
/exit

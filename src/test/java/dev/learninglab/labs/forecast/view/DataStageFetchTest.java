package dev.learninglab.labs.forecast.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.labs.forecast.io.AlphaVantageAnswers;
import dev.learninglab.labs.forecast.io.ApiKeySetting;
import dev.learninglab.testing.Edt;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Data stage's fetch against a fake Alpha Vantage on loopback: a typed key becomes the lab's
 * setting and is used, and the next fetch uses the saved key with the field left empty.
 */
class DataStageFetchTest {
  private static final String KEY = "VIEWKEY77";
  private final TaskService tasks = new TaskService();
  private final List<String> queries = new CopyOnWriteArrayList<>();
  private final ApiKeySetting setting = new ApiKeySetting(LabHome.dir());
  private HttpServer server;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(System.getenv("ALPHAVANTAGE_API_KEY") == null, "ALPHAVANTAGE_API_KEY is set here");
    setting.save("");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/query",
        exchange -> {
          queries.add(exchange.getRequestURI().getRawQuery());
          byte[] body = AlphaVantageAnswers.sixtyDays().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    tasks.close();
    if (server != null) {
      server.stop(0);
    }
    setting.save("");
  }

  @Test
  void aTypedKeyIsSavedAsTheSettingAndUsedAgain() throws Exception {
    LabContext context = new LabContext(tasks, DatasetResolver.standard());
    AtomicReference<DataStage> data = new AtomicReference<>();
    Edt.run(() -> data.set(new DataStage(context, new Project())));
    data.get().loaded().get(60, TimeUnit.SECONDS);
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/query");
    AtomicReference<CompletableFuture<Void>> done = new AtomicReference<>();
    Edt.run(
        () -> {
          data.get().endpoint = endpoint;
          data.get().symbolField().setText("ibm");
          data.get().apiKeyField().setText(KEY);
          done.set(data.get().fetchSymbol());
        });
    done.get().get(60, TimeUnit.SECONDS);
    assertThat(setting.read()).contains(KEY);
    assertThat(queries).hasSize(1);
    assertThat(queries.get(0)).contains("symbol=IBM", "apikey=" + KEY);
    Edt.run(
        () -> {
          assertThat(data.get().summaryText()).contains("60 days").doesNotContain(KEY);
          assertThat(data.get().apiKeyField().getPassword()).isEmpty();
          done.set(data.get().fetchSymbol());
        });
    done.get().get(60, TimeUnit.SECONDS);
    assertThat(queries).hasSize(2);
    assertThat(queries.get(1)).contains("apikey=" + KEY);
  }
}

package dev.learninglab.labs.depth.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthFormatException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST client against a fake Binance on 127.0.0.1; never the network. */
class BinanceRestClientTest {
  static final String SNAPSHOT =
      "{\"lastUpdateId\":5,\"bids\":[[\"99.0\",\"2\"]],\"asks\":[[\"101.0\",\"1\"]]}";
  private FakeBinance fake;
  private BinanceRestClient client;

  @BeforeEach
  void start() throws IOException {
    fake = new FakeBinance(List.of());
    client =
        new BinanceRestClient(
            BinanceRestClient.httpClient(Duration.ofSeconds(2)),
            fake.endpoints(),
            Duration.ofMillis(500));
  }

  @AfterEach
  void stop() throws IOException {
    fake.close();
  }

  @Test
  void fetchesAndParsesTheDepthOfAnySymbolUpTo5000Levels() throws Exception {
    fake.replies.add(new FakeBinance.Reply(200, SNAPSHOT, null, 0));
    BookSnapshot b = client.depth("ftmusdt", 5000);
    assertThat(b.lastUpdateId()).isEqualTo(5);
    assertThat(b.mid().orElseThrow()).isEqualByComparingTo("100");
    assertThat(fake.requests).containsExactly("/api/v3/depth?symbol=FTMUSDT&limit=5000");
  }

  @Test
  void rateLimitsCarryStatusAndRetryAfter() {
    fake.replies.add(new FakeBinance.Reply(429, "{}", "7", 0));
    fake.replies.add(new FakeBinance.Reply(418, "{}", null, 0));
    assertThatThrownBy(() -> client.depth("ETHUSDT", 10))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
              assertThat(e.getMessage())
                  .endsWith("answered HTTP 429 (rate limited); retry after 7 s");
            });
    assertThatThrownBy(() -> client.depth("ETHUSDT", 10))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.retryAfter()).isEmpty())
        .hasMessageContaining("IP temporarily banned");
  }

  @Test
  void otherErrorsShowTheServersAnswerAndBadBodiesTheParseError() {
    fake.replies.add(
        new FakeBinance.Reply(400, "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}", null, 0));
    assertThatThrownBy(() -> client.depth("NOPE", 10))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith("answered HTTP 400: {\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
    fake.replies.add(new FakeBinance.Reply(200, "{\"lastUpdateId\":1}", null, 0));
    assertThatThrownBy(() -> client.depth("ETHUSDT", 10))
        .isInstanceOf(DepthFormatException.class)
        .hasMessageEndingWith("`bids` is missing or not a list");
  }

  @Test
  void slowServerTimesOut() {
    fake.replies.add(new FakeBinance.Reply(200, SNAPSHOT, null, 2000));
    assertThatThrownBy(() -> client.depth("ETHUSDT", 10))
        .hasMessageContaining("did not answer")
        .hasMessageContaining("within");
  }

  @Test
  void unreachableServerSaysOffline() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    BinanceEndpoints dead =
        new BinanceEndpoints(
            URI.create("http://127.0.0.1:" + port), URI.create("ws://127.0.0.1:" + port));
    BinanceRestClient c =
        new BinanceRestClient(
            BinanceRestClient.httpClient(Duration.ofSeconds(2)), dead, Duration.ofSeconds(2));
    assertThatThrownBy(() -> c.depth("ETHUSDT", 10))
        .hasMessageStartingWith(
            "Cannot reach Binance at http://127.0.0.1:" + port + " — are you offline?");
    assertThatThrownBy(
            () ->
                BinanceStreamClient.connect(
                    BinanceRestClient.httpClient(Duration.ofSeconds(2)),
                    dead,
                    "ETHUSDT",
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(2)))
        .hasMessageStartingWith(
            "Cannot open the Binance stream ws://127.0.0.1:" + port + "/ws/ethusdt@depth@100ms");
  }

  @Test
  void symbolAndLimitAreCheckedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.depth("ETH-USDT", 10))
        .hasMessageContaining("is not a Binance symbol");
    assertThatThrownBy(() -> client.depth("ETHUSDT", 5001))
        .hasMessage("Depth limit must be between 1 and 5000, got 5001");
    assertThat(fake.requests).isEmpty();
  }
}

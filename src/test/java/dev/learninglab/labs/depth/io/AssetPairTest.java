package dev.learninglab.labs.depth.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssetPairTest {
  @Test
  void aBinanceSymbolSplitsIntoBaseAndQuote() {
    assertThat(AssetPair.of("FTMUSDT")).contains(new AssetPair("FTM", "USDT"));
    assertThat(AssetPair.of("ethbtc")).contains(new AssetPair("ETH", "BTC"));
    assertThat(AssetPair.of("BTCFDUSD")).contains(new AssetPair("BTC", "FDUSD"));
  }

  @Test
  void anUnknownQuoteOrABareQuoteIsNotGuessed() {
    assertThat(AssetPair.of("FOOBAR")).isEmpty();
    assertThat(AssetPair.of("USDT")).isEmpty();
    assertThat(AssetPair.of(null)).isEmpty();
  }
}

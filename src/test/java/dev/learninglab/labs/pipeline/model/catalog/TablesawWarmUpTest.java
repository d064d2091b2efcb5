package dev.learninglab.labs.pipeline.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TablesawWarmUpTest {
  @Test
  void startsOnceInTheBackgroundAndTablesawWorksAfterTheWait() throws Exception {
    CompletableFuture<Void> first = TablesawWarmUp.start();
    assertThat(TablesawWarmUp.start()).isSameAs(first);

    TablesawWarmUp.awaitIfStarted();
    assertThat(first).isDone();
    first.get(0, TimeUnit.SECONDS); // completed normally, or this throws
    assertThat(Table.create("t").rowCount()).isZero();
  }
}

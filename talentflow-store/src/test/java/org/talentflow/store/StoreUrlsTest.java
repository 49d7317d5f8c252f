package org.talentflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Store URLs as messages show them. */
class StoreUrlsTest {
  @Test
  void aStoreThatCannotBeOpenedSaysWhereWithoutThePassword() {
    // nothing listens on port 1: the driver fails at once, and the message names the masked URL
    String url = "jdbc:postgresql://127.0.0.1:1/tf?user=tf&password=hunter2&connectTimeout=2";
    assertThatThrownBy(() -> Store.open(url)).isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot open store jdbc:postgresql://127.0.0.1:1/tf?user=tf&password=***")
        .hasMessageNotContaining("hunter2");
  }
}

package org.talentflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
  @Test
  void aPasswordInTheQueryOrTheUserPartIsMasked() {
    assertThat(Store.masked("jdbc:postgresql://db.example/tf?user=tf&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db.example/tf?user=tf&password=***&ssl=true");
    assertThat(Store.masked("jdbc:postgresql://db.example/tf?PASSWORD=s3cret"))
        .isEqualTo("jdbc:postgresql://db.example/tf?PASSWORD=***");
    assertThat(Store.masked("postgresql://tf:s3cret@db.example/tf")).isEqualTo("postgresql://tf:***@db.example/tf");
    assertThat(Store.masked("jdbc:sqlite:/data/talentflow.db")).isEqualTo("jdbc:sqlite:/data/talentflow.db");
    assertThat(Store.masked("talentflow.db")).isEqualTo("talentflow.db");
  }

  @Test
  void aMessageLosesThePasswordAsWrittenAndDecoded() {
    String url = "jdbc:postgresql://db.example/tf?user=tf&password=p%40ss";
    assertThat(JdbcUrls.scrub("cannot reach " + url + " with p@ss or p%40ss", url))
        .isEqualTo("cannot reach jdbc:postgresql://db.example/tf?user=tf&password=*** with *** or ***");
  }

  @Test
  void aStoreThatCannotBeOpenedSaysWhereWithoutThePassword() {
    // nothing listens on port 1: the driver fails at once, and the message names the masked URL
    String url = "jdbc:postgresql://127.0.0.1:1/tf?user=tf&password=hunter2&connectTimeout=2";
    assertThatThrownBy(() -> Store.open(url)).isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot open store jdbc:postgresql://127.0.0.1:1/tf?user=tf&password=***")
        .hasMessageNotContaining("hunter2");
  }
}

package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's command line: what it refuses before listening, and how it says why it cannot listen. */
class ServeCommandTest {
  @TempDir Path dir;

  private static void oneLine(Cli r, int exit, String... words) {
    assertThat(r.exit).as(r.err).isEqualTo(exit);
    assertThat(r.err.strip().split("\n")).as(r.err).singleElement().asString().startsWith("talentflow: ")
        .contains(words);
    assertThat(r.out).isEmpty();
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    oneLine(Cli.run("serve", "--db", dir.resolve("t.db").toString(), "--port", "70000"), 2, "--port", "70000");
    oneLine(Cli.run("serve", "--db", dir.resolve("t.db").toString(), "--port", "-1"), 2, "--port");
  }

  @Test
  void everyAddressWithoutTheHostNamesToAnswerIsAUsageError() {
    oneLine(Cli.run("serve", "--db", dir.resolve("t.db").toString(), "--host", "0.0.0.0"), 2, "--allowed-host");
    oneLine(Cli.run("serve", "--db", dir.resolve("t.db").toString(), "--host", "0.0.0.0", "--allowed-host",
        "http://x/"), 2, "--allowed-host");
  }

  @Test
  void anAddressThisMachineLacksIsSaidSoNotAPortInUse() {
    // 203.0.113.0/24 is reserved for documentation: no machine has it
    Cli r = Cli.run("serve", "--db", dir.resolve("t.db").toString(), "--host", "203.0.113.7", "--port", "0");
    oneLine(r, 3, "203.0.113.7", "this machine has no address");
    assertThat(r.err).doesNotContainIgnoringCase("already in use");
  }

  @Test
  void aPortInUseIsSaidSo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Cli r = Cli.run("serve", "--db", dir.resolve("t.db").toString(), "--port", String.valueOf(taken.getLocalPort()));
      oneLine(r, 3, "127.0.0.1:" + taken.getLocalPort(), "already in use");
    }
  }

  @Test
  void aStoreThatCannotBeReachedIsNamedWithoutItsPassword() {
    // nothing listens on port 1
    Cli r = Cli.run("docs", "--db", "jdbc:postgresql://127.0.0.1:1/tf?user=tf&password=hunter2&connectTimeout=2");
    oneLine(r, 3, "password=***");
    assertThat(r.err).doesNotContain("hunter2");
    Cli s = Cli.run("serve", "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/tf?password=hunter2");
    assertThat(s.exit).isEqualTo(3);
    assertThat(s.err).contains("password=***").doesNotContain("hunter2");
  }
}

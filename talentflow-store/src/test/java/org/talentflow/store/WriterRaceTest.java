package org.talentflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures of opening or migrating a store come from another writer at the same moment, and are tried again. */
class WriterRaceTest {
  @Test
  void aNewSqliteFileAnotherProcessIsCreatingIsARace() {
    // what a look-up of a store file meets while another connection creates or removes its journal files
    assertThat(JdbcStore.raceWithAnotherWriter(new RuntimeException("cannot open",
        new SQLException("[SQLITE_IOERR_FSTAT] I/O error in the VFS layer while trying to invoke fstat()")))).isTrue();
    assertThat(JdbcStore.raceWithAnotherWriter(new RuntimeException("[SQLITE_BUSY] The database file is locked")))
        .isTrue();
    // the other connection removed the journal file this one was about to remove (switching to write-ahead logging)
    assertThat(JdbcStore.raceWithAnotherWriter(new RuntimeException("cannot open", new SQLException(
        "[SQLITE_IOERR_DELETE_NOENT] The file being deleted does not exist (disk I/O error)")))).isTrue();
  }

  @Test
  void otherFailuresAreNoRace() {
    assertThat(JdbcStore.raceWithAnotherWriter(new RuntimeException("[SQLITE_CANTOPEN] unable to open database file")))
        .isFalse();
    assertThat(JdbcStore.raceWithAnotherWriter(new RuntimeException("[SQLITE_IOERR_WRITE] disk full"))).isFalse();
  }
}

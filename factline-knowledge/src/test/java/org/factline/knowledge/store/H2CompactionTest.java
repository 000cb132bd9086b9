package org.factline.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file of a data folder, written by many small transactions as {@code factline ingest} writes it, stays
 * less than half as large when {@link H2Compaction} runs as when it does not.
 */
class H2CompactionTest {

    @TempDir
    Path temp;

    @Test
    void manySmallCommitsLeaveAFileLessThanHalfAsLargeWithCompactionAsWithout() throws Exception {
        long without = fill(temp.resolve("without"), null);
        H2Compaction compaction = new H2Compaction();
        long with = fill(temp.resolve("with"), compaction);

        assertThat(with).as("bytes with compaction, against %,d without", without).isLessThan(without / 2);
    }

    @Test
    @Timeout(120)
    void aConnectionToAnotherProcesssFileHasNoStoreToCompactAndWritesGoOn() throws Exception {
        StoreConfig shared = StoreConfig.inDataDir(temp.resolve("shared"));
        try (OtherProcess other = OtherProcess.start(temp.resolve("other.log"),
                "share", shared.dataDir().toString(), "from-the-other-process")) {
            assertThat(other.nextLine()).isEqualTo("READY NEW 1");
            try (Connection remote = Database.of(shared).connect()) {
                assertThat(H2Compaction.localStore(remote)).isNull();
            }
            try (ArticleStore here = ArticleStore.open(shared)) {
                for (int i = 0; i < H2Compaction.WRITES_BETWEEN * 2; i++) {
                    assertThat(here.put(Articles.plain("here-" + i, "here-" + i))).isEqualTo(PutResult.NEW);
                }
                assertThat(here.count()).isEqualTo(1 + H2Compaction.WRITES_BETWEEN * 2);
            }
            other.finish();
        }
        try (Connection local = Database.of(shared).connect()) {
            assertThat(H2Compaction.localStore(local)).as("once the file is this process's own").isNotNull();
        }
    }

    /**
     * Writes 3,000 transactions, each a new row and a changed one in an indexed table, and gives the size of the
     * file while it is still open (closing it compacts it).
     */
    private static long fill(Path dir, H2Compaction compaction) throws SQLException, IOException {
        Database database = Database.of(StoreConfig.inDataDir(dir));
        try (Connection c = database.connect()) {
            try (Statement s = c.createStatement()) {
                // Emptied chunks are reused at once instead of 45 seconds later, so that a short test shows what
                // a long ingest does.
                s.execute("SET RETENTION_TIME 0");
                s.execute("CREATE TABLE row_of_text (id INT PRIMARY KEY, words VARCHAR(400))");
                s.execute("CREATE INDEX row_of_text_words ON row_of_text (words)");
            }
            c.commit();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO row_of_text VALUES (?, ?)");
                 PreparedStatement update = c.prepareStatement("UPDATE row_of_text SET words = ? WHERE id = ?")) {
                for (int i = 0; i < 3_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, ("row " + i + " ").repeat(20));
                    insert.executeUpdate();
                    update.setString(1, ("changed " + i + " ").repeat(20));
                    update.setInt(2, i / 2);
                    update.executeUpdate();
                    c.commit();
                    if (compaction != null) {
                        compaction.afterWrite(c, 1);
                    }
                }
            }
            return Files.size(dir.resolve(Database.H2_FILE_NAME + ".mv.db"));
        }
    }
}

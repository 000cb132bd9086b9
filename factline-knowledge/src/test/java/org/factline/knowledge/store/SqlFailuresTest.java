package org.factline.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @Test
    void aServerThatIsDownShuttingDownOrOutOfDiskFailsTheWholeStore() {
        for (String state : new String[] {"08001", "08006", "53100", "57P01", "57P03", "58030"}) {
            assertThat(SqlFailures.wholeStore(new SQLException("PostgreSQL says no", state))).as(state).isTrue();
        }
    }

    @Test
    void aRejectedRowOrACancelledStatementFailsOnlyItsOperation() {
        for (String state : new String[] {"23505", "23503", "22001", "42P01", "57014", "40001"}) {
            assertThat(SqlFailures.wholeStore(new SQLException("PostgreSQL says no", state))).as(state).isFalse();
        }
        assertThat(SqlFailures.wholeStore(new SQLException("no state"))).isFalse();
    }

    @Test
    void anEmbeddedDatabaseThatCannotWriteItsFileSaysWhatTheFileSystemSaid() {
        SQLException full = DbException.get(ErrorCode.GENERAL_ERROR_1,
                new IOException("No space left on device"), "Writing to sun.nio.ch.FileChannelImpl@55e24a5a failed")
                .getSQLException();
        assertThat(SqlFailures.wholeStore(full)).isTrue();
        assertThat(SqlFailures.reason(full)).isEqualTo("No space left on device");

        SQLException closed = DbException.get(ErrorCode.DATABASE_IS_CLOSED).getSQLException();
        assertThat(SqlFailures.wholeStore(closed)).isTrue();
        SQLException duplicate = DbException.get(ErrorCode.DUPLICATE_KEY_1, "article").getSQLException();
        assertThat(SqlFailures.wholeStore(duplicate)).isFalse();
        assertThat(SqlFailures.reason(duplicate)).contains("article");
    }
}

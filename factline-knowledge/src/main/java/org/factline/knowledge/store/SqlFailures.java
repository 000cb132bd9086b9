package org.factline.knowledge.store;

import java.io.IOException;
import java.net.SocketException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Set;
import org.h2.jdbc.JdbcException;

/** What a database's exception says, for users: why it failed, and whether the store as a whole failed. */
final class SqlFailures {

    /**
     * SQLSTATEs of PostgreSQL that concern the server, not the statement, by their first characters: connection
     * exception, insufficient resources (disk full, too many connections), the server shutting down or starting up
     * (57P; not 57014, a cancelled statement), system error (I/O).
     */
    private static final Set<String> SERVER_STATES = Set.of("08", "53", "57P", "58");

    /**
     * H2's codes for a database that cannot be used any more: closed (after a failed write), read-only, file I/O
     * failed, connection to the process serving the file broken, closing down.
     */
    private static final Set<String> H2_UNUSABLE = Set.of("90098", "90097", "90028", "90031", "90067", "90121");

    private SqlFailures() {
    }

    /**
     * Whether the failure is the store's as a whole rather than the statement's: its server is unreachable or stopping,
     * its files cannot be written (H2 wraps the file system's {@link IOException}: "No space left on device",
     * "Read-only file system"), or it closed itself after such a failure.
     */
    static boolean wholeStore(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && (H2_UNUSABLE.contains(s.getSQLState())
                    || SERVER_STATES.stream().anyMatch(s.getSQLState()::startsWith))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database's own words, without the batch statement PostgreSQL puts in front of them and cut short (a
     * rejected row can quote a whole article); for a file that could not be written, the file system's words ("No
     * space left on device") rather than H2's ("Writing to sun.nio.ch.FileChannelImpl@55e24a5a failed").
     */
    static String reason(SQLException e) {
        if (e instanceof JdbcException) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException io && !(io instanceof SocketException) && io.getMessage() != null) {
                    return io.getMessage();
                }
            }
        }
        SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null
                ? e.getNextException()
                : e;
        String message = String.valueOf(cause.getMessage());
        return message.length() <= 500 ? message : message.substring(0, 500) + " …";
    }
}

package org.factline.knowledge.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Keeps an H2 file from growing without bound during a long series of writes.
 *
 * <p>H2 stores data in an MVStore: every commit appends a chunk holding a fresh copy of each page it changed, from
 * the leaf to the root of every table and index it touched (hundreds of kilobytes for one article). Older chunks
 * keep fewer and fewer live pages; a chunk with none is reused once it is old enough (H2's retention time), but one
 * with a few live pages stays until those are copied elsewhere. That copying is the MVStore background thread's
 * work, and {@code WRITE_DELAY=0} (see {@link Database}) is what stops that thread: the file then grows by about
 * everything ever written — 71 GB for 140,000 generated articles.
 *
 * <p>So the process that owns the file does the copying itself, after every {@value #WRITES_BETWEEN} writes (an
 * article or an analysis stored; a batch counts each of its articles): the chunks with the lowest share of live
 * data, up to {@value #BYTES_PER_RUN} bytes of it for every {@value #WRITES_BETWEEN} writes, are rewritten into a
 * new chunk and committed, which leaves them empty for reuse. A process that reaches the file through another
 * one's server ({@code AUTO_SERVER}) has no MVStore to compact, and skips it.
 */
final class H2Compaction {

    /** Writes between two compactions. */
    static final int WRITES_BETWEEN = 20;

    /** At most this many bytes of live pages are copied for every {@link #WRITES_BETWEEN} writes. */
    static final int BYTES_PER_RUN = 16 << 20;

    /** Chunks are rewritten while the file's chunks are on average less full than this (percent). */
    static final int TARGET_FILL_RATE = 80;

    private int writes;

    /** Counts {@code count} writes committed on {@code connection}, and compacts when it is time. */
    void afterWrite(Connection connection, int count) {
        writes += count;
        if (writes < WRITES_BETWEEN) {
            return;
        }
        long budget = (long) BYTES_PER_RUN * (writes / WRITES_BETWEEN);
        writes %= WRITES_BETWEEN;
        MVStore store = localStore(connection);
        try {
            if (store != null && !store.isClosed()
                    && store.compact(TARGET_FILL_RATE, (int) Math.min(Integer.MAX_VALUE, budget))) {
                store.commit();
            }
        } catch (MVStoreException e) {
            // The write this follows is committed and stays so. What stopped the compaction (a full disk, a
            // closed store) stops the store's next operation too, which reports it.
        }
    }

    /** The MVStore behind a connection of this process's own embedded H2, else null. */
    static MVStore localStore(Connection connection) {
        try {
            if (!connection.isWrapperFor(JdbcConnection.class)) {
                return null;
            }
            Session session = connection.unwrap(JdbcConnection.class).getSession();
            return session instanceof SessionLocal local && local.getDatabase().getStore() != null
                    ? local.getDatabase().getStore().getMvStore()
                    : null;
        } catch (SQLException e) {
            return null;
        }
    }
}

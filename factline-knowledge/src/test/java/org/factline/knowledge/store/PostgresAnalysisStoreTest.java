package org.factline.knowledge.store;

/**
 * The analysis contract on a real PostgreSQL server, one new database per test; skipped, with the reason,
 * when PostgreSQL is not installed (a failure with FACTLINE_REQUIRE_POSTGRES=1, see {@link PostgresServer}).
 */
class PostgresAnalysisStoreTest extends AnalysisStoreContract {

    @Override
    StoreConfig newStore() {
        return PostgresServer.shared().newDatabase();
    }
}

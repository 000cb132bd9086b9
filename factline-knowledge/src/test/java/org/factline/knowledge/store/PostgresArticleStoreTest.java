package org.factline.knowledge.store;

/**
 * The store contract on a real PostgreSQL server, one new database per test. Each test is skipped, with the
 * reason, when PostgreSQL is not installed (see {@link PostgresServer}).
 */
class PostgresArticleStoreTest extends ArticleStoreContract {

    @Override
    StoreConfig newStore() {
        return PostgresServer.shared().newDatabase();
    }

    @Override
    String expectedDescription() {
        String url = config.jdbcUrl();
        return "PostgreSQL 127.0.0.1:" + PostgresServer.shared().port() + url.substring(url.lastIndexOf('/'));
    }
}

/**
 * The article store: every ingested {@link org.factline.model.Article}, kept whole, and what the per-article
 * pipeline found in it (its {@link org.factline.model.Analysis}, tokens excepted), in an embedded H2
 * database in a data folder or in PostgreSQL. {@link org.factline.knowledge.store.ArticleStore} is the one
 * entry point; the schema lives in Flyway migrations under {@code db/migration}.
 */
package org.factline.knowledge.store;

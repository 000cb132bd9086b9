/**
 * {@code factline serve}: the JSON API over the store and its corpus, and the web UI's files. {@link
 * org.factline.app.serve.Server} starts it; the routes are grouped by what they serve (articles and ingest, the
 * corpus views, search, the OpenAPI description), and every error under {@code /api} is one JSON object.
 */
package org.factline.app.serve;

/**
 * What the command line and the HTTP server both show of the store and the corpus, as JSON objects built in one
 * place: the corpus views (timeline, claims, threads, disagreements, an entity, events), search results and an
 * article's analysis ({@code factline extract}'s contract), and the checks of what a user asks of them.
 */
package org.factline.app.views;

/**
 * The search index: articles, claims and events found by their words, by the names of what they mention in any
 * spelling, by kind, date and language. {@link org.factline.knowledge.search.SearchIndex} is the one entry
 * point; {@link org.factline.knowledge.search.SearchDocuments} makes the documents of an analysed article, and
 * {@link org.factline.knowledge.search.SearchQuery} says what to look for.
 *
 * <h2>How text is analysed, and why</h2>
 *
 * Each document's title and text are indexed in two ways over one stored copy:
 * <ul>
 *   <li>in its own language, when Factline knows it: French with Lucene's {@code FrenchAnalyzer} (elided
 *       articles dropped, "l'armée" → "armée"; lower case; French stop words; light stemming, "attaques" →
 *       "attaque"), English with the {@code EnglishAnalyzer} (possessives, stop words, Porter stemming,
 *       "ships" → "ship");</li>
 *   <li>neutrally, for every document: words lower-cased and without accents ("Guérassimov" → "guerassimov"),
 *       elided articles and possessives dropped, nothing stemmed or removed
 *       ({@code NeutralAnalyzer}).</li>
 * </ul>
 * The names of the entities a document mentions (each entity's canonical English name and every spelling the
 * article uses) go into a names field analysed neutrally, and so does a claim's speaker.
 *
 * <p>A query is matched against all of these fields at once, each word in any of them. The language fields
 * give stemming, which is what a reader expects in one language ("attaque" finds "attaques"); they cannot give
 * cross-language matches, because a French stemmer knows nothing of English words. The neutral fields do that
 * part: a word written alike in both languages, with or without accents ("Guerassimov", "Zelensky"), is one
 * term there; and because the names field holds each entity's canonical English name beside the article's own
 * spellings, "Kursk" finds a French article that only writes "Koursk", and "Gerasimov" one that writes
 * "Guérassimov". The other way round, a French spelling finds an English article only where folding joins them
 * or the article itself uses it: an entity's names are the article's spellings, not every spelling the
 * knowledge base knows. Stemming stays out of the neutral fields so that a name is never cut into a stem that
 * collides with a word.
 *
 * <p>The query is not analysed as French or English first: its language is unknown and often mixed ("attaque
 * Kursk"). Each field analyses the query its own way, which is why one query serves both. A word that is a stop
 * word in either language ("the", "les") is made optional, since the neutral fields keep it and would otherwise
 * demand it of documents in the other language.
 *
 * <h2>Dates</h2>
 *
 * A claim's or event's date may be known to the day, the week, the month or the year; each is indexed as the
 * range of days it may be ({@link org.factline.knowledge.search.DateRange}). A date filter keeps what may fall
 * in the range asked: an event of "2025-02" passes a filter from 15 February. Undated documents pass no date
 * filter.
 */
package org.factline.knowledge.search;

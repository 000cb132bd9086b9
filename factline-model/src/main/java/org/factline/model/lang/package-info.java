/**
 * Languages are folders: the languages Factline analyses ({@code lang/languages.txt}) and the loader of
 * the per-language data files ({@code lang/<code>/…}: lexicons, patterns, grammars) that every stage
 * reads. Kept beside the model because ingest and extract both need them and depend on nothing else.
 */
package org.factline.model.lang;

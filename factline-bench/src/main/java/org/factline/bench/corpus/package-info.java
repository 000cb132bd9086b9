/**
 * Large corpora of analysed articles made from a few real analyses ({@link org.factline.bench.corpus.CorpusGenerator}):
 * people, organisations and places renamed, dates moved, figures scaled, every layer moved onto the new text by
 * {@link org.factline.bench.corpus.TextEdits}. For benchmarks and tests of the store, the search index and the views
 * across articles at sizes the linguistic layer could not analyse in reasonable time.
 *
 * <p>It lives in factline-bench's main code, beside the benchmark that uses it, rather than in a test jar: a
 * benchmark is a main program and needs it on its class path, and its tests (in factline-bench) use the same
 * classes. Nothing outside factline-bench depends on it.
 */
package org.factline.bench.corpus;

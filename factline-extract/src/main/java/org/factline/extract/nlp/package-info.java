/**
 * The linguistic layer: sentences and tokens with lemma, Universal POS tag, named-entity tag and
 * universal dependencies, from Stanford CoreNLP ({@link org.factline.extract.nlp.LinguisticStep}).
 *
 * <p>Languages are folders: {@code lang/<code>/corenlp.properties} configures CoreNLP for a language and
 * makes it analysable; {@code pos-tags.tsv} and {@code ner-tags.tsv} beside it bring the tagger's tags to
 * Factline's vocabulary ({@link org.factline.extract.nlp.LanguageProfile}). Models are loaded once per
 * process and language, on first use, and shared by all threads
 * ({@link org.factline.extract.nlp.CoreNlpModels}).
 */
package org.factline.extract.nlp;

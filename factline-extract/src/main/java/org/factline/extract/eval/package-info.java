/**
 * Scoring named-entity recognition on annotated data: readers for IOB2 (Universal NER), HIPE-2022 TSV and
 * CoNLL-style files ({@link org.factline.extract.eval.NerFormat}), types mapped to PER, LOC, ORG and MISC
 * ({@code eval/gold-types.tsv}), taggers by name ({@link org.factline.extract.eval.NerTaggers}) and
 * conlleval's exact-span scores ({@link org.factline.extract.eval.NerEvaluation}). The command line's
 * {@code factline eval ner} runs them; {@code docs/QUALITY.md} has the figures.
 */
package org.factline.extract.eval;

package org.factline.extract.nlp;

import java.util.List;

import org.factline.model.Analysis;
import org.factline.model.Sentence;

/**
 * Which sentences of an article the dependency parser must read. The parser is most of CoreNLP's time
 * (docs/PERFORMANCE.md); a sentence in which no extractor looks for anything has its tree read by no one.
 * Each extractor that reads trees says, from the words alone, which sentences it may find something in: a
 * reporting verb, an event trigger, a figure. The test is asked before the parse, on tokens with their
 * lemma, part of speech and entity tag, each a root with the unspecified relation {@code dep} (what an
 * unparsed sentence keeps).
 *
 * <p>A need must be a superset of what its extractor acts on: a sentence it leaves out is one the extractor
 * reads as having no tree, so its test must be at least as wide as the extractor's own first test (the same
 * lexicon, the same word forms), never a guess at what will come of it.
 */
@FunctionalInterface
public interface ParseNeed {

    /** Every sentence: CoreNLP's own behaviour. */
    ParseNeed EVERY_SENTENCE = (analysis, sentence) -> true;

    /**
     * Whether a sentence must be parsed.
     *
     * @param analysis the article with its sentences and tokens, none of them parsed yet
     * @param sentence one of its sentences
     */
    boolean needs(Analysis analysis, Sentence sentence);

    /** Parses a sentence that any of {@code needs} asks for. */
    static ParseNeed anyOf(List<ParseNeed> needs) {
        List<ParseNeed> all = List.copyOf(needs);
        return (analysis, sentence) -> {
            for (ParseNeed need : all) {
                if (need.needs(analysis, sentence)) {
                    return true;
                }
            }
            return false;
        };
    }
}

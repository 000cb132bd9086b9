package org.factline.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis that works whatever the language: words, without a French elided article ("l'", "d'") or an
 * English possessive ("'s"), lower-cased and without accents ("Guérassimov" → "guerassimov"); no stop words,
 * no stemming. It serves the fields every document has, names above all, so that a word written the same way
 * in two languages, or with and without its accents, is the same term.
 */
final class NeutralAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream result = new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new EnglishPossessiveFilter(result);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(words, result);
    }

    /** A phrase never runs from one name of a document into the next. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    /** What a prefix or fuzzy term of a query goes through: the same folding, on a word already split. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}

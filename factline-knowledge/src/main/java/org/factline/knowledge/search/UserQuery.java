package org.factline.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.factline.model.lang.Folding;

/**
 * What a user types, as a Lucene query over the {@link IndexFields#QUERIED} fields.
 *
 * <p>The syntax is Lucene's simple one, which never fails: words must all match ({@code +} is implied),
 * {@code "a phrase"}, {@code a | b} for either, {@code -word} to exclude, {@code pref*}, {@code word~1} for a
 * spelling one letter off, parentheses; at most {@value #MAX_WORDS} words, {@value #MAX_PATTERNS} of them with
 * {@code *} or {@code ~}. Anything else is taken as words: an unbalanced quotation mark, a
 * {@code field:} prefix, {@code AND}. A word may match in any field.
 *
 * <p>A common word of French or English ("the", "de", "les") never excludes a document, as it would in a field
 * where it is no stop word, but still ranks higher the documents that have it. A query of common words only
 * keeps them all required: "the who" asks for exactly that.
 */
final class UserQuery {

    /** The most words a query may have: more make no better query, only a slower one. */
    static final int MAX_WORDS = 64;

    /** The most words with {@code *} or {@code ~}: each is expanded into many terms, in every field. */
    static final int MAX_PATTERNS = 8;

    private static final CharArraySet COMMON_WORDS = commonWords();

    private UserQuery() {
    }

    /**
     * The query for {@code text}.
     *
     * @throws IllegalArgumentException if it has nothing to search for ("((", "--")
     */
    static Query parse(String text, Analyzer analyzer) {
        if (text.strip().equals("*")) {
            return MatchAllDocsQuery.INSTANCE;
        }
        List<String> words = words(text, analyzer);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("Nothing to search for in \"" + text.strip()
                    + "\": give at least one word or number");
        }
        if (words.size() > MAX_WORDS) {
            throw new IllegalArgumentException("The query has " + words.size() + " words; at most " + MAX_WORDS
                    + " are searched: give fewer");
        }
        boolean someUncommon = words.stream().anyMatch(w -> !COMMON_WORDS.contains(w));
        Parser parser = new Parser(analyzer, someUncommon);
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(text);
    }

    /** The words of the text as the neutral fields see them. */
    private static List<String> words(String text, Analyzer analyzer) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(IndexFields.NAMES, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
        return words;
    }

    private static CharArraySet commonWords() {
        CharArraySet words = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        // The neutral analysis folds accents: "été" is looked up as "ete".
        for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
            words.add(Folding.fold(word instanceof char[] chars ? new String(chars) : word.toString()));
        }
        return CharArraySet.unmodifiableSet(words);
    }

    /** Lucene's simple query parser, with common words made optional. */
    private static final class Parser extends SimpleQueryParser {

        private final boolean commonWordsOptional;
        private int patterns;

        Parser(Analyzer analyzer, boolean commonWordsOptional) {
            super(analyzer, IndexFields.QUERIED);
            this.commonWordsOptional = commonWordsOptional;
        }

        @Override
        protected Query newDefaultQuery(String text) {
            Query query = super.newDefaultQuery(text);
            if (query == null || !commonWordsOptional || !isCommon(text)) {
                return query;
            }
            return new BooleanQuery.Builder()
                    .add(query, Occur.SHOULD)
                    .add(new BoostQuery(MatchAllDocsQuery.INSTANCE, 0f), Occur.SHOULD)
                    .build();
        }

        @Override
        protected Query newPrefixQuery(String text) {
            countPattern();
            return super.newPrefixQuery(text);
        }

        @Override
        protected Query newFuzzyQuery(String text, int fuzziness) {
            countPattern();
            return super.newFuzzyQuery(text, fuzziness);
        }

        private void countPattern() {
            if (++patterns > MAX_PATTERNS) {
                throw new IllegalArgumentException("The query has more than " + MAX_PATTERNS + " words with * or ~: "
                        + "give fewer");
            }
        }

        private boolean isCommon(String text) {
            List<String> words = words(text, getAnalyzer());
            return !words.isEmpty() && words.stream().allMatch(COMMON_WORDS::contains);
        }
    }
}

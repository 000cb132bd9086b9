package org.factline.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.factline.knowledge.search.SearchDocument.Kind;

/** One search on one searcher: the Lucene query of a {@link SearchQuery}, its best hits and their snippets. */
final class Searching {

    /** Best first; equal scores by date (undated last), then id, so that the order does not depend on the index. */
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, byDate(), new SortField(IndexFields.ID,
            SortField.Type.STRING));

    /** For a query without words: by date (undated last), then id. */
    private static final Sort BY_DATE = new Sort(byDate(), new SortField(IndexFields.ID, SortField.Type.STRING));

    private final IndexSearcher searcher;

    Searching(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * @param words the query of the text, or null when it has none
     */
    SearchResults run(SearchQuery query, Query words) throws IOException {
        Query full = filtered(query, words == null ? MatchAllDocsQuery.INSTANCE : words);
        Sort sort = words == null ? BY_DATE : BY_SCORE;
        TopFieldDocs top = searcher.search(full,
                new TopFieldCollectorManager(sort, query.limit(), null, Integer.MAX_VALUE));
        Weight matcher = words == null ? null
                : searcher.createWeight(searcher.rewrite(words), ScoreMode.COMPLETE_NO_SCORES, 1f);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc found : top.scoreDocs) {
            float score = words == null ? 0f : (Float) ((FieldDoc) found).fields[0];
            hits.add(hit(stored.document(found.doc), score, matches(matcher, found.doc)));
        }
        return new SearchResults(top.totalHits.value(), hits);
    }

    private static Query filtered(SearchQuery query, Query words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, Occur.MUST);
        if (!query.kinds().isEmpty() && query.kinds().size() < Kind.values().length) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            for (Kind kind : query.kinds()) {
                kinds.add(new TermQuery(new Term(IndexFields.KIND, kind.name())), Occur.SHOULD);
            }
            b.add(kinds.build(), Occur.FILTER);
        }
        // A date is a range of days (a month, a week); it passes when it may fall within the range asked.
        if (query.from() != null) {
            b.add(LongPoint.newRangeQuery(IndexFields.DATE_LAST, query.from().toEpochDay(), Long.MAX_VALUE),
                    Occur.FILTER);
        }
        if (query.to() != null) {
            b.add(LongPoint.newRangeQuery(IndexFields.DATE_FIRST, Long.MIN_VALUE, query.to().toEpochDay()),
                    Occur.FILTER);
        }
        if (query.language() != null) {
            b.add(new TermQuery(new Term(IndexFields.LANGUAGE, query.language())), Occur.FILTER);
        }
        // as of a day: reported for certain by then (a month-precision publication date counts from its last day)
        if (query.asOf() != null) {
            b.add(LongPoint.newRangeQuery(IndexFields.REPORTED_LAST, Long.MIN_VALUE, query.asOf().toEpochDay()), Occur.FILTER);
        }
        return b.build();
    }

    /** Where the words matched in the document's text, as offsets into it. */
    private List<Snippet.Highlight> matches(Weight matcher, int doc) throws IOException {
        List<Snippet.Highlight> offsets = new ArrayList<>();
        if (matcher == null) {
            return offsets;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = matcher.matches(leaf, doc - leaf.docBase);
        if (matches == null) {
            return offsets;
        }
        for (String field : IndexFields.TEXT_FIELDS) {
            MatchesIterator in = matches.getMatches(field);
            while (in != null && in.next()) {
                if (in.startOffset() >= 0) {
                    offsets.add(new Snippet.Highlight(in.startOffset(), in.endOffset()));
                }
            }
        }
        return offsets;
    }

    private static SearchHit hit(Document d, float score, List<Snippet.Highlight> matches) {
        String text = d.get(IndexFields.TEXT);
        return new SearchHit(Kind.valueOf(d.get(IndexFields.KIND)), d.get(IndexFields.ID), d.get(IndexFields.ARTICLE),
                d.get(IndexFields.DOC), d.get(IndexFields.LANGUAGE), d.get(IndexFields.DATE), d.get(IndexFields.REPORTED),
                d.get(IndexFields.TITLE), d.get(IndexFields.SPEAKER), d.get(IndexFields.TYPE), score,
                Snippet.of(text, matches, Snippet.LENGTH));
    }

    private static SortField byDate() {
        return new SortField(IndexFields.DATE_FIRST, SortField.Type.LONG, false, Long.MAX_VALUE);
    }
}

package org.factline.knowledge.search;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.factline.knowledge.search.SearchDocument.Kind;

/**
 * The fields of the index: how a {@link SearchDocument} is written into Lucene and read back, and how each field
 * is analysed.
 *
 * <p>The title and the text are indexed three times over one stored copy: analysed as French, as English (only
 * for documents in that language) and neutrally (for all). Each keeps its character offsets, so that a match in
 * any of them points into the stored text for the snippet.
 */
final class IndexFields {

    /** Changes when documents are indexed differently; an index of another schema must be rebuilt. */
    static final String SCHEMA = "1";
    static final String SCHEMA_KEY = "factline.search.schema";

    static final String ID = "id";
    static final String ARTICLE = "article";
    static final String KIND = "kind";
    static final String DOC = "doc";
    static final String LANGUAGE = "language";
    static final String DATE = "date";
    static final String DATE_FIRST = "date_first";
    static final String DATE_LAST = "date_last";
    static final String REPORTED = "reported";
    static final String REPORTED_FIRST = "reported_first";
    static final String REPORTED_LAST = "reported_last";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String NAMES = "names";
    static final String SPEAKER = "speaker";
    static final String TYPE = "type";

    /** The languages with fields of their own, and their analysers. */
    private static final Map<String, Analyzer> LANGUAGES = Map.of(
            "fr", new FrenchAnalyzer(),
            "en", new EnglishAnalyzer());

    static final String NEUTRAL = "neutral";

    /**
     * The text fields a query is matched against, with their weights: a word of the title or a name says more of
     * what a document is about than a word of its text. In a fixed order, so that scores add up the same way on
     * every run.
     */
    static final Map<String, Float> QUERIED = queried();

    /** The fields whose matches are offsets into the stored text. */
    static final List<String> TEXT_FIELDS = List.of(field(TEXT, "fr"), field(TEXT, "en"), field(TEXT, NEUTRAL));

    private static final FieldType WITH_OFFSETS = withOffsets();

    private IndexFields() {
    }

    private static Map<String, Float> queried() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(field(TEXT, "fr"), 1.0f);
        weights.put(field(TEXT, "en"), 1.0f);
        weights.put(field(TEXT, NEUTRAL), 0.5f);
        weights.put(field(TITLE, "fr"), 2.0f);
        weights.put(field(TITLE, "en"), 2.0f);
        weights.put(field(TITLE, NEUTRAL), 1.0f);
        weights.put(NAMES, 1.5f);
        weights.put(SPEAKER, 1.5f);
        return Collections.unmodifiableMap(weights);
    }

    /** {@code text_fr}, {@code title_neutral}: the field of {@code base} analysed in that way. */
    static String field(String base, String analysis) {
        return base + "_" + analysis;
    }

    /** One analyser per field: the language's own for its fields, the neutral one for all others. */
    static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        LANGUAGES.forEach((language, analyzer) -> {
            perField.put(field(TEXT, language), analyzer);
            perField.put(field(TITLE, language), analyzer);
        });
        return new PerFieldAnalyzerWrapper(new NeutralAnalyzer(), perField);
    }

    static Document toLucene(SearchDocument d) {
        Document out = new Document();
        out.add(new StringField(ID, d.id(), Field.Store.YES));
        out.add(new SortedDocValuesField(ID, new BytesRef(d.id())));
        out.add(new StringField(ARTICLE, d.articleId(), Field.Store.YES));
        out.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        out.add(new StoredField(DOC, d.doc()));
        String language = d.language().toLowerCase(Locale.ROOT);
        out.add(new StringField(LANGUAGE, language, Field.Store.YES));
        if (d.date() != null) {
            out.add(new StoredField(DATE, d.date().value()));
            out.add(new LongPoint(DATE_FIRST, d.date().first().toEpochDay()));
            out.add(new LongPoint(DATE_LAST, d.date().last().toEpochDay()));
            out.add(new NumericDocValuesField(DATE_FIRST, d.date().first().toEpochDay()));
        }
        if (d.reported() != null) {
            out.add(new StoredField(REPORTED, d.reported().value()));
            out.add(new LongPoint(REPORTED_FIRST, d.reported().first().toEpochDay()));
            out.add(new LongPoint(REPORTED_LAST, d.reported().last().toEpochDay()));
        }
        if (d.title() != null) {
            out.add(new StoredField(TITLE, d.title()));
            // A claim or an event is found by its own words, not by the headline of the article around it.
            if (d.kind() == Kind.ARTICLE) {
                analysed(out, TITLE, language, d.title());
            }
        }
        out.add(new StoredField(TEXT, d.text()));
        analysed(out, TEXT, language, d.text());
        for (String name : d.names()) {
            out.add(new TextField(NAMES, name, Field.Store.NO));
        }
        if (d.speaker() != null) {
            out.add(new TextField(SPEAKER, d.speaker(), Field.Store.YES));
        }
        if (d.type() != null) {
            out.add(new StringField(TYPE, d.type(), Field.Store.YES));
        }
        return out;
    }

    private static void analysed(Document out, String base, String language, String value) {
        out.add(new Field(field(base, NEUTRAL), value, WITH_OFFSETS));
        if (LANGUAGES.containsKey(language)) {
            out.add(new Field(field(base, language), value, WITH_OFFSETS));
        }
    }

    private static FieldType withOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}

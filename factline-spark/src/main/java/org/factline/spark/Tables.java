package org.factline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.factline.model.Analysis;
import org.factline.model.Article;

/**
 * The Parquet tables the job writes, one folder each under the output folder:
 * <ul>
 *   <li>{@code articles}: every component of {@link Article} (id, doc, source, title, url, outlet, language,
 *       published, text, raw_text, paragraphs, headings, captions, removed, warnings), then {@code extractor}
 *       (the extraction's fingerprint; null when the language is not analysed) and {@code analysed};</li>
 *   <li>one table per layer, {@code sentences, tokens, mentions, entities, timexes, claims, events,
 *       quantities}: {@code article_id}, {@code ordinal} (the position in the article's layer, which other
 *       layers' indexes point to), then every component of the layer's record (spans as {@code start/end}
 *       structs, events' actors and evidence, entities' aliases and place nested);</li>
 *   <li>{@code rejected}: {@code location} and {@code reason} of every input, record or article that could
 *       not be read or analysed, as {@code factline ingest} reports them.</li>
 * </ul>
 * Names are the model's in snake case (see {@link RecordRows}), so that {@code factline load} rebuilds the
 * records from them, and analysts can join the layers on {@code article_id}.
 */
final class Tables {

    static final String ARTICLES = "articles";
    static final String REJECTED = "rejected";

    /** The layer tables, in the order of {@link #layers}. */
    static final Map<String, Class<? extends Record>> LAYERS = Analysis.LAYERS;

    static final StructType ARTICLE = articleSchema();
    static final StructType REJECTION = new StructType(new StructField[] {
            DataTypes.createStructField("location", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false)});

    private Tables() {
    }


    private static StructType articleSchema() {
        List<StructField> fields = new ArrayList<>(RecordRows.fields(Article.class));
        fields.add(DataTypes.createStructField("extractor", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("analysed", DataTypes.BooleanType, false));
        return new StructType(fields.toArray(StructField[]::new));
    }

    /** The schema of a layer table: the article's id, the ordinal, the record's components. */
    static StructType layer(Class<? extends Record> type) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("article_id", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("ordinal", DataTypes.IntegerType, false));
        fields.addAll(RecordRows.fields(type));
        return new StructType(fields.toArray(StructField[]::new));
    }

    /** The article's row; {@code extractor} is null when the article was not analysed. */
    static Row article(Article article, String extractor) {
        List<Object> values = RecordRows.values(article);
        values.add(extractor);
        values.add(extractor != null);
        return RowFactory.create(values.toArray());
    }

    /** The rows of each layer of an analysis, in the order of {@link #LAYERS}. */
    static List<List<Row>> layers(Analysis analysis) {
        String id = analysis.article().id();
        return List.of(rows(id, analysis.sentences()), rows(id, analysis.tokens()), rows(id, analysis.mentions()),
                rows(id, analysis.entities()), rows(id, analysis.timexes()), rows(id, analysis.claims()),
                rows(id, analysis.events()), rows(id, analysis.quantities()));
    }

    private static List<Row> rows(String articleId, List<? extends Record> layer) {
        List<Row> rows = new ArrayList<>(layer.size());
        for (int i = 0; i < layer.size(); i++) {
            List<Object> values = new ArrayList<>();
            values.add(articleId);
            values.add(i);
            values.addAll(RecordRows.values(layer.get(i)));
            rows.add(RowFactory.create(values.toArray()));
        }
        return rows;
    }
}

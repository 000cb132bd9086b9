package org.factline.app.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factline.knowledge.corpus.Corpus;
import org.factline.model.Analysis;

/**
 * The stored corpus in the formats analysts already use: one entry point for {@code factline export} and for
 * the HTTP server. Every format streams to a {@link Writer} (or an {@link OutputStream}, as UTF-8) record by
 * record; nothing builds the whole output in memory.
 *
 * <pre>{@code
 * Exports.Summary s = Exports.write(Exports.Format.GEOJSON, corpus, response.getOutputStream());
 * Exports.Summary t = Exports.writeArticle(Exports.Format.TIMEML, analysis, writer);
 * }</pre>
 *
 * <p>What each format maps and leaves out is said in its class ({@link AcledCsv}, {@link GdeltTsv},
 * {@link JsonLd}, {@link GeoJson}, {@link TimeMl}, {@link JsonLines}) and in {@code export/README.md} beside the
 * mapping files. The same corpus gives the same bytes: times written are report times, not the time of export,
 * except where a record has none.
 */
public final class Exports {

    /** An export format: its name on the command line and in URLs, its media type and file extension. */
    public enum Format {
        /** The extract contract, one analysed article per line (shared/EVAL.md). */
        JSONL("jsonl", "application/x-ndjson", "jsonl", false),
        /** ACLED's public column layout, one row per event ACLED would record. */
        ACLED_CSV("acled-csv", "text/csv", "csv", false),
        /** GDELT 2.0 Events: 61 tab-separated columns, no header. */
        GDELT_TSV("gdelt-tsv", "text/tab-separated-values", "tsv", false),
        /** One JSON-LD document of schema.org nodes: articles, entities, events, claims, reviews of disagreements. */
        JSONLD("jsonld", "application/ld+json", "jsonld", false),
        /** An RFC 7946 FeatureCollection of the events that have coordinates. */
        GEOJSON("geojson", "application/geo+json", "geojson", false),
        /** One article's time expressions, inline in its text (TimeML, as the TimeBank corpora). */
        TIMEML("timeml", "application/xml", "tml", true);

        private final String id;
        private final String mediaType;
        private final String extension;
        private final boolean perArticle;

        Format(String id, String mediaType, String extension, boolean perArticle) {
            this.id = id;
            this.mediaType = mediaType;
            this.extension = extension;
            this.perArticle = perArticle;
        }

        /** The name users give: {@code acled-csv}. */
        public String id() {
            return id;
        }

        /** The media type, without parameters; every format is written in UTF-8. */
        public String mediaType() {
            return mediaType;
        }

        /** The media type with its charset, for a Content-Type header. */
        public String contentType() {
            return mediaType + "; charset=utf-8";
        }

        /** The usual file extension, without the dot. */
        public String extension() {
            return extension;
        }

        /** Whether the format holds one article ({@link #writeArticle}) rather than the corpus ({@link #write}). */
        public boolean perArticle() {
            return perArticle;
        }

        /** The format of a user's name for it ({@code acled-csv}, any case), if any. */
        public static Optional<Format> of(String id) {
            for (Format f : values()) {
                if (f.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        /**
         * Why a request for this format is refused, or null: a per-article format needs an article and takes no
         * as-of date, a corpus format takes no article. The names are the caller's own ({@code --article ID} on
         * the command line, {@code article} over HTTP).
         */
        public String refusal(String articleName, boolean article, String asOfName, boolean asOf) {
            if (perArticle && !article) {
                return id + " exports one article: give " + articleName;
            }
            if (!perArticle && article) {
                List<String> single = new ArrayList<>();
                for (Format f : values()) {
                    if (f.perArticle) {
                        single.add(f.id);
                    }
                }
                return articleName + " is for " + String.join(", ", single) + "; " + id + " exports the whole corpus";
            }
            if (perArticle && asOf) {
                return asOfName + " is for the formats of the whole corpus, not " + id + ", which exports one article";
            }
            return null;
        }

        /** Every format's name, for messages: "jsonl, acled-csv, …". */
        public static String ids() {
            List<String> ids = new ArrayList<>();
            for (Format f : values()) {
                ids.add(f.id);
            }
            return String.join(", ", ids);
        }
    }

    /**
     * What an export wrote: how many records, of what, and what it left out and why.
     *
     * @param format  the format
     * @param written records written (articles, rows, nodes, features or time expressions)
     * @param unit    what a record is ("events", "articles", …)
     * @param leftOut for each reason, how many items were left out
     */
    public record Summary(Format format, int written, String unit, Map<String, Integer> leftOut) {

        public Summary {
            leftOut = Map.copyOf(leftOut);
        }

        /** One line for a person: "12 events written (3 left out: 2 with no ACLED equivalent, 1 without a date)". */
        public String describe() {
            StringBuilder b = new StringBuilder().append(written).append(' ').append(unit).append(" written");
            if (!leftOut.isEmpty()) {
                int total = leftOut.values().stream().mapToInt(Integer::intValue).sum();
                b.append(" (").append(total).append(" left out: ");
                List<String> reasons = new ArrayList<>();
                leftOut.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .forEach(e -> reasons.add(e.getValue() + " " + e.getKey()));
                b.append(String.join(", ", reasons)).append(')');
            }
            return b.toString();
        }
    }

    /** Counts records and what was left out, while a format writes. */
    static final class Tally {
        private final Format format;
        private final String unit;
        private final Map<String, Integer> leftOut = new LinkedHashMap<>();
        private int written;

        Tally(Format format, String unit) {
            this.format = format;
            this.unit = unit;
        }

        void written() {
            written++;
        }

        void leftOut(String reason) {
            leftOut.merge(reason, 1, Integer::sum);
        }

        Summary summary() {
            return new Summary(format, written, unit, leftOut);
        }
    }

    private Exports() {
    }

    /**
     * Writes a corpus (all of it, or as of a date: give {@link Corpus#asOf}) in a format of the whole corpus.
     * The writer is flushed, not closed.
     *
     * @throws IllegalArgumentException for a format of one article ({@link Format#TIMEML})
     */
    public static Summary write(Format format, Corpus corpus, Writer out) throws IOException {
        if (format.perArticle()) {
            throw new IllegalArgumentException(format.id() + " exports one article: use writeArticle");
        }
        Summary s = switch (format) {
            case JSONL -> JsonLines.write(corpus.analyses(), out);
            case ACLED_CSV -> AcledCsv.write(facts(corpus), out);
            case GDELT_TSV -> GdeltTsv.write(facts(corpus), out);
            case JSONLD -> JsonLd.write(facts(corpus), out);
            case GEOJSON -> GeoJson.write(facts(corpus), out);
            case TIMEML -> throw new IllegalStateException();
        };
        out.flush();
        return s;
    }

    /** {@link #write(Format, Corpus, Writer)} to a byte stream, in UTF-8; the stream is flushed, not closed. */
    public static Summary write(Format format, Corpus corpus, OutputStream out) throws IOException {
        return write(format, corpus, utf8(out));
    }

    /**
     * Writes one analysed article: as TimeML, or as its JSON line. The writer is flushed, not closed.
     *
     * @throws IllegalArgumentException for a format of the whole corpus other than {@link Format#JSONL}
     */
    public static Summary writeArticle(Format format, Analysis article, Writer out) throws IOException {
        Summary s = switch (format) {
            case TIMEML -> TimeMl.write(article, out);
            case JSONL -> JsonLines.write(List.of(article), out);
            default -> throw new IllegalArgumentException(format.id() + " exports a corpus: use write");
        };
        out.flush();
        return s;
    }

    /** {@link #writeArticle(Format, Analysis, Writer)} to a byte stream, in UTF-8; flushed, not closed. */
    public static Summary writeArticle(Format format, Analysis article, OutputStream out) throws IOException {
        return writeArticle(format, article, utf8(out));
    }

    private static CorpusFacts facts(Corpus corpus) {
        return new CorpusFacts(corpus, Instant.now());
    }

    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}

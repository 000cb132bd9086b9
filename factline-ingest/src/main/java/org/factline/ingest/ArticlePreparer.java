package org.factline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.ingest.clean.Cleaner;
import org.factline.ingest.clean.HeaderLines;
import org.factline.ingest.date.PublicationDateResolver;
import org.factline.ingest.date.StatedDateParser;
import org.factline.ingest.lang.LanguageIdentifier;
import org.factline.ingest.read.BadInputException;
import org.factline.ingest.read.RawArticle;
import org.factline.model.Article;
import org.factline.model.PublicationDate;
import org.factline.model.Removal;

/**
 * The stage every reader's output goes through: header lines read, text cleaned, language identified,
 * publication date resolved, id given. Stateless and thread-safe.
 */
public final class ArticlePreparer {

    /** Longer source ids (some feeds use whole URLs with tracking parameters) are replaced by their hash. */
    static final int MAX_ID_LENGTH = 200;

    private final Cleaner cleaner = new Cleaner();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final PublicationDateResolver dates = new PublicationDateResolver();

    public Article prepare(RawArticle raw) throws BadInputException {
        String location = raw.source().location();
        List<String> warnings = new ArrayList<>(raw.warnings());
        List<Removal> removed = new ArrayList<>();
        raw = storable(raw, warnings);

        Map<String, String> header = Map.of();
        String rawText = raw.body();
        String body = rawText;
        if (raw.source().format().equals("text")) {
            HeaderLines.Parsed parsed = HeaderLines.parse(body);
            header = parsed.values();
            body = parsed.body();
            parsed.lines().forEach(line -> removed.add(new Removal(Removal.Kind.HEADER, line)));
        }

        List<String> apartCaptions = raw.removed().stream().filter(r -> r.kind() == Removal.Kind.CAPTION)
                .map(Removal::text).toList();
        Cleaner.Cleaned clean = cleaner.clean(body, firstNonNull(header.get("title"), raw.title()), apartCaptions);
        raw.removed().stream().filter(r -> r.kind() != Removal.Kind.CAPTION).forEach(removed::add);
        removed.addAll(clean.removed());
        if (clean.text().isBlank()) {
            throw new BadInputException(location, "no article text left after cleaning"
                    + (removed.isEmpty() ? "" : " (" + removed.size() + " captions, bylines or boilerplate lines removed)"));
        }

        LanguageIdentifier.Result lang = languages.identify(clean.text(), firstNonNull(header.get("lang"), raw.lang()));
        warnings.addAll(lang.warnings());

        PublicationDate stated = stated(header, raw, warnings);
        // Captions are out of the text but often carry the day: look for dates in the body as read.
        PublicationDate published = dates.resolve(stated, body, lang.language().code());

        String sourceId = firstNonNull(header.get("id"), raw.sourceId());
        String id = sourceId == null ? ArticleIds.of(clean.text())
                : sourceId.length() <= MAX_ID_LENGTH ? sourceId
                : ArticleIds.of(sourceId);
        String doc = raw.doc().length() <= MAX_ID_LENGTH ? raw.doc() : id;
        return new Article(id, doc, raw.source(), clean.title(), firstNonNull(header.get("url"), raw.url()),
                firstNonNull(header.get("outlet"), raw.outlet(), clean.bylineOutlet()), lang.language(), published,
                clean.text(), rawText, clean.paragraphs(), clean.headings(), clean.captions(), removed, warnings);
    }

    private static PublicationDate stated(Map<String, String> header, RawArticle raw, List<String> warnings) {
        String value = header.get("date");
        PublicationDate.Basis basis = PublicationDate.Basis.HEADER;
        if (value == null) {
            value = raw.published();
            basis = raw.publishedBasis() != null ? raw.publishedBasis() : PublicationDate.Basis.METADATA;
        }
        if (value == null) {
            return null;
        }
        Optional<PublicationDate> parsed = StatedDateParser.parse(value, basis);
        if (parsed.isEmpty()) {
            warnings.add("cannot read the stated date '" + value + "'; inferring it from the text");
        }
        return parsed.orElse(null);
    }

    /**
     * The record with every text the store keeps (body, ids, title, address, outlet, and what warnings quote)
     * without NUL characters and unpaired surrogates, which no database keeps as text (a JSON string can carry
     * both); they become U+FFFD, so that offsets stay meaningful, with a warning naming the field.
     */
    private static RawArticle storable(RawArticle raw, List<String> warnings) {
        return new RawArticle(storable(raw.doc(), "document name", warnings), raw.source(),
                storable(raw.sourceId(), "id", warnings), storable(raw.body(), "text", warnings),
                storable(raw.title(), "title", warnings), storable(raw.url(), "url", warnings),
                storable(raw.outlet(), "outlet", warnings), storable(raw.lang(), "language", warnings),
                storable(raw.published(), "publication date", warnings), raw.publishedBasis(), raw.removed(),
                raw.warnings());
    }

    private static String storable(String text, String field, List<String> warnings) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean bad = c == 0 || Character.isSurrogate(c) && !pairedHigh && !pairedLow;
            if (bad && out == null) {
                out = new StringBuilder(text.substring(0, i));
                warnings.add("NUL characters or broken surrogate pairs in the " + field + " replaced by U+FFFD");
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}

package org.factline.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One news article as ingested: its cleaned text, which never changes afterwards and into which every
 * annotation layer points, and what is known about it.
 *
 * @param id         stable id: the source's own id, else a hash of the normalised text
 * @param doc        the short name used in outputs: file name without extension, or the record's own id
 * @param source     where it was read from
 * @param title      headline, or null
 * @param url        address, or null
 * @param outlet     publisher, or null
 * @param language   language and whether Factline can analyse it
 * @param published  publication date and its basis, or null when neither the source nor the text tells
 * @param text       the cleaned text: headline-free body, paragraphs separated by blank lines
 * @param rawText    the text as read, before cleaning (after decoding and, for HTML, text extraction)
 * @param paragraphs spans of the paragraphs of {@code text}, headings included
 * @param headings   spans of the paragraphs that are section headings (the headline first, when known)
 * @param captions   spans of the paragraphs that are photo captions, kept apart from the running text
 *                   but analysed: a caption often states who met whom, where, on which day
 * @param removed    what cleaning took out
 * @param warnings   what went wrong without stopping the article (encoding converted, date format unknown …)
 *
 * <p>Serializable, with its parts, so that the Spark runner can hand prepared articles from the tasks that
 * read files to the tasks that analyse them.
 */
public record Article(
        String id,
        String doc,
        SourceRef source,
        String title,
        String url,
        String outlet,
        Language language,
        PublicationDate published,
        String text,
        String rawText,
        List<Span> paragraphs,
        List<Span> headings,
        List<Span> captions,
        List<Removal> removed,
        List<String> warnings) implements Serializable {

    /** An article without captions. */
    public Article(String id, String doc, SourceRef source, String title, String url, String outlet,
                   Language language, PublicationDate published, String text, String rawText,
                   List<Span> paragraphs, List<Span> headings, List<Removal> removed, List<String> warnings) {
        this(id, doc, source, title, url, outlet, language, published, text, rawText, paragraphs, headings,
                List.of(), removed, warnings);
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rawText, "rawText");
        paragraphs = List.copyOf(paragraphs);
        headings = List.copyOf(headings);
        captions = List.copyOf(captions);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
        for (Span s : paragraphs) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + s + " beyond text of length " + text.length());
            }
        }
    }

    public boolean isHeading(Span paragraph) {
        return headings.contains(paragraph);
    }

    public boolean isCaption(Span paragraph) {
        return captions.contains(paragraph);
    }
}

package org.factline.ingest.read;

import java.util.List;
import org.factline.model.PublicationDate;
import org.factline.model.Removal;
import org.factline.model.SourceRef;

/**
 * What a reader found in one record, before cleaning, language identification and date resolution.
 *
 * @param doc            short name for outputs: file name without extension, or the record's own id
 * @param source         where it was read from
 * @param sourceId       the source's own id for the article, or null (then the id is a hash of the text)
 * @param body           the article text: paragraphs separated by blank lines, header lines still in
 *                       for plain text (the cleaner removes them), without the title
 * @param title          headline, or null
 * @param url            address, or null
 * @param outlet         publisher, or null
 * @param lang           language stated by the source, or null
 * @param published      publication date as the source wrote it ({@code 2025-04-26}, RFC 1123, ISO instant …), or null
 * @param publishedBasis where {@code published} came from (HEADER or METADATA); null when {@code published} is null
 * @param removed        what the reader itself left out of {@code body} and is worth keeping (HTML figure
 *                       captions and credits); page furniture such as menus is not recorded
 * @param warnings       what the reader noticed without failing (encoding converted …)
 */
public record RawArticle(
        String doc,
        SourceRef source,
        String sourceId,
        String body,
        String title,
        String url,
        String outlet,
        String lang,
        String published,
        PublicationDate.Basis publishedBasis,
        List<Removal> removed,
        List<String> warnings) {

    public RawArticle {
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }
}

package org.factline.ingest.read;

import java.util.List;
import org.factline.model.PublicationDate;
import org.factline.model.Removal;
import org.factline.model.SourceRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article in an HTML page: its text as paragraphs, without the page around it, and what the page
 * says about it. Used for whole pages (HTML files, WARC captures) and for the HTML content of feed items.
 *
 * <p>Steps: read the metadata from the untouched page ({@link HtmlMetadata}); strip the furniture
 * ({@link HtmlFurniture}); choose the element that holds the article ({@link HtmlMainContent}); take
 * out its captions and credits, kept as removals; read its paragraphs; drop the headline if it is
 * repeated as the first of them. The page given is not changed.
 */
public final class HtmlExtractor {

    /**
     * An article read from HTML.
     *
     * @param body      paragraphs separated by one blank line, headings as their own paragraphs, without the
     *                  title; empty when the page has no article text
     * @param title     headline, or null
     * @param url       the article's address, or null
     * @param outlet    publisher, or null
     * @param lang      primary language subtag stated by the page, or null
     * @param published publication date as the page writes it, or null
     * @param removed   figure captions and credits taken out of the body
     */
    public record Page(String body, String title, String url, String outlet, String lang, String published,
            List<Removal> removed) {

        public Page {
            removed = List.copyOf(removed);
        }

        public boolean hasText() {
            return !body.isEmpty();
        }

        /** This page as an archive captured it at {@code url}, dated {@code captureDate} when it states no date. */
        public Page capturedAt(String url, String captureDate) {
            return new Page(body, title, url, outlet, lang, published != null ? published : captureDate, removed);
        }

        /** The page as a reader's record; the publication date, when there is one, is source metadata. */
        public RawArticle toArticle(String doc, SourceRef source, String sourceId, List<String> warnings) {
            return new RawArticle(doc, source, sourceId, body, title, url, outlet, lang, published,
                    published == null ? null : PublicationDate.Basis.METADATA, removed, warnings);
        }
    }

    private HtmlExtractor() {
    }

    /**
     * Extracts the article of a whole page.
     *
     * @param page    the parsed page; not changed
     * @param baseUrl the address the page was read from, the article's address when the page names none; may be null
     */
    public static Page extract(Document page, String baseUrl) {
        HtmlMetadata metadata = HtmlMetadata.of(page, baseUrl);
        Element h1 = page.selectFirst("h1");
        Element body = page.body().clone();
        HtmlFurniture.STANDARD.strip(body);
        Element container = HtmlMainContent.container(body);
        List<Removal> captions = HtmlFurniture.STANDARD.takeCaptions(container);
        List<String> paragraphs = HtmlMainContent.paragraphs(container);
        removeFirst(paragraphs, metadata.title(), h1 == null ? null : ParagraphText.collapse(h1.text()));
        return new Page(ParagraphText.join(paragraphs), metadata.title(), metadata.url(), metadata.outlet(),
                metadata.lang(), metadata.published(), captions);
    }

    /**
     * Extracts the text of an HTML fragment, such as a feed item's content: all of it is the article, but
     * for furniture (share links, ads) and captions. Only {@code body} and {@code removed} are set.
     */
    public static Page extractFragment(String html, String baseUrl) {
        Element body = Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl).body();
        HtmlFurniture.STANDARD.strip(body);
        List<Removal> captions = HtmlFurniture.STANDARD.takeCaptions(body);
        List<String> paragraphs = HtmlMainContent.allParagraphs(body);
        return new Page(ParagraphText.join(paragraphs), null, null, null, null, null, captions);
    }

    /** Drops the first paragraph that repeats the headline, the h1 the body must not contain. */
    private static void removeFirst(List<String> paragraphs, String... headlines) {
        for (int i = 0; i < paragraphs.size(); i++) {
            for (String headline : headlines) {
                if (headline != null && paragraphs.get(i).equalsIgnoreCase(headline)) {
                    paragraphs.remove(i);
                    return;
                }
            }
        }
    }
}

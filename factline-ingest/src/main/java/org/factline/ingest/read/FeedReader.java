package org.factline.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.factline.model.PublicationDate;
import org.factline.model.SourceRef;
import org.jsoup.Jsoup;

/**
 * RSS (2.0, and 0.9x/1.0 alike) and Atom feeds: one article per item or entry, read as a stream so that a
 * feed broken half-way still gives the items before the break.
 *
 * <p>An item's text is its {@code content:encoded}, else its {@code description} (RSS); its {@code content},
 * else its {@code summary} (Atom). HTML content goes through {@link HtmlExtractor} so that it becomes
 * paragraphs; plain text is kept, in paragraphs. The feed's title is the outlet, its language the
 * items' language unless an entry states its own. An item without text, or over the size limit, is a
 * failure at {@code feed.xml#item3} and the other items go on. Input that is not XML, or XML that is not
 * a feed, throws {@link BadInputException}.
 */
public final class FeedReader implements ArticleReader {

    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    /** RSS 2.0 has no namespace, but some feeds give it one; RSS 0.90 and 1.0 have their own, with the same names. */
    private static final Set<String> RSS_NAMESPACES = Set.of("http://purl.org/rss/1.0/",
            "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2",
            "http://blogs.law.harvard.edu/tech/rss");
    private static final Pattern HTML_MARKUP = Pattern.compile(
            "</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^>]*)?/?>|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);");

    @Override
    public String format() {
        return "feed";
    }

    @Override
    public void read(InputSource input, ReadLimits limits, ReadSink sink) throws IOException, BadInputException {
        Feed feed = new Feed(input, limits, sink);
        try (InputStream in = input.open()) {
            XMLStreamReader xml = FeedXml.newReader(in);
            try {
                feed.read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw feed.malformed(e);
        }
    }

    /** An item's text in one of its forms, the HTML to extract or the plain text to keep. */
    private record Content(String text, boolean html) {

        HtmlExtractor.Page read(String link) {
            return html
                    ? HtmlExtractor.extractFragment(text, link)
                    : new HtmlExtractor.Page(ParagraphText.join(ParagraphText.ofPlainText(text)), null, null, null,
                            null, null, List.of());
        }
    }

    /** What an item or entry holds, before it is turned into an article. */
    private record Item(String id, String title, String link, String published, List<Content> contents, String lang,
            long bytes) {
    }

    /** The reading of one feed: where it is, and what it said so far about all its items. */
    private final class Feed {

        private final InputSource input;
        private final ReadLimits limits;
        private final ReadSink sink;
        private boolean rootSeen;
        private int items;
        private String outlet;
        private String lang;

        Feed(InputSource input, ReadLimits limits, ReadSink sink) {
            this.input = input;
            this.limits = limits;
            this.sink = sink;
        }

        void read(XMLStreamReader xml) throws XMLStreamException, BadInputException {
            int event = xml.getEventType();
            while (event != XMLStreamReader.START_ELEMENT) {
                if (event == XMLStreamReader.END_DOCUMENT) {
                    throw new BadInputException(input.name(), "not XML: no root element");
                }
                event = xml.next(); // prolog: declaration, comments, processing instructions, document type
            }
            rootSeen = true;
            lang = HtmlMetadata.primarySubtag(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang"));
            switch (xml.getLocalName()) {
                case "rss", "RDF" -> readRss(xml);
                case "feed" -> readAtom(xml);
                default -> throw new BadInputException(input.name(),
                        "not an RSS or Atom feed: root element <" + qualifiedName(xml) + ">");
            }
        }

        /** RSS: items anywhere (under channel in 2.0, beside it in 1.0); title and language of the channel. */
        private void readRss(XMLStreamReader xml) throws XMLStreamException {
            List<String> open = new ArrayList<>();
            while (true) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String name = xml.getLocalName();
                    boolean inChannel = !open.isEmpty() && open.getLast().equals("channel");
                    if (name.equals("item")) {
                        deliver(readRssItem(xml));
                    } else if (inChannel && name.equals("title")) {
                        outlet = title(FeedXml.readText(xml, limits.maxArticleBytes()), false);
                    } else if (inChannel && name.equals("language")) {
                        lang = HtmlMetadata.primarySubtag(FeedXml.readText(xml, limits.maxArticleBytes()).raw());
                    } else {
                        open.add(name);
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    if (open.isEmpty()) {
                        return;
                    }
                    open.removeLast();
                }
            }
        }

        private Item readRssItem(XMLStreamReader xml) throws XMLStreamException {
            String id = null, title = null, link = null, pubDate = null, dcDate = null, itemLang = lang;
            String guid = null;
            Content encoded = null, description = null;
            long bytes = 0;
            while (xml.next() != XMLStreamReader.END_ELEMENT) {
                if (xml.getEventType() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                String key = rssKey(xml.getNamespaceURI(), xml.getLocalName());
                boolean permalink = !"false".equalsIgnoreCase(xml.getAttributeValue(null, "isPermaLink"));
                FeedXml.Text text = FeedXml.readText(xml, limits.maxArticleBytes());
                bytes += text.bytes();
                switch (key) {
                    case "title" -> title = title(text, false);
                    case "link" -> link = firstNonBlank(link, text.raw());
                    case "guid" -> {
                        id = firstNonBlank(id, text.raw());
                        guid = permalink ? firstNonBlank(guid, text.raw()) : guid;
                    }
                    case "pubDate" -> pubDate = firstNonBlank(pubDate, text.raw());
                    case "dc:date" -> dcDate = firstNonBlank(dcDate, text.raw());
                    case "dc:language" -> itemLang = HtmlMetadata.primarySubtag(text.raw());
                    case "content:encoded" -> encoded = new Content(text.html(), true);
                    case "description" -> description = text.hasElements()
                            ? new Content(text.html(), true)
                            : new Content(text.raw(), HTML_MARKUP.matcher(text.raw()).find());
                    default -> {
                        // other modules (media:, dc:creator …) say nothing the article needs
                    }
                }
            }
            if (link == null && guid != null && guid.matches("(?i)https?://.+")) {
                link = guid;
            }
            return new Item(id, title, link, firstNonBlank(pubDate, dcDate), present(encoded, description),
                    itemLang, bytes);
        }

        /** Atom: entries, and the feed's own title. */
        private void readAtom(XMLStreamReader xml) throws XMLStreamException {
            int depth = 0;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    if (depth == 0 && xml.getLocalName().equals("entry")) {
                        deliver(readAtomEntry(xml));
                    } else if (depth == 0 && xml.getLocalName().equals("title")) {
                        boolean html = isHtmlType(xml.getAttributeValue(null, "type"));
                        outlet = title(FeedXml.readText(xml, limits.maxArticleBytes()), html);
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                }
            }
        }

        private Item readAtomEntry(XMLStreamReader xml) throws XMLStreamException {
            String id = null, title = null, alternate = null, firstLink = null, published = null, updated = null;
            String entryLang = firstNonBlank(
                    HtmlMetadata.primarySubtag(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang")), lang);
            Content content = null, summary = null;
            long bytes = 0;
            while (xml.next() != XMLStreamReader.END_ELEMENT) {
                if (xml.getEventType() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                String type = xml.getAttributeValue(null, "type");
                String rel = xml.getAttributeValue(null, "rel");
                String href = xml.getAttributeValue(null, "href");
                boolean outOfLine = xml.getAttributeValue(null, "src") != null;
                FeedXml.Text text = FeedXml.readText(xml, limits.maxArticleBytes());
                bytes += text.bytes();
                switch (name) {
                    case "id" -> id = firstNonBlank(id, text.raw());
                    case "title" -> title = title(text, isHtmlType(type));
                    case "link" -> {
                        firstLink = firstNonBlank(firstLink, href);
                        alternate = rel == null || rel.equals("alternate") ? firstNonBlank(alternate, href) : alternate;
                    }
                    case "published" -> published = firstNonBlank(published, text.raw());
                    case "updated" -> updated = firstNonBlank(updated, text.raw());
                    case "content" -> content = outOfLine ? null : atomContent(text, type);
                    case "summary" -> summary = atomContent(text, type);
                    default -> {
                        // categories, authors, extensions
                    }
                }
            }
            return new Item(id, title, firstNonBlank(alternate, firstLink), firstNonBlank(published, updated),
                    present(content, summary), entryLang, bytes);
        }

        private void deliver(Item item) {
            items++;
            String location = input.name() + "#item" + items;
            String refusal = limits.checkSize(item.bytes());
            if (refusal != null) {
                sink.failure(location, refusal);
                return;
            }
            HtmlExtractor.Page page = null;
            for (Content content : item.contents()) {
                page = content.read(item.link());
                if (page.hasText()) {
                    break;
                }
            }
            if (page == null || !page.hasText()) {
                sink.failure(location, "no text in feed item (no content, content:encoded, summary or description)");
                return;
            }
            String doc = DocName.fromId(item.id());
            sink.article(new RawArticle(doc != null ? doc : input.docName() + "-" + items,
                    new SourceRef(location, format()), item.id(), page.body(), item.title(), item.link(), outlet,
                    item.lang(), item.published(), item.published() == null ? null : PublicationDate.Basis.METADATA,
                    page.removed(), List.of()));
        }

        BadInputException malformed(XMLStreamException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
            String message = FeedXml.parserMessage(e) + where;
            return rootSeen
                    ? new BadInputException(input.name(), "malformed XML: " + message + ", after " + items + " items", e)
                    : new BadInputException(input.name(), "not XML: " + message, e);
        }
    }

    /** The name an RSS item child is known by here: {@code title}, {@code content:encoded}, {@code dc:date} … */
    private static String rssKey(String namespace, String name) {
        if (CONTENT_NS.equals(namespace)) {
            return "content:" + name;
        }
        if (DC_NS.equals(namespace)) {
            return "dc:" + name;
        }
        return namespace == null || namespace.isEmpty() || RSS_NAMESPACES.contains(namespace) ? name : "";
    }

    /** Atom's text constructs: {@code text} (the default), {@code html}, {@code xhtml}, or a media type. */
    private static Content atomContent(FeedXml.Text text, String type) {
        if (type == null || type.equals("text") || type.startsWith("text/") && !type.contains("html")) {
            return new Content(text.raw(), false);
        }
        if (isHtmlType(type)) {
            return new Content(text.html(), true);
        }
        return null; // base64 media, not text
    }

    private static boolean isHtmlType(String type) {
        return type != null && (type.equals("html") || type.equals("xhtml") || type.contains("html"));
    }

    /** A title as text: markup and entities (feeds often escape them twice) resolved, spaces collapsed. */
    private static String title(FeedXml.Text text, boolean html) {
        String title = html || text.hasElements() || HTML_MARKUP.matcher(text.raw()).find()
                ? Jsoup.parseBodyFragment(text.html()).text()
                : text.raw();
        title = ParagraphText.collapse(title);
        return title.isEmpty() ? null : title;
    }

    private static List<Content> present(Content... contents) {
        List<Content> present = new ArrayList<>();
        for (Content content : contents) {
            if (content != null) {
                present.add(content);
            }
        }
        return present;
    }

    private static String firstNonBlank(String current, String candidate) {
        if (current != null) {
            return current;
        }
        return candidate == null || candidate.isBlank() ? null : candidate.strip();
    }

    private static String qualifiedName(XMLStreamReader xml) {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }
}

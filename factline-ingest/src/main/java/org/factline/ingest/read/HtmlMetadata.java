package org.factline.ingest.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head and markup, as written there.
 *
 * @param title     {@code og:title}, else {@code <title>} without a " - Site" suffix naming the outlet, else the first h1
 * @param url       {@code link rel=canonical}, else {@code og:url}, else the address the page was read from
 * @param outlet    {@code og:site_name}, else the JSON-LD publisher's name
 * @param lang      primary subtag of {@code <html lang>} (else {@code Content-Language}, {@code og:locale})
 * @param published the first of: {@code article:published_time}; JSON-LD {@code datePublished}; microdata
 *                  {@code itemprop=datePublished}; {@code <time datetime>} in the article or its header;
 *                  {@code meta name=date|pubdate|DC.date.issued|dcterms.date}
 */
record HtmlMetadata(String title, String url, String outlet, String lang, String published) {

    private static final String[] DATE_META_NAMES = {"date", "pubdate", "DC.date.issued", "dcterms.date"};
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—·•»]\\s+");
    private static final Pattern LANGUAGE_SUBTAG = Pattern.compile("[a-z]{2,3}");
    /** Codes that name no language: undetermined, multiple, no linguistic content. */
    private static final List<String> NOT_A_LANGUAGE = List.of("und", "mul", "zxx", "mis");

    static HtmlMetadata of(Document page, String baseUrl) {
        HtmlJsonLd jsonLd = HtmlJsonLd.of(page);
        String outlet = first(meta(page, "og:site_name"), jsonLd.publisher());
        return new HtmlMetadata(title(page, outlet), url(page, baseUrl), outlet, language(page),
                published(page, jsonLd));
    }

    /** The primary language subtag of a language tag ({@code fr-FR}, {@code en_GB} → fr, en), or null. */
    static String primarySubtag(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGE_SUBTAG.matcher(primary).matches() && !NOT_A_LANGUAGE.contains(primary) ? primary : null;
    }

    private static String title(Document page, String outlet) {
        String og = meta(page, "og:title");
        if (og != null) {
            return og;
        }
        String title = ParagraphText.collapse(page.title());
        if (!title.isEmpty()) {
            return outlet == null ? title : withoutSuffix(title, outlet);
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : blankToNull(ParagraphText.collapse(h1.text()));
    }

    /** "Kiev dément - Le Temps" → "Kiev dément" when the outlet is Le Temps; other titles stay as they are. */
    private static String withoutSuffix(String title, String outlet) {
        Matcher separator = TITLE_SEPARATOR.matcher(title);
        int start = -1;
        int end = -1;
        while (separator.find()) {
            start = separator.start();
            end = separator.end();
        }
        return start > 0 && title.substring(end).equalsIgnoreCase(outlet.strip()) ? title.substring(0, start) : title;
    }

    private static String url(Document page, String baseUrl) {
        for (Element link : page.select("link[rel=canonical][href]")) {
            String url = absolute(link, "href");
            if (url != null) {
                return url;
            }
        }
        for (Element meta : page.select("meta[property=og:url][content]")) {
            String url = absolute(meta, "content");
            if (url != null) {
                return url;
            }
        }
        return baseUrl == null || baseUrl.isBlank() ? null : baseUrl;
    }

    /** The attribute as an absolute address, resolved against the page's address; null when it cannot be. */
    private static String absolute(Element e, String attribute) {
        String url = e.absUrl(attribute);
        if (url.isEmpty() && e.attr(attribute).strip().matches("(?i)https?://.+")) {
            url = e.attr(attribute).strip();
        }
        return blankToNull(url);
    }

    private static String language(Document page) {
        Element html = page.selectFirst("html");
        String stated = html == null ? null : first(blankToNull(html.attr("lang")), blankToNull(html.attr("xml:lang")));
        if (stated == null) {
            Element contentLanguage = page.selectFirst("meta[http-equiv=content-language][content]");
            stated = first(contentLanguage == null ? null : contentLanguage.attr("content"), meta(page, "og:locale"));
        }
        return primarySubtag(stated);
    }

    private static String published(Document page, HtmlJsonLd jsonLd) {
        String date = first(meta(page, "article:published_time"), jsonLd.datePublished());
        if (date == null) {
            // Not any <time>: a site's masthead often shows today's date. The article's own header has the h1.
            for (Element e : page.select("[itemprop=datePublished], article time[datetime], header:has(h1) time[datetime]")) {
                date = first(date, blankToNull(e.attr("content")), blankToNull(e.attr("datetime")));
            }
        }
        return first(date, meta(page, DATE_META_NAMES));
    }

    /** The content of the first {@code <meta>} whose property or name is one of {@code names}, in their order. */
    private static String meta(Document page, String... names) {
        for (String name : names) {
            for (Element meta : page.select("meta[content]")) {
                if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))) {
                    String content = blankToNull(ParagraphText.collapse(meta.attr("content")));
                    if (content != null) {
                        return content;
                    }
                }
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

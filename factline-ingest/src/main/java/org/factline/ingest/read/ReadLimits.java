package org.factline.ingest.read;

/**
 * Bounds on what readers accept.
 *
 * @param maxArticleBytes an article (a text file, a JSON line, an HTML page, a feed item, a WARC record)
 *                        larger than this is refused with its name
 */
public record ReadLimits(long maxArticleBytes) {

    /** 5 MB: far above any real article, low enough that a runaway file cannot exhaust memory. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_ARTICLE_BYTES);
    }

    public ReadLimits {
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be positive: " + maxArticleBytes);
        }
    }

    /** The refusal message for an article of {@code size} bytes, or null when it is within the limit. */
    public String checkSize(long size) {
        return size > maxArticleBytes ? "article of " + size + " bytes " + overLimit() : null;
    }

    /** The refusal message for an article found to be too large before its end was read. */
    public String tooLarge() {
        return "article " + overLimit();
    }

    private String overLimit() {
        return "is over the size limit of " + maxArticleBytes + " bytes (change it with --max-article-size)";
    }
}

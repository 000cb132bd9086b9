package org.factline.model;

import java.io.Serializable;

/**
 * Where an article was read from.
 *
 * @param location the input as the user named it, with the record's place inside it where there is one
 *                 ({@code news.jsonl:12}, {@code crawl.warc.gz@10432})
 * @param format   the reader that produced it: {@code text}, {@code jsonl}, {@code html}, {@code feed}, {@code warc}
 */
public record SourceRef(String location, String format) implements Serializable {
}

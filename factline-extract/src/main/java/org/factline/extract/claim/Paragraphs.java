package org.factline.extract.claim;

import java.util.List;

import org.factline.model.Span;

/**
 * The paragraphs of running text the claim extractor counts turns and dates by (subheadings left out),
 * with the two questions it asks of them: which paragraph an offset falls in, and that paragraph's span.
 */
record Paragraphs(List<Span> spans) {

    Paragraphs {
        spans = List.copyOf(spans);
    }

    /** The index of the paragraph holding {@code offset}, or of the next one when it falls between two. */
    int indexOf(int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).end() > offset) {
                return i;
            }
        }
        return spans.size();
    }

    /** The paragraph holding {@code offset}, or null when it falls between paragraphs. */
    Span containing(int offset) {
        int i = indexOf(offset);
        return i < spans.size() && spans.get(i).start() <= offset ? spans.get(i) : null;
    }
}

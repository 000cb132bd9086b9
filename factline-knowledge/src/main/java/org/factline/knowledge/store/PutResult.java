package org.factline.knowledge.store;

/** What {@link ArticleStore#put} did with an article. */
public enum PutResult {
    /** The article was stored. */
    NEW,
    /** An article with the same id was already stored; nothing changed. */
    DUPLICATE
}

-- The article store: one row per article, its lists in child tables ordered by "ordinal".
-- The same SQL runs on H2 and PostgreSQL; ${large_text} is the one type that differs (see Backend.java).
-- Enum values are stored by name, without CHECK lists, so that adding a value to the model needs no migration.

CREATE TABLE article (
    -- 512 characters keep a key under PostgreSQL's B-tree entry limit (2704 bytes) for any UTF-8 text.
    id                  VARCHAR(512)     NOT NULL PRIMARY KEY,
    doc                 VARCHAR(512)     NOT NULL,
    source_location     VARCHAR          NOT NULL,
    source_format       VARCHAR(32)      NOT NULL,
    title               VARCHAR,
    url                 VARCHAR,
    outlet              VARCHAR,
    language_code       VARCHAR(35)      NOT NULL,
    language_confidence DOUBLE PRECISION NOT NULL,
    language_stated     BOOLEAN          NOT NULL,
    language_analysable BOOLEAN          NOT NULL,
    published_value     VARCHAR(10),
    published_precision VARCHAR(16),
    published_basis     VARCHAR(16),
    published_evidence  VARCHAR,
    text                ${large_text}    NOT NULL,
    raw_text            ${large_text}    NOT NULL,
    ingested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A publication date is all there (evidence optional) or not at all.
    CONSTRAINT article_published_whole CHECK (
        (published_value IS NULL AND published_precision IS NULL
            AND published_basis IS NULL AND published_evidence IS NULL)
        OR (published_value IS NOT NULL AND published_precision IS NOT NULL AND published_basis IS NOT NULL))
);

-- "show DOC" looks articles up by their short name.
CREATE INDEX article_doc ON article (doc);

-- Paragraph and heading spans into article.text; layer is PARAGRAPH or HEADING.
CREATE TABLE article_span (
    article_id   VARCHAR(512) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    layer        VARCHAR(16)  NOT NULL,
    ordinal      INTEGER      NOT NULL,
    start_offset INTEGER      NOT NULL,
    end_offset   INTEGER      NOT NULL,
    PRIMARY KEY (article_id, layer, ordinal)
);

-- What cleaning took out of the raw text.
CREATE TABLE article_removal (
    article_id   VARCHAR(512)  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ordinal      INTEGER       NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    removed_text ${large_text} NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

-- What went wrong while ingesting without stopping the article.
CREATE TABLE article_warning (
    article_id VARCHAR(512) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ordinal    INTEGER      NOT NULL,
    message    VARCHAR      NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

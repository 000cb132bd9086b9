-- What the per-article pipeline found in each article: one "analysis" row per analysed article, and one
-- table per layer that users query across articles. Same SQL on H2 and PostgreSQL, in the style of V1:
-- enum values stored by name without CHECK lists (a new value in the model needs no migration), lists kept
-- in order by "ordinal", character offsets are half-open [start, end) ranges into article.text.
--
-- Provenance of every row: its article (article_id), its evidence (the offsets it carries), its extractor
-- (analysis.extractor, the fingerprint of the code and data that produced the article's layers; mentions
-- also name their rule or model) and its confidence where the extractor gives one.
--
-- Every layer row hangs from its article's analysis row with ON DELETE CASCADE, and that row from the
-- article: deleting an article deletes everything found in it, and deleting an analysis row removes all the
-- layers it stands for, which is how re-analysis replaces them (in the same transaction as the new rows).
-- A layer row can therefore never outlive the extractor version that made it.
--
-- Indexes serve the cross-article questions: every article naming an entity (entity_id), every claim of a
-- speaker, the events of a type over a period, the events at a place or with an actor. Indexed ids are at
-- most 512 characters, under PostgreSQL's B-tree entry limit for any UTF-8 text. Free-text columns (speaker
-- names as written, quotes) are not indexed: full-text search belongs to the Lucene index.
--
-- The tables are named for what one article says; cross-article tables (merged entities and events) will
-- get names of their own.

CREATE TABLE analysis (
    article_id     VARCHAR(512) NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    -- Fingerprint of the extraction code and data; an article is re-analysed when it differs from the
    -- running Factline's (see the app's ExtractorVersion).
    extractor      VARCHAR(200) NOT NULL,
    analysed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- How many of each layer the pipeline produced. Tokens are counted but not stored: they are the
    -- linguistic layer's working material, many times larger than everything else, and can be recomputed.
    sentence_count INTEGER NOT NULL,
    token_count    INTEGER NOT NULL,
    mention_count  INTEGER NOT NULL,
    entity_count   INTEGER NOT NULL,
    timex_count    INTEGER NOT NULL,
    claim_count    INTEGER NOT NULL,
    event_count    INTEGER NOT NULL,
    quantity_count INTEGER NOT NULL
);

-- "Which articles did an older extractor analyse?"
CREATE INDEX analysis_extractor ON analysis (extractor);

-- Sentences, with the range of token indices they had (tokens themselves are not stored).
CREATE TABLE sentence (
    article_id   VARCHAR(512) NOT NULL REFERENCES analysis (article_id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    first_token  INTEGER NOT NULL,
    end_token    INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal),
    CONSTRAINT sentence_span CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

-- The entities an article refers to, in order of first mention. entity_id is a Wikidata QID when the
-- knowledge base is sure of it (known), else a local id (fl:person:…) that is the same in every article:
-- it is the key that joins articles. Place columns are all set for a located place, else all null.
-- The evidence is the span of the entity's first mention (also in "mention"), null if it has none.
CREATE TABLE entity (
    article_id      VARCHAR(512)     NOT NULL REFERENCES analysis (article_id) ON DELETE CASCADE,
    ordinal         INTEGER          NOT NULL,
    entity_id       VARCHAR(512)     NOT NULL,
    name            VARCHAR          NOT NULL,
    entity_type     VARCHAR(32)      NOT NULL,
    known           BOOLEAN          NOT NULL,
    place_lat       DOUBLE PRECISION,
    place_lon       DOUBLE PRECISION,
    place_country   VARCHAR,
    place_admin1    VARCHAR,
    place_precision VARCHAR(32),
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    PRIMARY KEY (article_id, ordinal),
    CONSTRAINT entity_place_whole CHECK (
        (place_lat IS NULL AND place_lon IS NULL AND place_precision IS NULL
            AND place_country IS NULL AND place_admin1 IS NULL)
        OR (place_lat IS NOT NULL AND place_lon IS NOT NULL AND place_precision IS NOT NULL)),
    CONSTRAINT entity_evidence CHECK ((evidence_start IS NULL AND evidence_end IS NULL)
        OR (evidence_start >= 0 AND evidence_end >= evidence_start))
);

CREATE INDEX entity_by_id ON entity (entity_id);

-- The spellings an article uses for an entity, in order of first use.
CREATE TABLE entity_alias (
    article_id     VARCHAR(512) NOT NULL,
    entity_ordinal INTEGER      NOT NULL,
    ordinal        INTEGER      NOT NULL,
    alias          VARCHAR      NOT NULL,
    PRIMARY KEY (article_id, entity_ordinal, ordinal),
    FOREIGN KEY (article_id, entity_ordinal) REFERENCES entity (article_id, ordinal) ON DELETE CASCADE
);

-- Each span of text that refers to an entity, with the rule or model that found it (extractor) and how
-- sure it was. entity_id is null when the mention could not be linked.
CREATE TABLE mention (
    article_id   VARCHAR(512)     NOT NULL REFERENCES analysis (article_id) ON DELETE CASCADE,
    ordinal      INTEGER          NOT NULL,
    start_offset INTEGER          NOT NULL,
    end_offset   INTEGER          NOT NULL,
    text         VARCHAR          NOT NULL,
    entity_type  VARCHAR(32)      NOT NULL,
    entity_id    VARCHAR(512),
    kind         VARCHAR(32)      NOT NULL,
    extractor    VARCHAR          NOT NULL,
    confidence   DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, ordinal),
    CONSTRAINT mention_span CHECK (start_offset >= 0 AND end_offset >= start_offset),
    CONSTRAINT mention_confidence CHECK (confidence >= 0 AND confidence <= 1)
);

CREATE INDEX mention_by_entity ON mention (entity_id);

-- Time expressions, normalised as TimeML TIMEX3 values ("value" and "mod" are reserved words in H2).
CREATE TABLE timex (
    article_id   VARCHAR(512) NOT NULL REFERENCES analysis (article_id) ON DELETE CASCADE,
    ordinal      INTEGER      NOT NULL,
    start_offset INTEGER      NOT NULL,
    end_offset   INTEGER      NOT NULL,
    text         VARCHAR      NOT NULL,
    timex_type   VARCHAR(32)  NOT NULL,
    timex_value  VARCHAR,
    modifier     VARCHAR(32),
    anchor       VARCHAR(32)  NOT NULL,
    PRIMARY KEY (article_id, ordinal),
    CONSTRAINT timex_span CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

-- What sources are reported to have said. The speaker is its entity (speaker_entity_id, when the article
-- refers to one) and its name (the entity's canonical name, else the words as written); speaker_start/end
-- are the words at the cue, null when the speaker carries over from before. polarity is DENY or ASSERT
-- once the cue's negation is counted (derived from stance and negated, kept for queries). claim_date is a
-- TIMEX3 value. parent is the ordinal of the claim that reports this one, or null.
CREATE TABLE claim (
    article_id        VARCHAR(512)     NOT NULL REFERENCES analysis (article_id) ON DELETE CASCADE,
    ordinal           INTEGER          NOT NULL,
    quote_start       INTEGER          NOT NULL,
    quote_end         INTEGER          NOT NULL,
    quote_text        VARCHAR          NOT NULL,
    cue_start         INTEGER,
    cue_end           INTEGER,
    cue_text          VARCHAR,
    speaker_entity_id VARCHAR(512),
    speaker_name      VARCHAR          NOT NULL,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    speaker_text      VARCHAR,
    direct            BOOLEAN          NOT NULL,
    stance            VARCHAR(32)      NOT NULL,
    negated           BOOLEAN          NOT NULL,
    polarity          VARCHAR(32)      NOT NULL,
    claim_date        VARCHAR(64),
    date_basis        VARCHAR(32)      NOT NULL,
    channel           VARCHAR,
    evidence_start    INTEGER          NOT NULL,
    evidence_end      INTEGER          NOT NULL,
    parent            INTEGER,
    confidence        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, ordinal),
    CONSTRAINT claim_quote CHECK (quote_start >= 0 AND quote_end >= quote_start),
    CONSTRAINT claim_cue CHECK ((cue_start IS NULL AND cue_end IS NULL)
        OR (cue_start >= 0 AND cue_end >= cue_start)),
    CONSTRAINT claim_speaker_span CHECK ((speaker_start IS NULL AND speaker_end IS NULL)
        OR (speaker_start >= 0 AND speaker_end >= speaker_start)),
    CONSTRAINT claim_evidence CHECK (evidence_start >= 0 AND evidence_end >= evidence_start),
    CONSTRAINT claim_confidence CHECK (confidence >= 0 AND confidence <= 1)
);

CREATE INDEX claim_by_speaker ON claim (speaker_entity_id);

-- What happened, or is said to have happened. claim_ordinal is the claim that asserts the event, null when
-- the outlet states it as fact (the narrator). event_date is a TIMEX3 value ("2025-04-26", "2025-W06",
-- "2025-04"), so that a range of ISO prefixes selects a period. The location columns are all null when the
-- text does not say where; its place columns are all set or all null. The event's own offsets are its
-- trigger's; evidence_start/end are those of its first evidence span, all of them being in event_evidence.
CREATE TABLE event (
    article_id         VARCHAR(512)     NOT NULL REFERENCES analysis (article_id) ON DELETE CASCADE,
    ordinal            INTEGER          NOT NULL,
    event_type         VARCHAR(32)      NOT NULL,
    trigger_start      INTEGER          NOT NULL,
    trigger_end        INTEGER          NOT NULL,
    trigger_text       VARCHAR          NOT NULL,
    event_date         VARCHAR(64),
    date_basis         VARCHAR(32)      NOT NULL,
    modality           VARCHAR(32)      NOT NULL,
    claim_ordinal      INTEGER,
    location_entity_id VARCHAR(512),
    location_name      VARCHAR,
    location_start     INTEGER,
    location_end       INTEGER,
    place_lat          DOUBLE PRECISION,
    place_lon          DOUBLE PRECISION,
    place_country      VARCHAR,
    place_admin1       VARCHAR,
    place_precision    VARCHAR(32),
    evidence_start     INTEGER,
    evidence_end       INTEGER,
    confidence         DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, ordinal),
    FOREIGN KEY (article_id, claim_ordinal) REFERENCES claim (article_id, ordinal) ON DELETE CASCADE,
    CONSTRAINT event_trigger CHECK (trigger_start >= 0 AND trigger_end >= trigger_start),
    CONSTRAINT event_location CHECK (location_name IS NOT NULL
        OR (location_entity_id IS NULL AND location_start IS NULL AND place_lat IS NULL)),
    CONSTRAINT event_location_span CHECK ((location_start IS NULL AND location_end IS NULL)
        OR (location_start >= 0 AND location_end >= location_start)),
    CONSTRAINT event_place_whole CHECK (
        (place_lat IS NULL AND place_lon IS NULL AND place_precision IS NULL
            AND place_country IS NULL AND place_admin1 IS NULL)
        OR (place_lat IS NOT NULL AND place_lon IS NOT NULL AND place_precision IS NOT NULL)),
    CONSTRAINT event_evidence CHECK ((evidence_start IS NULL AND evidence_end IS NULL)
        OR (evidence_start >= 0 AND evidence_end >= evidence_start)),
    CONSTRAINT event_confidence CHECK (confidence >= 0 AND confidence <= 1)
);

-- A timeline of one kind of event; events at a place.
CREATE INDEX event_by_type_and_date ON event (event_type, event_date);
CREATE INDEX event_by_location ON event (location_entity_id);

-- Who takes part in an event, with their role.
CREATE TABLE event_actor (
    article_id    VARCHAR(512) NOT NULL,
    event_ordinal INTEGER      NOT NULL,
    ordinal       INTEGER      NOT NULL,
    role          VARCHAR(32)  NOT NULL,
    entity_id     VARCHAR(512),
    name          VARCHAR      NOT NULL,
    start_offset  INTEGER,
    end_offset    INTEGER,
    text          VARCHAR,
    PRIMARY KEY (article_id, event_ordinal, ordinal),
    FOREIGN KEY (article_id, event_ordinal) REFERENCES event (article_id, ordinal) ON DELETE CASCADE,
    CONSTRAINT event_actor_span CHECK ((start_offset IS NULL AND end_offset IS NULL)
        OR (start_offset >= 0 AND end_offset >= start_offset))
);

CREATE INDEX event_actor_by_entity ON event_actor (entity_id);

-- The clauses or sentences that tell an event, in text order.
CREATE TABLE event_evidence (
    article_id    VARCHAR(512) NOT NULL,
    event_ordinal INTEGER      NOT NULL,
    ordinal       INTEGER      NOT NULL,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    PRIMARY KEY (article_id, event_ordinal, ordinal),
    FOREIGN KEY (article_id, event_ordinal) REFERENCES event (article_id, ordinal) ON DELETE CASCADE,
    CONSTRAINT event_evidence_span CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

-- Figures: how many of what, how exactly, and on whose word. amount ("value" is reserved in H2) is null for
-- an order of magnitude ("plusieurs milliers"), low/high null when unbounded. The source columns are all
-- null when the outlet states the figure; otherwise source_name is set (the speaker's canonical name or
-- words). claim_ordinal and event_ordinal link the claim that contains the figure and the event it measures.
CREATE TABLE quantity (
    article_id        VARCHAR(512)     NOT NULL REFERENCES analysis (article_id) ON DELETE CASCADE,
    ordinal           INTEGER          NOT NULL,
    start_offset      INTEGER          NOT NULL,
    end_offset        INTEGER          NOT NULL,
    text              VARCHAR          NOT NULL,
    amount            DOUBLE PRECISION,
    low               DOUBLE PRECISION,
    high              DOUBLE PRECISION,
    qualifier         VARCHAR(32)      NOT NULL,
    approx            BOOLEAN          NOT NULL,
    unit              VARCHAR,
    what              VARCHAR,
    what_start        INTEGER,
    what_end          INTEGER,
    source_entity_id  VARCHAR(512),
    source_name       VARCHAR,
    source_start      INTEGER,
    source_end        INTEGER,
    source_text       VARCHAR,
    claim_ordinal     INTEGER,
    event_ordinal     INTEGER,
    evidence_start    INTEGER          NOT NULL,
    evidence_end      INTEGER          NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, ordinal),
    FOREIGN KEY (article_id, claim_ordinal) REFERENCES claim (article_id, ordinal) ON DELETE CASCADE,
    FOREIGN KEY (article_id, event_ordinal) REFERENCES event (article_id, ordinal) ON DELETE CASCADE,
    CONSTRAINT quantity_span CHECK (start_offset >= 0 AND end_offset >= start_offset),
    CONSTRAINT quantity_what_span CHECK ((what_start IS NULL AND what_end IS NULL)
        OR (what_start >= 0 AND what_end >= what_start)),
    CONSTRAINT quantity_source CHECK (source_name IS NOT NULL
        OR (source_entity_id IS NULL AND source_start IS NULL AND source_text IS NULL)),
    CONSTRAINT quantity_source_span CHECK ((source_start IS NULL AND source_end IS NULL)
        OR (source_start >= 0 AND source_end >= source_start)),
    CONSTRAINT quantity_evidence CHECK (evidence_start >= 0 AND evidence_end >= evidence_start),
    CONSTRAINT quantity_confidence CHECK (confidence >= 0 AND confidence <= 1)
);

-- Figures given by a source.
CREATE INDEX quantity_by_source ON quantity (source_entity_id);

-- The SQLite export of `gedragscode export --sqlite FILE`: the article graph of every
-- code, the alignment between codes, the norms with their evidence, and where it all
-- came from, ready for SQL.
-- Spans are [start, end) character offsets in the decoded source text of codes.file.
--
-- Keys: every table has a primary key; foreign keys tie each row to its code, node,
-- provision, topic or norm variable (SQLite checks them after `PRAGMA foreign_keys = ON`,
-- which the export itself runs while writing, so the file has no dangling row).
-- Indexes cover the columns that the joins below use.
--
-- Example: the gift threshold per gemeente, with the words it was read from
--   SELECT c.organisation, n.value_number, n.unit, e.article, e.quote
--     FROM norms n JOIN codes c USING (code)
--     LEFT JOIN norm_evidence e USING (code, variable)
--    WHERE n.variable = 'gift_threshold_eur';
-- Example: one row per gemeente, one column per norm (pivot)
--   SELECT code,
--          MAX(CASE WHEN variable = 'gift_threshold_eur' THEN value_number END) AS gift_eur,
--          MAX(CASE WHEN variable = 'cooling_off_years' THEN value_number END) AS cooling_off
--     FROM norms GROUP BY code;
-- Example: is my copy of a code the one the data was read from?
--   SELECT code, file, sha256, source_url, tool_version, exported_at FROM provenance;

-- One row per code.
CREATE TABLE codes (
    code TEXT PRIMARY KEY,          -- key: file stem (best, de-bilt, ...)
    file TEXT NOT NULL,             -- the source file, relative to the folder the export ran in (bundled: codes/corpus/...)
    format TEXT NOT NULL,           -- text, markdown, docx, cvdr
    organisation TEXT,              -- e.g. Best
    organisation_type TEXT,         -- gemeente, provincie, waterschap
    title TEXT,
    citeertitel TEXT,
    adopted_on TEXT,                -- ISO date
    in_force_from TEXT              -- ISO date
);

-- Where each code came from and what read it: one row per input file.
CREATE TABLE provenance (
    code TEXT PRIMARY KEY REFERENCES codes(code),
    file TEXT NOT NULL,             -- as codes.file
    sha256 TEXT NOT NULL,           -- SHA-256 (hex) of the bytes read: check a copy with `sha256sum FILE`
    source_url TEXT,                -- the published regulation (lokaleregelgeving.overheid.nl) when the
                                    -- file names it: a CVDR file's identifier, or the permanent link of
                                    -- a copied page; NULL when it does not (never guessed)
    tool TEXT NOT NULL,             -- gedragscode
    tool_version TEXT NOT NULL,     -- from the installed package's metadata
    exported_at TEXT NOT NULL,      -- ISO 8601 in UTC
    command TEXT NOT NULL           -- the command line that wrote this database
);

-- Every node of the article graph (hoofdstuk, paragraaf, artikel, lid, onderdeel,
-- bijlage, section, block, preamble, signature, text), as a tree.
CREATE TABLE nodes (
    code TEXT NOT NULL REFERENCES codes(code),
    id TEXT NOT NULL,               -- eId, e.g. chp_3__art_6__para_2
    parent TEXT,                    -- id of the parent node, NULL for the root ("code")
    kind TEXT NOT NULL,
    number TEXT,                    -- as written: 2.1.1, a, 1°
    title TEXT,
    text TEXT,                      -- the node's own words (not its children's)
    role TEXT,                      -- kind of block (toelichting, kern, ...) or of annex (own, explanatory, quoted, text)
    quoted INTEGER NOT NULL,        -- 1 when cited from another regulation
    explains TEXT,                  -- id of the article an explanatory part explains
    span_start INTEGER, span_end INTEGER,
    position INTEGER,               -- order among its siblings
    PRIMARY KEY (code, id),
    FOREIGN KEY (code, parent) REFERENCES nodes(code, id)
);
CREATE INDEX nodes_parent ON nodes(code, parent);
CREATE INDEX nodes_kind ON nodes(kind);

-- Every reference: to a law (with BWB id) or to the code's own articles.
CREATE TABLE refs (
    id INTEGER PRIMARY KEY,         -- order in the code
    code TEXT NOT NULL REFERENCES codes(code),
    kind TEXT NOT NULL,             -- law, eu, local or internal
    law TEXT, bwb TEXT, article TEXT, lid INTEGER, onderdeel TEXT,
    target TEXT,                    -- internal: id of the node named
    resolved INTEGER NOT NULL,      -- 0: unknown law, or internal reference to nothing
    node TEXT NOT NULL,             -- id of the node whose text holds the citation
    text TEXT NOT NULL,             -- the citation as written
    span_start INTEGER, span_end INTEGER,
    FOREIGN KEY (code, node) REFERENCES nodes(code, id),
    FOREIGN KEY (code, target) REFERENCES nodes(code, id)
);
CREATE INDEX refs_node ON refs(code, node);
CREATE INDEX refs_target ON refs(code, target);
CREATE INDEX refs_law ON refs(bwb, article);

-- The topic taxonomy.
CREATE TABLE topics (id TEXT PRIMARY KEY, name TEXT, description TEXT);

-- Topics of every article, lid and headed section (not only of the provisions compared).
CREATE TABLE node_topics (
    code TEXT NOT NULL,
    node TEXT NOT NULL,
    topic TEXT NOT NULL REFERENCES topics(id),
    score REAL,
    terms TEXT,                     -- the terms counted, with their counts (why)
    PRIMARY KEY (code, node, topic),
    FOREIGN KEY (code, node) REFERENCES nodes(code, id)
);
CREATE INDEX node_topics_topic ON node_topics(topic);

-- The units compared: articles, or headed sections in codes without articles.
CREATE TABLE provisions (
    code TEXT NOT NULL,
    node TEXT NOT NULL,
    label TEXT,
    scope TEXT,                     -- body, or the id of the annex
    primary_topic TEXT,             -- topics.id, or 'overig' (no topic)
    PRIMARY KEY (code, node),
    FOREIGN KEY (code, node) REFERENCES nodes(code, id)
);
CREATE INDEX provisions_topic ON provisions(primary_topic);

-- Every topic a provision has, with its score and the terms counted (why).
CREATE TABLE provision_topics (
    code TEXT NOT NULL,
    node TEXT NOT NULL,
    topic TEXT NOT NULL REFERENCES topics(id),
    score REAL,
    terms TEXT,
    PRIMARY KEY (code, node, topic),
    FOREIGN KEY (code, node) REFERENCES provisions(code, node)
);
CREATE INDEX provision_topics_topic ON provision_topics(topic);

-- For every provision and every other code: its best match there.
CREATE TABLE alignment (
    code TEXT NOT NULL, node TEXT NOT NULL,     -- the provision
    other_code TEXT NOT NULL REFERENCES codes(code),
    other_node TEXT,                            -- NULL: nothing reaches the threshold ("only in" code)
    score REAL, text_score REAL, topic_score REAL,
    PRIMARY KEY (code, node, other_code),
    FOREIGN KEY (code, node) REFERENCES provisions(code, node),
    FOREIGN KEY (other_code, other_node) REFERENCES provisions(code, node)
);
CREATE INDEX alignment_other ON alignment(other_code, other_node);

-- What each norm variable means.
CREATE TABLE codebook (
    variable TEXT PRIMARY KEY,
    name TEXT, description TEXT,
    unit TEXT,                      -- of norms.value_number
    "column" TEXT,                  -- value_number or value_text: where its value is
    "values" TEXT                   -- what values it takes
);

-- The norms, tidy: one row per code and variable (the columns of `gedragscode norms
-- --format csv`, described by `gedragscode norms --codebook`).
CREATE TABLE norms (
    code TEXT NOT NULL REFERENCES codes(code),
    gemeente TEXT,
    variable TEXT NOT NULL REFERENCES codebook(variable),
    status TEXT NOT NULL,           -- found, not regulated, unclear
    value_number REAL,              -- a number variable's value when found
    unit TEXT,                      -- euro, years, werkdagen
    value_text TEXT,                -- a words variable's value; an unclear variable's values joined by ' | '
    article TEXT,                   -- where it was read: "art. 4.1 lid 2", several joined by '; '
    source TEXT,                    -- as codes.file
    span_start INTEGER, span_end INTEGER,   -- the first quote
    evidence_count INTEGER NOT NULL,
    PRIMARY KEY (code, variable)
);
CREATE INDEX norms_variable ON norms(variable);

-- The words each value was read from: one row per passage (`norms --evidence FILE`).
CREATE TABLE norm_evidence (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    variable TEXT NOT NULL,
    value TEXT NOT NULL,            -- the value this passage gives
    article TEXT,
    node TEXT NOT NULL,             -- the provision it was read in
    quote TEXT NOT NULL,
    source TEXT,
    span_start INTEGER, span_end INTEGER,
    FOREIGN KEY (code, variable) REFERENCES norms(code, variable),
    FOREIGN KEY (code, node) REFERENCES nodes(code, id)
);
CREATE INDEX norm_evidence_norm ON norm_evidence(code, variable);
CREATE INDEX norm_evidence_node ON norm_evidence(code, node);

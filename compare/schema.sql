-- The SQLite export of `gedragscode export --sqlite FILE`: the article graph of every
-- code, the alignment between codes, and the norms, ready for SQL.
-- Spans are [start, end) character offsets in the decoded source text of codes.file.
--
-- Example: the gift threshold per gemeente, with the words it was read from
--   SELECT c.organisation, n.value, e.quote FROM norms n JOIN codes c ON c.code = n.code
--     LEFT JOIN norm_evidence e ON e.code = n.code AND e.variable = n.variable
--    WHERE n.variable = 'gift_threshold_eur';

-- One row per code.
CREATE TABLE codes (
    code TEXT PRIMARY KEY,          -- key: file stem (best, de-bilt, ...)
    file TEXT NOT NULL,             -- the source file
    format TEXT NOT NULL,           -- text, markdown, docx, cvdr
    organisation TEXT,              -- e.g. Best
    organisation_type TEXT,         -- gemeente, provincie, waterschap
    title TEXT,
    citeertitel TEXT,
    adopted_on TEXT,                -- ISO date
    in_force_from TEXT              -- ISO date
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
    PRIMARY KEY (code, id)
);

-- Every reference: to a law (with BWB id) or to the code's own articles.
CREATE TABLE refs (
    code TEXT NOT NULL REFERENCES codes(code),
    kind TEXT NOT NULL,             -- law or internal
    law TEXT, bwb TEXT, article TEXT, lid INTEGER, onderdeel TEXT,
    target TEXT,                    -- internal: id of the node named
    resolved INTEGER NOT NULL,      -- 0: unknown law, or internal reference to nothing
    node TEXT NOT NULL,             -- id of the node whose text holds the citation
    text TEXT NOT NULL,             -- the citation as written
    span_start INTEGER, span_end INTEGER
);

-- The topic taxonomy.
CREATE TABLE topics (id TEXT PRIMARY KEY, name TEXT, description TEXT);

-- Topics of every article, lid and headed section (not only of the provisions compared).
CREATE TABLE node_topics (code TEXT, node TEXT, topic TEXT, score REAL, terms TEXT);

-- The units compared: articles, or headed sections in codes without articles.
CREATE TABLE provisions (
    code TEXT NOT NULL, node TEXT NOT NULL, label TEXT, scope TEXT,
    primary_topic TEXT,             -- topics.id, or 'overig'
    PRIMARY KEY (code, node)
);

-- Every topic a provision has, with its score and the terms counted (why).
CREATE TABLE provision_topics (code TEXT, node TEXT, topic TEXT, score REAL, terms TEXT);

-- For every provision and every other code: its best match there.
CREATE TABLE alignment (
    code TEXT NOT NULL, node TEXT NOT NULL,     -- the provision
    other_code TEXT NOT NULL,
    other_node TEXT,                            -- NULL: nothing reaches the threshold ("only in" code)
    score REAL, text_score REAL, topic_score REAL
);

-- One value per code and variable: status found, not regulated or unclear.
CREATE TABLE norms (code TEXT, variable TEXT, status TEXT, value TEXT, unit TEXT);

-- The words each value was read from.
CREATE TABLE norm_evidence (code TEXT, variable TEXT, value TEXT, node TEXT, quote TEXT, span_start INTEGER, span_end INTEGER);

-- What each norm variable means.
CREATE TABLE codebook (variable TEXT PRIMARY KEY, name TEXT, description TEXT, unit TEXT, "values" TEXT);

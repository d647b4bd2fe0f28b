"""Named, ordered schema migrations; a new project file is made by running all of them.

Never edit a migration that has shipped: add a new one. A file that lists a migration this
build does not know was made by a newer annotator and is refused (connection.open_database).
Statements are separated by semicolons, which must not appear inside literals.
"""

from __future__ import annotations

INITIAL = """
CREATE TABLE migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
) STRICT;

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- The tagset is versioned data inside the project, and annotations refer to keys through ids.
CREATE TABLE schema_versions (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL
) STRICT;

CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE layers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('annotator', 'reviewer', 'gold')),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL DEFAULT '{}',
    token_count INTEGER NOT NULL,
    imported_at TEXT NOT NULL
) STRICT;

-- Derived at import: token and sentence offsets packed as little-endian uint32 pairs.
CREATE TABLE document_tokens (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    tokens BLOB NOT NULL,
    sentences BLOB NOT NULL
) STRICT;

-- Search: normalised words plus their proclitic-free stems, one row per document (rowid = doc id).
-- It only picks candidate documents (exact hits are found in the text), so it keeps no
-- positions or sizes (detail=none, columnsize=0): smaller and faster to write.
CREATE VIRTUAL TABLE search_index USING fts5(
    body, content='', columnsize=0, detail=none, tokenize='unicode61 remove_diacritics 0'
);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    layer_id INTEGER NOT NULL REFERENCES layers(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label_id INTEGER NOT NULL REFERENCES labels(id),
    attributes TEXT,
    kb_id TEXT,
    CHECK (start >= 0 AND "end" > start)
) STRICT;

CREATE INDEX entities_by_document ON entities (doc_id, layer_id, start);

CREATE TABLE doc_status (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    layer_id INTEGER NOT NULL REFERENCES layers(id),
    status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
    seconds REAL NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, layer_id)
) STRICT;

-- The operation log: every change is one row, with the prior and new state of each row it
-- touched, so undo and redo replay rows and survive a restart. state: done, undone, discarded.
CREATE TABLE operations (
    id INTEGER PRIMARY KEY,
    layer_id INTEGER NOT NULL REFERENCES layers(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('op', 'undo', 'redo')),
    target_op INTEGER REFERENCES operations(id),
    state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'discarded')),
    changes TEXT NOT NULL,
    created_at REAL NOT NULL
) STRICT;

CREATE INDEX operations_by_layer ON operations (layer_id, state, kind, id)
"""

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", INITIAL),
]
"""(name, script) pairs in the order they run."""

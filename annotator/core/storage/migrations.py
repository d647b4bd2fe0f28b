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

EVENTS_AND_STANCES = """
-- Events: a typed trigger span with attributes, and `cluster` links reports of one real-world
-- event across documents (several outlets, one event), like kb_id does for entity mentions.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    layer_id INTEGER NOT NULL REFERENCES layers(id),
    type TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    attributes TEXT,
    cluster TEXT,
    CHECK (start >= 0 AND "end" > start)
) STRICT;

CREATE INDEX events_by_document ON events (doc_id, layer_id, start);
CREATE INDEX events_by_cluster ON events (layer_id, cluster) WHERE cluster IS NOT NULL;

-- An argument is filled by an entity mention or, where the schema allows, by another event.
CREATE TABLE event_arguments (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    role TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities(id),
    arg_event_id INTEGER REFERENCES events(id),
    CHECK ((entity_id IS NULL) != (arg_event_id IS NULL))
) STRICT;

CREATE INDEX event_arguments_by_event ON event_arguments (event_id);
CREATE INDEX event_arguments_by_entity ON event_arguments (entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX event_arguments_by_arg_event ON event_arguments (arg_event_id)
    WHERE arg_event_id IS NOT NULL;

-- Stances: holder NULL means the document's author or outlet, the target is a schema target
-- key or an entity mention (exactly one), scope NULL means the whole document.
CREATE TABLE stances (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    layer_id INTEGER NOT NULL REFERENCES layers(id),
    holder_entity_id INTEGER REFERENCES entities(id),
    target TEXT,
    target_entity_id INTEGER REFERENCES entities(id),
    polarity TEXT NOT NULL,
    scope_start INTEGER,
    scope_end INTEGER,
    intensity INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 1 AND 3),
    confidence REAL CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1),
    note TEXT NOT NULL DEFAULT '',
    CHECK ((target IS NULL) != (target_entity_id IS NULL)),
    CHECK ((scope_start IS NULL) = (scope_end IS NULL)),
    CHECK (scope_start IS NULL OR (scope_start >= 0 AND scope_end > scope_start))
) STRICT;

CREATE INDEX stances_by_document ON stances (doc_id, layer_id);
CREATE INDEX stances_by_holder ON stances (holder_entity_id) WHERE holder_entity_id IS NOT NULL;
CREATE INDEX stances_by_target_entity ON stances (target_entity_id)
    WHERE target_entity_id IS NOT NULL;

CREATE TABLE stance_evidence (
    id INTEGER PRIMARY KEY,
    stance_id INTEGER NOT NULL REFERENCES stances(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CHECK (start >= 0 AND "end" > start)
) STRICT;

CREATE INDEX stance_evidence_by_stance ON stance_evidence (stance_id);

-- Titles of cross-document groups, per layer: kind 'event' for event clusters and 'entity' for
-- entity ids (kb_id). A group without a row here is shown by its key.
CREATE TABLE link_titles (
    layer_id INTEGER NOT NULL REFERENCES layers(id),
    kind TEXT NOT NULL CHECK (kind IN ('event', 'entity')),
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (layer_id, kind, key)
) STRICT;

CREATE INDEX entities_by_kb_id ON entities (layer_id, kb_id) WHERE kb_id IS NOT NULL
"""

SUGGESTIONS = """
-- Pre-annotations (a model's suggestions, imported into a layer of their own) that an annotator
-- rejected: kept per annotator layer, by span and label, so a suggestion stays hidden for that
-- annotator even if the suggestion layer is imported again. Accepting copies the entity instead.
CREATE TABLE suggestion_rejections (
    layer_id INTEGER NOT NULL REFERENCES layers(id),
    source_layer_id INTEGER NOT NULL REFERENCES layers(id),
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (layer_id, source_layer_id, doc_id, start, "end", label)
) STRICT
"""

GOLD = """
-- Adjudication: every decided unit (where annotators' layers are compared: a group of overlapping
-- entity mentions or event triggers, or the stances of one holder toward one target), and the
-- provenance of every gold item. Gold items live in the ordinary tables under the gold layer.
CREATE TABLE adjudication_decisions (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'event', 'stance')),
    unit_key TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('unanimous', 'majority', 'adjudicated', 'edited', 'rejected')),
    decided_by TEXT NOT NULL,
    annotators TEXT NOT NULL DEFAULT '[]',
    decided_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, kind, unit_key)
) STRICT;

CREATE TABLE gold_provenance (
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'event', 'stance')),
    item_id INTEGER NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    unit_key TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('unanimous', 'majority', 'adjudicated', 'edited')),
    decided_by TEXT NOT NULL,
    annotators TEXT NOT NULL DEFAULT '[]',
    decided_at TEXT NOT NULL,
    PRIMARY KEY (kind, item_id)
) STRICT;

CREATE INDEX gold_provenance_by_document ON gold_provenance (doc_id, kind)
"""

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", INITIAL),
    ("0002_events_and_stances", EVENTS_AND_STANCES),
    ("0003_suggestions", SUGGESTIONS),
    ("0004_gold", GOLD),
]
"""(name, script) pairs in the order they run."""

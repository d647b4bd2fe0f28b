"""Annotators' copies: `assign` writes one annotator's project file, `merge` brings copies back.

Linguists annotate on laptops without a network, so the team workflow runs on files: the
reviewer assigns documents to an annotator (a new project file with those documents, the
project's schema and the annotator's earlier work on them), the annotator works in the copy as
that annotator, and the reviewer merges the copy back. The merge (teams_merge.py) replaces only
that annotator's layer, matches documents by content hash, and validates every row before it
joins: a copy is someone else's file, so it is read as untrusted input (DESIGN.md invariant 7)
through `teams_copy.open_copy`: read-only, `trusted_schema=OFF`, nothing of its SQL run, plain
SELECTs on tables checked to be real tables.

Modules: teams.py (assign, the reports, `merge`), teams_copy.py (reading a copy as untrusted
input), teams_checks.py (validating its rows), teams_merge.py (the merge itself).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.model import GOLD_LAYER
from annotator.core.project_base import ProjectError, _now
from annotator.core.storage.connection import ProjectFileError
from annotator.core.teams_copy import CopyFile, open_copy

if TYPE_CHECKING:
    from annotator.core.project import Project

__all__ = [
    "AssignReport",
    "CopyFile",
    "CopyMerge",
    "MergeReport",
    "assign",
    "assigned_annotator",
    "merge",
    "open_copy",
]

META_ASSIGNED_TO = "assigned_to"
META_ASSIGNED_FROM = "assigned_from"
META_ASSIGNED_AT = "assigned_at"
META_DOCUMENTS = "assigned_documents"  # JSON list of the content hashes of the assigned documents
META_GUIDELINES = "guidelines"  # copied when the project has it; nothing here writes it otherwise

KINDS = ("entities", "events", "arguments", "stances")


# -- assign ---------------------------------------------------------------------------------


@dataclass(slots=True)
class AssignReport:
    """What `assign` wrote: the copy, whose it is, and what it holds."""

    out: Path
    annotator: str
    documents: int
    counts: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        work = ", ".join(f"{self.counts[k]} {k}" for k in ("entities", "events", "stances"))
        return (
            f"{self.out}: {self.documents} documents for {self.annotator} "
            f"(their earlier work on them: {work})"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "out": str(self.out),
            "annotator": self.annotator,
            "documents": self.documents,
            "counts": {k: self.counts[k] for k in ("entities", "events", "arguments", "stances")},
        }


def assign(project: Project, annotator: str, out: Path, docs: str | None = None) -> AssignReport:
    """Write a new project file for `annotator` holding the documents `docs` selects.

    `docs` takes the export filter's syntax (`exporting.select_documents`: ids and ranges,
    source:NAME, file:NAME, title text; empty or None for every document). The copy has the
    project's current schema, the documents with their metadata (so content hashes match),
    their tokens and sentences, and the annotator's work on them so far (entities, events with
    arguments, stances with evidence, link titles, statuses), so re-assigning continues where
    they were. Its meta table records whom it is for, where it came from and when.
    """
    from annotator.core.exporting import select_documents
    from annotator.core.project import Project

    name = annotator.strip()
    if not name:
        raise ProjectError("an annotator name cannot be empty")
    if name == GOLD_LAYER:
        raise ProjectError(f"{GOLD_LAYER!r} is the adjudicated layer, not an annotator: assign to a person")
    out = Path(out)
    if out.exists():
        raise ProjectFileError(f"{out}: already exists (choose another name)")
    doc_ids = select_documents(project, docs or "")
    if not doc_ids:
        raise ProjectError(f"{project.path}: no documents to assign (the project has none)")
    role = dict(project.layers()).get(name, "annotator")
    copy = Project.create(out, project.schema)
    try:
        mapping = _copy_documents(project, copy, doc_ids)
        counts = _copy_work(project, copy, name, role, mapping)
        _write_meta(project, copy, name, doc_ids)
    except BaseException:
        copy.close()
        for leftover in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    copy.close()
    return AssignReport(out, name, len(doc_ids), counts)


def _copy_documents(project: Project, copy: Project, doc_ids: Sequence[int]) -> dict[int, int]:
    """Store the documents in the copy as they are (tokens and sentences reused); project id → copy id."""
    from annotator.core.search import index_body
    from annotator.core.storage import documents as docstore

    batch: list[tuple[int, docstore.NewDocument]] = []
    for doc_id in doc_ids:
        doc = project.document(doc_id)
        tokens, sentences = docstore.load_tokens(project._conn, doc_id)
        new = docstore.NewDocument(
            text=doc.text,
            content_hash=doc.content_hash,
            tokens=tokens,
            sentences=sentences,
            index_body=index_body(doc.text),
            title=doc.title,
            source=doc.source,
            date=doc.date,
            url=doc.url,
            external_id=doc.external_id,
            source_file=doc.source_file,
            meta=dict(doc.meta),
        )
        batch.append((doc_id, new))
    mapping: dict[int, int] = {}
    with copy._transaction():
        stored = docstore.insert_documents(copy._conn, [new for _, new in batch], _now())
        for (doc_id, _), (_, copy_id) in zip(batch, stored, strict=True):
            assert copy_id is not None  # the copy is new and the project's hashes are unique
            mapping[doc_id] = copy_id
    return mapping


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cur = conn.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    names = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    cur = conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(row.values()))
    return int(cur.lastrowid or 0)


def _copy_work(
    project: Project, copy: Project, layer: str, role: str, mapping: dict[int, int]
) -> Counter[str]:
    """The annotator's rows of the chosen documents, written into the copy without an undo step
    (the copy's history starts clean: undo there must not take back the earlier work)."""
    counts: Counter[str] = Counter()
    source = project._conn
    row = source.execute("SELECT id FROM layers WHERE name = ?", (layer,)).fetchone()
    with copy._transaction():
        conn = copy._conn
        target_layer = copy._ensure_layer(layer, role)
        if row is None:
            return counts
        layer_id = int(row[0])
        label_keys = dict(source.execute("SELECT id, key FROM labels").fetchall())
        for key in label_keys.values():
            conn.execute("INSERT INTO labels (key) VALUES (?) ON CONFLICT DO NOTHING", (key,))
        copy_labels = {k: i for i, k in conn.execute("SELECT id, key FROM labels")}
        for doc_id, copy_doc in mapping.items():
            where = (doc_id, layer_id)
            entities: dict[int, int] = {}
            for r in _rows(source, "SELECT * FROM entities WHERE doc_id = ? AND layer_id = ?", where):
                old = r.pop("id")
                r.update(
                    doc_id=copy_doc, layer_id=target_layer, label_id=copy_labels[label_keys[r["label_id"]]]
                )
                entities[old] = _insert(conn, "entities", r)
            events: dict[int, int] = {}
            for r in _rows(source, "SELECT * FROM events WHERE doc_id = ? AND layer_id = ?", where):
                old = r.pop("id")
                events[old] = _insert(conn, "events", {**r, "doc_id": copy_doc, "layer_id": target_layer})
            arguments = _rows(
                source,
                "SELECT a.* FROM event_arguments a JOIN events e ON e.id = a.event_id "
                "WHERE e.doc_id = ? AND e.layer_id = ? ORDER BY a.id",
                where,
            )
            for r in arguments:
                r.pop("id")
                r["event_id"] = events[r["event_id"]]
                r["entity_id"] = entities[r["entity_id"]] if r["entity_id"] is not None else None
                r["arg_event_id"] = events[r["arg_event_id"]] if r["arg_event_id"] is not None else None
                _insert(conn, "event_arguments", r)
            stances = _rows(source, "SELECT * FROM stances WHERE doc_id = ? AND layer_id = ?", where)
            for r in stances:
                old = r.pop("id")
                for column in ("holder_entity_id", "target_entity_id"):
                    r[column] = entities[r[column]] if r[column] is not None else None
                new_id = _insert(conn, "stances", {**r, "doc_id": copy_doc, "layer_id": target_layer})
                for ev in _rows(
                    source, 'SELECT start, "end" FROM stance_evidence WHERE stance_id = ?', [old]
                ):
                    _insert(conn, "stance_evidence", {"stance_id": new_id, **ev})
            for r in _rows(source, "SELECT * FROM doc_status WHERE doc_id = ? AND layer_id = ?", where):
                _insert(conn, "doc_status", {**r, "doc_id": copy_doc, "layer_id": target_layer})
            counts.update(
                entities=len(entities), events=len(events), arguments=len(arguments), stances=len(stances)
            )
        for r in _rows(source, "SELECT kind, key, title FROM link_titles WHERE layer_id = ?", [layer_id]):
            _insert(conn, "link_titles", {"layer_id": target_layer, **r})
    return counts


def _write_meta(project: Project, copy: Project, annotator: str, doc_ids: Sequence[int]) -> None:
    hashes = [project.document(d).content_hash for d in doc_ids]
    values = {
        META_ASSIGNED_TO: annotator,
        META_ASSIGNED_FROM: project.path.name,
        META_ASSIGNED_AT: _now(),
        META_DOCUMENTS: json.dumps(hashes),
    }
    guidelines = project._conn.execute("SELECT value FROM meta WHERE key = ?", (META_GUIDELINES,)).fetchone()
    if guidelines is not None:
        values[META_GUIDELINES] = str(guidelines[0])
    with copy._transaction():
        copy._conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )


def assigned_annotator(copy: Project | str | Path) -> str | None:
    """Whom a copy was assigned to (its meta record), or None for a project that is not a copy.

    The GUI and the CLI open a copy as that annotator. A path is read as untrusted (`open_copy`),
    so a file that is not a project raises ProjectFileError saying so.
    """
    if isinstance(copy, (str, Path)):
        with open_copy(Path(copy)) as opened:
            return opened.meta().get(META_ASSIGNED_TO)
    row = copy._conn.execute("SELECT value FROM meta WHERE key = ?", (META_ASSIGNED_TO,)).fetchone()
    return str(row[0]) if row and isinstance(row[0], str) and row[0].strip() else None


# -- merge ----------------------------------------------------------------------------------


@dataclass(slots=True)
class CopyMerge:
    """What merging one layer of one copy did (or, with `error`, why the copy was refused)."""

    file: str
    layer: str | None = None
    documents_merged: int = 0
    documents_unchanged: int = 0
    documents_refused: int = 0
    added: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    refused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    op_id: int | None = None

    @property
    def accepted(self) -> bool:
        """True when some document of the copy was merged or found unchanged."""
        return self.error is None and (self.documents_merged + self.documents_unchanged) > 0

    def summary(self, refusals: bool = True) -> str:
        """A line of counts, then the notes and (with `refusals`) each refused item on its own line."""
        if self.error is not None:
            return f"{self.file}: refused: {self.error}"
        changes = ", ".join(
            f"+{self.added[k]}/-{self.removed[k]} {k}" for k in KINDS if self.added[k] or self.removed[k]
        )
        line = (
            f"{self.file} → layer {self.layer}: {self.documents_merged} documents merged, "
            f"{self.documents_unchanged} unchanged, {self.documents_refused} refused"
        )
        line += f" ({changes})" if changes else ""
        lines = [line]
        lines += [f"  note: {n}" for n in self.notes]
        lines += [f"  refused: {r}" for r in self.refused] if refusals else []
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "layer": self.layer,
            "documents": {
                "merged": self.documents_merged,
                "unchanged": self.documents_unchanged,
                "refused": self.documents_refused,
            },
            "added": {k: self.added[k] for k in KINDS},
            "removed": {k: self.removed[k] for k in KINDS},
            "refused": list(self.refused),
            "notes": list(self.notes),
            "error": self.error,
        }


@dataclass(slots=True)
class MergeReport:
    """One entry per copy and layer merged (a copy refused as a whole has one entry with `error`)."""

    entries: list[CopyMerge] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(e.op_id is not None for e in self.entries)

    @property
    def all_refused(self) -> bool:
        """True when no copy had anything merged or found unchanged: the merge failed."""
        return not any(e.accepted for e in self.entries)

    def changed_layers(self) -> set[str]:
        return {e.layer for e in self.entries if e.op_id is not None and e.layer}

    def summary(self) -> str:
        return "\n".join(e.summary() for e in self.entries)

    def to_json(self) -> dict[str, Any]:
        return {"copies": [e.to_json() for e in self.entries], "changed": self.changed}


def merge(project: Project, copies: Sequence[Path]) -> MergeReport:
    """Bring annotators' copies back into `project`: each copy's layer replaces that annotator's
    layer on the copy's documents, one undoable operation per copy and layer (teams_merge.py)."""
    from annotator.core.teams_merge import merge_copies

    return merge_copies(project, copies)

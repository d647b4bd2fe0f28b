"""Project: the facade over one project file that the GUI and the CLI use.

Every change goes through a method here and is one operation (CONVENTIONS.md 3): one SQLite
transaction, one named, persisted undo step for the acting layer, and one `Changes` value.
Reads are plain queries. Nothing here knows a widget exists.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core import importing
from annotator.core.model import (
    GOLD_LAYER,
    Changes,
    DocStatus,
    Document,
    DocumentSummary,
    Entity,
    Span,
    UndoStatus,
)
from annotator.core.schema import Schema
from annotator.core.storage import documents as docstore
from annotator.core.storage.connection import ProjectFileError, open_database
from annotator.core.storage.oplog import (
    UNDOABLE_TABLES,
    OperationLog,
    Row,
    RowChange,
    quote_identifier,
    write_row,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

    from annotator.core.search import SearchResult

__all__ = ["Project", "ProjectError", "ProjectFileError"]

IMPORT_BATCH = 200  # documents per transaction during import


class ProjectError(ValueError):
    """A request the project refuses (unknown document, offsets outside the text, bad label...)."""


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class _Recorder:
    """Collects the row changes of one operation while it runs."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.changes: list[RowChange] = []
        self.created: list[int] = []

    def insert(self, table: str, row: Row) -> int:
        """Insert a row; for tables keyed by an integer id, return the new id."""
        cols = list(row)
        cur = self.conn.execute(
            f"INSERT INTO {quote_identifier(table)} ({', '.join(map(quote_identifier, cols))}) "
            f"VALUES ({', '.join('?' for _ in cols)})",
            [row[c] for c in cols],
        )
        new_id = 0
        if UNDOABLE_TABLES[table] == ("id",) and "id" not in row:
            assert cur.lastrowid is not None
            new_id = cur.lastrowid
            row = {"id": new_id, **row}
            self.created.append(new_id)
        self.changes.append(RowChange(table, None, row))
        return new_id

    def update(self, table: str, before: Row, after: Row) -> None:
        write_row(self.conn, table, before, after)
        self.changes.append(RowChange(table, before, after))

    def delete(self, table: str, before: Row) -> None:
        write_row(self.conn, table, before, None)
        self.changes.append(RowChange(table, before, None))


ENTITY_COLUMNS = ("id", "doc_id", "layer_id", "start", "end", "label_id", "attributes", "kb_id")
ENTITY_SELECT = ", ".join(f'"{c}"' for c in ENTITY_COLUMNS)


class Project:
    """One open project file. Use `Project.create` / `Project.open`, and `close()` when done."""

    def __init__(self, db: Database, path: Path, readonly: bool) -> None:
        self._db = db
        self._conn: sqlite3.Connection = db.conn
        self.path = path
        self.readonly = readonly
        self._log = OperationLog(self._conn)
        self._schema: Schema | None = None
        self._label_ids: dict[str, int] = {}
        self._label_keys: dict[int, str] = {}
        self._layer_ids: dict[str, int] = {}
        self._doc_lengths: dict[int, int] = {}
        self._closed = False

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], schema: Schema | None = None) -> Project:
        """Make a new project file; refuses to overwrite an existing one."""
        path = Path(path)
        if path.exists():
            raise ProjectFileError(f"{path}: already exists (open it, or choose another name)")
        db = open_database(path, create=True)
        project = cls(db, path, readonly=False)
        project._install_schema(schema or Schema.default())
        project._ensure_layer(GOLD_LAYER, "gold")
        return project

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False) -> Project:
        path = Path(path)
        db = open_database(path, create=False, readonly=readonly)
        project = cls(db, path, readonly)
        if project._conn.execute("SELECT count(*) FROM schema_versions").fetchone()[0] == 0:
            db.close()
            raise ProjectFileError(f"{path}: the project has no schema (was it made by annotator?)")
        return project

    def close(self) -> None:
        """Checkpoint the WAL into the file and close it; closing twice is harmless."""
        if self._closed:
            return
        if not self.readonly:
            self.checkpoint(truncate=True)
        self._db.close()
        self._closed = True

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def checkpoint(self, *, truncate: bool = False) -> None:
        """Move the WAL into the main file; call when idle, since it stalls a commit (DESIGN.md)."""
        mode = "TRUNCATE" if truncate else "PASSIVE"
        # When another reader holds the WAL this fails; the next idle moment will do.
        with suppress(sqlite3.OperationalError):
            self._conn.execute(f"PRAGMA wal_checkpoint({mode})")

    # -- schema, layers ------------------------------------------------------------------

    @property
    def schema(self) -> Schema:
        if self._schema is None:
            body = self._conn.execute("SELECT body FROM schema_versions ORDER BY id DESC LIMIT 1").fetchone()[
                0
            ]
            self._schema = Schema.from_dict(json.loads(body), source=f"{self.path} (stored schema)")
            self._load_labels()
        return self._schema

    def _install_schema(self, schema: Schema) -> None:
        with self._transaction():
            self._conn.execute(
                "INSERT INTO schema_versions (created_at, body) VALUES (?, ?)",
                (_now(), json.dumps(schema.to_dict(), ensure_ascii=False, sort_keys=True)),
            )
            for key in schema.label_keys():
                self._conn.execute("INSERT INTO labels (key) VALUES (?) ON CONFLICT DO NOTHING", (key,))
        self._schema = schema
        self._load_labels()

    def _load_labels(self) -> None:
        self._label_ids = {key: id_ for id_, key in self._conn.execute("SELECT id, key FROM labels")}
        self._label_keys = {id_: key for key, id_ in self._label_ids.items()}

    def _ensure_layer(self, name: str, role: str = "annotator") -> int:
        layer_id = self._layer_ids.get(name)
        if layer_id is not None:
            return layer_id
        row = self._conn.execute("SELECT id FROM layers WHERE name = ?", (name,)).fetchone()
        if row is None:
            if not name.strip():
                raise ProjectError("an annotator name cannot be empty")
            self._require_writable()
            cur = self._conn.execute(
                "INSERT INTO layers (name, role, created_at) VALUES (?, ?, ?)", (name, role, _now())
            )
            row = (cur.lastrowid,)
        self._layer_ids[name] = int(row[0])
        return int(row[0])

    def layers(self) -> list[tuple[str, str]]:
        """(name, role) of every layer, gold included, in creation order."""
        return [(n, r) for n, r in self._conn.execute("SELECT name, role FROM layers ORDER BY id")]

    def add_annotator(self, name: str, role: str = "annotator") -> None:
        if role not in ("annotator", "reviewer"):
            raise ProjectError(f"role must be 'annotator' or 'reviewer', not {role!r}")
        if name == GOLD_LAYER:
            raise ProjectError(f"{GOLD_LAYER!r} is the adjudicated layer, not an annotator")
        self._ensure_layer(name, role)

    # -- transactions and operations -----------------------------------------------------

    def _require_writable(self) -> None:
        if self.readonly:
            raise ProjectError(f"{self.path}: opened read-only")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._require_writable()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise ProjectFileError(f"{self.path}: cannot write to the project ({exc})") from exc
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise ProjectFileError(f"{self.path}: the change could not be saved ({exc})") from exc

    def _operation(
        self,
        layer: str,
        name: str,
        doc_ids: Iterable[int],
        body: Callable[[_Recorder, int], None],
        **flags: bool,
    ) -> Changes:
        """Run `body` as one operation of `layer`: one transaction, one logged undo step."""
        if layer == GOLD_LAYER:
            raise ProjectError("the gold layer is written only by adjudication")
        with self._transaction():
            layer_id = self._ensure_layer(layer)
            recorder = _Recorder(self._conn)
            body(recorder, layer_id)
            op_id = self._log.record(layer_id, name, recorder.changes)
        return Changes(
            op_id=op_id,
            op_name=name,
            doc_ids=frozenset(doc_ids),
            layers=frozenset({layer}),
            created_ids=tuple(recorder.created),
            **flags,
        )

    # -- documents -----------------------------------------------------------------------

    def document_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def document(self, doc_id: int) -> Document:
        doc = docstore.load_document(self._conn, doc_id)
        if doc is None:
            raise ProjectError(f"no document with id {doc_id}")
        return doc

    def document_ids(self) -> list[int]:
        return [r[0] for r in self._conn.execute("SELECT id FROM documents ORDER BY id")]

    def tokens(self, doc_id: int) -> list[Span]:
        return docstore.load_tokens(self._conn, doc_id)[0]

    def sentences(self, doc_id: int) -> list[Span]:
        return docstore.load_tokens(self._conn, doc_id)[1]

    def document_summaries(self, offset: int = 0, limit: int = -1) -> list[DocumentSummary]:
        """Rows of the document list: title, source, tokens, status and entities per layer."""
        rows = self._conn.execute(
            "SELECT id, title, source, date, token_count FROM documents ORDER BY id LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        if not rows:
            return []
        lo, hi = rows[0][0], rows[-1][0]
        statuses: dict[int, dict[str, DocStatus]] = {}
        for doc_id, layer, status in self._conn.execute(
            "SELECT s.doc_id, l.name, s.status FROM doc_status s JOIN layers l ON l.id = s.layer_id "
            "WHERE s.doc_id BETWEEN ? AND ?",
            (lo, hi),
        ):
            statuses.setdefault(doc_id, {})[layer] = DocStatus(status)
        counts: dict[int, dict[str, int]] = {}
        for doc_id, layer, n in self._conn.execute(
            "SELECT e.doc_id, l.name, count(*) FROM entities e JOIN layers l ON l.id = e.layer_id "
            "WHERE e.doc_id BETWEEN ? AND ? GROUP BY e.doc_id, e.layer_id",
            (lo, hi),
        ):
            counts.setdefault(doc_id, {})[layer] = n
        return [
            DocumentSummary(r[0], r[1], r[2], r[3], r[4], statuses.get(r[0], {}), counts.get(r[0], {}))
            for r in rows
        ]

    def import_paths(
        self,
        paths: Sequence[str | os.PathLike[str]],
        fmt: str = "auto",
        encoding: str | None = None,
        progress: importing.Progress | None = None,
    ) -> importing.ImportReport:
        """Import files or folders; bad rows are reported with their line, good rows still land."""
        self._require_writable()
        files = importing.expand_paths([Path(p) for p in paths], fmt)
        report = importing.ImportReport()
        batch: list[docstore.NewDocument] = []
        for done, (path, file_fmt) in enumerate(files):
            for item in importing.read_candidates(path, file_fmt, encoding):
                if isinstance(item, importing.Problem):
                    report.problems.append(item)
                    continue
                batch.append(importing.prepare(item))
                if len(batch) >= IMPORT_BATCH:
                    self._store_batch(batch, report)
            if progress is not None:
                progress(done + 1, len(files))
        self._store_batch(batch, report)
        if report.added:
            self.checkpoint()
        return report

    def _store_batch(self, batch: list[docstore.NewDocument], report: importing.ImportReport) -> None:
        if not batch:
            return
        with self._transaction():
            for doc, doc_id in docstore.insert_documents(self._conn, batch, _now()):
                if doc_id is None:
                    report.duplicates.append(doc.title or doc.source_file)
                else:
                    report.added.append(doc_id)
        batch.clear()

    def add_document(self, text: str, **fields: str) -> tuple[int, bool]:
        """Add one document from a string; returns (id, created). Same text twice: same id."""
        doc = importing.prepare(importing.Candidate(text, fields.pop("source_file", ""), None, fields))
        with self._transaction():
            ((_, doc_id),) = list(docstore.insert_documents(self._conn, [doc], _now()))
        if doc_id is not None:
            return doc_id, True
        row = self._conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (doc.content_hash,)
        ).fetchone()
        return int(row[0]), False

    # -- entities ------------------------------------------------------------------------

    def _doc_length(self, doc_id: int) -> int:
        length = self._doc_lengths.get(doc_id)
        if length is None:
            row = self._conn.execute("SELECT length(text) FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise ProjectError(f"no document with id {doc_id}")
            length = self._doc_lengths[doc_id] = int(row[0])
        return length

    def _check_span(self, doc_id: int, start: int, end: int) -> None:
        length = self._doc_length(doc_id)
        if not (0 <= start < end <= length):
            raise ProjectError(
                f"span [{start}, {end}) is not inside document {doc_id} (0 to {length}, start before end)"
            )

    def _label_id(self, label: str) -> int:
        if not self.schema.has_label(label):
            raise ProjectError(
                f"unknown entity label {label!r} (the schema has {', '.join(self.schema.label_keys())})"
            )
        return self._label_ids[label]

    def _entity_row(self, entity_id: int, layer_id: int) -> Row:
        row = self._conn.execute(
            f"SELECT {ENTITY_SELECT} FROM entities WHERE id = ?",
            (entity_id,),
        ).fetchone()
        if row is None:
            raise ProjectError(f"no entity with id {entity_id}")
        if row[2] != layer_id:
            raise ProjectError(f"entity {entity_id} belongs to another layer")
        return dict(zip(ENTITY_COLUMNS, row, strict=True))

    def _entity(self, row: Sequence[Any], layer: str) -> Entity:
        return Entity(
            id=row[0],
            doc_id=row[1],
            layer=layer,
            start=row[3],
            end=row[4],
            label=self._label_keys.get(row[5], "?"),
            attributes=json.loads(row[6]) if row[6] else {},
            kb_id=row[7],
        )

    def entities(self, doc_id: int, layer: str) -> list[Entity]:
        """The layer's entities in one document, in text order (outer spans first)."""
        _ = self.schema
        row = self._conn.execute("SELECT id FROM layers WHERE name = ?", (layer,)).fetchone()
        if row is None:
            return []
        rows = self._conn.execute(
            'SELECT id, doc_id, layer_id, start, "end", label_id, attributes, kb_id FROM entities '
            'WHERE doc_id = ? AND layer_id = ? ORDER BY start, "end" DESC, id',
            (doc_id, row[0]),
        ).fetchall()
        return [self._entity(r, layer) for r in rows]

    def entity(self, entity_id: int) -> Entity:
        _ = self.schema
        row = self._conn.execute(
            'SELECT e.id, e.doc_id, e.layer_id, e.start, e."end", e.label_id, e.attributes, e.kb_id, l.name '
            "FROM entities e JOIN layers l ON l.id = e.layer_id WHERE e.id = ?",
            (entity_id,),
        ).fetchone()
        if row is None:
            raise ProjectError(f"no entity with id {entity_id}")
        return self._entity(row, row[8])

    def _touch_status(self, rec: _Recorder, doc_id: int, layer_id: int) -> None:
        """Starting to annotate a document moves it to 'in progress', inside the same operation."""
        row = self._conn.execute(
            "SELECT status, seconds, updated_at FROM doc_status WHERE doc_id = ? AND layer_id = ?",
            (doc_id, layer_id),
        ).fetchone()
        if row is None:
            rec.insert(
                "doc_status",
                {
                    "doc_id": doc_id,
                    "layer_id": layer_id,
                    "status": "in_progress",
                    "seconds": 0.0,
                    "updated_at": _now(),
                },
            )
        elif row[0] == DocStatus.NOT_STARTED:
            before = {
                "doc_id": doc_id,
                "layer_id": layer_id,
                "status": row[0],
                "seconds": row[1],
                "updated_at": row[2],
            }
            rec.update("doc_status", before, {**before, "status": "in_progress", "updated_at": _now()})

    def add_entity(
        self,
        layer: str,
        doc_id: int,
        start: int,
        end: int,
        label: str,
        attributes: dict[str, Any] | None = None,
    ) -> Changes:
        """Add one entity mention; `changes.created_ids[0]` is its id."""
        self._check_span(doc_id, start, end)
        label_id = self._label_id(label)

        def body(rec: _Recorder, layer_id: int) -> None:
            rec.insert(
                "entities",
                {
                    "doc_id": doc_id,
                    "layer_id": layer_id,
                    "start": start,
                    "end": end,
                    "label_id": label_id,
                    "attributes": json.dumps(attributes, ensure_ascii=False) if attributes else None,
                    "kb_id": None,
                },
            )
            self._touch_status(rec, doc_id, layer_id)

        return self._operation(layer, f"add {label}", [doc_id], body, entities=True, statuses=True)

    def add_entities(
        self, layer: str, doc_id: int, spans: Sequence[tuple[int, int, str]], name: str = ""
    ) -> Changes:
        """Add several entities as one operation (one undo step), e.g. "annotate all matches"."""
        if not spans:
            raise ProjectError("nothing to add")
        checked = []
        for start, end, label in spans:
            self._check_span(doc_id, start, end)
            checked.append((start, end, self._label_id(label)))

        def body(rec: _Recorder, layer_id: int) -> None:
            for start, end, label_id in checked:
                rec.insert(
                    "entities",
                    {
                        "doc_id": doc_id,
                        "layer_id": layer_id,
                        "start": start,
                        "end": end,
                        "label_id": label_id,
                        "attributes": None,
                        "kb_id": None,
                    },
                )
            self._touch_status(rec, doc_id, layer_id)

        op_name = name or f"add {len(spans)} entities"
        return self._operation(layer, op_name, [doc_id], body, entities=True, statuses=True)

    def _change_entity(self, layer: str, entity_id: int, name: str, **new: Any) -> Changes:
        layer_id = self._ensure_layer(layer)
        before = self._entity_row(entity_id, layer_id)
        after = {**before, **new}
        if after == before:
            raise ProjectError(f"entity {entity_id} already is like that")
        return self._operation(
            layer,
            name,
            [before["doc_id"]],
            lambda rec, _: rec.update("entities", before, after),
            entities=True,
        )

    def relabel_entity(self, layer: str, entity_id: int, label: str) -> Changes:
        return self._change_entity(layer, entity_id, f"relabel as {label}", label_id=self._label_id(label))

    def resize_entity(self, layer: str, entity_id: int, start: int, end: int) -> Changes:
        doc_id = self._entity_row(entity_id, self._ensure_layer(layer))["doc_id"]
        self._check_span(doc_id, start, end)
        return self._change_entity(layer, entity_id, "resize entity", start=start, end=end)

    def set_entity_attributes(self, layer: str, entity_id: int, attributes: dict[str, Any]) -> Changes:
        value = json.dumps(attributes, ensure_ascii=False, sort_keys=True) if attributes else None
        return self._change_entity(layer, entity_id, "edit attributes", attributes=value)

    def delete_entity(self, layer: str, entity_id: int) -> Changes:
        layer_id = self._ensure_layer(layer)
        before = self._entity_row(entity_id, layer_id)
        label = self._label_keys.get(before["label_id"], "entity")
        return self._operation(
            layer,
            f"delete {label}",
            [before["doc_id"]],
            lambda rec, _: rec.delete("entities", before),
            entities=True,
        )

    # -- statuses ------------------------------------------------------------------------

    def status(self, doc_id: int, layer: str) -> DocStatus:
        row = self._conn.execute(
            "SELECT s.status FROM doc_status s JOIN layers l ON l.id = s.layer_id "
            "WHERE s.doc_id = ? AND l.name = ?",
            (doc_id, layer),
        ).fetchone()
        return DocStatus(row[0]) if row else DocStatus.NOT_STARTED

    def set_status(self, layer: str, doc_id: int, status: DocStatus, add_seconds: float = 0.0) -> Changes:
        """Mark a document done / reopen it, and add time spent on it."""
        self._doc_length(doc_id)

        def body(rec: _Recorder, layer_id: int) -> None:
            row = self._conn.execute(
                "SELECT status, seconds, updated_at FROM doc_status WHERE doc_id = ? AND layer_id = ?",
                (doc_id, layer_id),
            ).fetchone()
            after = {
                "doc_id": doc_id,
                "layer_id": layer_id,
                "status": str(status),
                "seconds": (row[1] if row else 0.0) + add_seconds,
                "updated_at": _now(),
            }
            if row is None:
                rec.insert("doc_status", after)
            else:
                before = {
                    "doc_id": doc_id,
                    "layer_id": layer_id,
                    "status": row[0],
                    "seconds": row[1],
                    "updated_at": row[2],
                }
                rec.update("doc_status", before, after)

        names = {DocStatus.DONE: "mark done", DocStatus.IN_PROGRESS: "reopen", DocStatus.NOT_STARTED: "reset"}
        return self._operation(layer, names[status], [doc_id], body, statuses=True)

    # -- undo and redo -------------------------------------------------------------------

    def undo_status(self, layer: str) -> UndoStatus:
        layer_id = self._layer_ids.get(layer)
        if layer_id is None:
            row = self._conn.execute("SELECT id FROM layers WHERE name = ?", (layer,)).fetchone()
            if row is None:
                return UndoStatus(None, None)
            layer_id = int(row[0])
        undo = self._log.next_undo(layer_id)
        redo = self._log.next_redo(layer_id)
        return UndoStatus(undo.name if undo else None, redo.name if redo else None)

    def _replay(self, layer: str, redo: bool) -> Changes | None:
        with self._transaction():
            layer_id = self._ensure_layer(layer)
            op = self._log.redo(layer_id) if redo else self._log.undo(layer_id)
        if op is None:
            return None
        doc_ids = {
            int(row["doc_id"]) for c in op.changes for row in (c.before, c.after) if row and "doc_id" in row
        }
        tables = {c.table for c in op.changes}
        return Changes(
            op_id=op.id,
            op_name=("redo " if redo else "undo ") + op.name,
            entities="entities" in tables,
            statuses="doc_status" in tables,
            doc_ids=frozenset(doc_ids),
            layers=frozenset({layer}),
        )

    def undo(self, layer: str) -> Changes | None:
        """Undo the layer's latest operation; None when there is nothing to undo."""
        return self._replay(layer, redo=False)

    def redo(self, layer: str) -> Changes | None:
        return self._replay(layer, redo=True)

    # -- search and statistics -----------------------------------------------------------

    def search(self, query: str, limit: int = 100) -> SearchResult:
        from annotator.core.search import search

        return search(self._conn, query, limit)

    def stats(self) -> dict[str, Any]:
        """Counts for `annotator stats`: documents, tokens, and per layer entities by label."""
        _ = self.schema
        docs, tokens = self._conn.execute(
            "SELECT count(*), coalesce(sum(token_count), 0) FROM documents"
        ).fetchone()
        layers: dict[str, Any] = {}
        for name, role in self.layers():
            layers[name] = {
                "role": role,
                "entities": 0,
                "labels": {},
                "status": {s.value: 0 for s in DocStatus},
            }
        for layer, label_id, n in self._conn.execute(
            "SELECT l.name, e.label_id, count(*) FROM entities e JOIN layers l ON l.id = e.layer_id "
            "GROUP BY e.layer_id, e.label_id ORDER BY l.name, e.label_id"
        ):
            layers[layer]["labels"][self._label_keys.get(label_id, "?")] = n
            layers[layer]["entities"] += n
        for layer, status, n in self._conn.execute(
            "SELECT l.name, s.status, count(*) FROM doc_status s JOIN layers l ON l.id = s.layer_id "
            "GROUP BY s.layer_id, s.status"
        ):
            layers[layer]["status"][status] = n
        for info in layers.values():
            info["status"]["not_started"] = docs - sum(
                v for k, v in info["status"].items() if k != "not_started"
            )
        return {"documents": docs, "tokens": tokens, "layers": layers}

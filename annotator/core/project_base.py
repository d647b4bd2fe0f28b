"""ProjectBase: the project's connection, schema, layers, and the operation machinery.

`Project` (project.py) is assembled from this base and the document and entity mixins
(project_documents.py, project_entities.py); use `Project`, not these parts.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.model import GOLD_LAYER, Changes
from annotator.core.storage.connection import ProjectFileError, wrap
from annotator.core.storage.guard import FileGuard
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

    from annotator.core.schema import Schema


CHECKPOINT_EVERY_OPS = 500


class ProjectError(ValueError):
    """A request the project refuses (unknown document, offsets outside the text, bad label...)."""


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


_INSERTS: dict[tuple[str, tuple[str, ...]], str] = {}
"""INSERT statements by table and columns: an import inserts tens of thousands of rows."""


class _Recorder:
    """Collects the row changes of one operation while it runs."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.changes: list[RowChange] = []
        self.created: list[int] = []

    def insert(self, table: str, row: Row) -> int:
        """Insert a row; for tables keyed by an integer id, return the new id."""
        cols = tuple(row)
        sql = _INSERTS.get((table, cols))
        if sql is None:
            sql = _INSERTS[(table, cols)] = (
                f"INSERT INTO {quote_identifier(table)} ({', '.join(map(quote_identifier, cols))}) "
                f"VALUES ({', '.join('?' for _ in cols)})"
            )
        cur = self.conn.execute(sql, [row[c] for c in cols])
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


class ProjectBase:
    """State and transaction machinery shared by the parts of `Project`."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, readonly: bool, guard: FileGuard | None = None
    ) -> None:
        self._conn = conn
        self._db: Database | None = None
        self.path = path
        self.readonly = readonly
        self._log = OperationLog(self._conn)
        self._schema: Schema | None = None
        self._label_ids: dict[str, int] = {}
        self._label_keys: dict[int, str] = {}
        self._layer_ids: dict[str, int] = {}
        self._doc_lengths: dict[int, int] = {}
        self._closed = False
        self._ops_since_checkpoint = 0
        self._checkpointer: threading.Thread | None = None
        # (doc, layer) pairs known to be in progress or done: no status read on their next edit.
        self._started: set[tuple[int, int]] = set()
        self._guard = guard

    def save_copy(self, path: str | os.PathLike[str]) -> None:
        """Write the whole project, as it is now, to a new file (SQLite's online backup).

        The way out when the project's own file vanished or became unwritable while open.
        """
        target = Path(path)
        if target.exists():
            raise ProjectFileError(f"{target}: already exists (choose another name)")
        dest = sqlite3.connect(target)
        try:
            self._conn.backup(dest)
        except sqlite3.DatabaseError as exc:
            raise ProjectFileError(f"{target}: the copy could not be written ({exc})") from exc
        finally:
            dest.close()

    def _after_commit(self) -> None:
        """Keep the WAL bounded without stalling a commit: checkpoint in the background."""
        self._ops_since_checkpoint += 1
        if self._ops_since_checkpoint < CHECKPOINT_EVERY_OPS:
            return
        self._ops_since_checkpoint = 0
        if self._checkpointer is not None and self._checkpointer.is_alive():
            return
        path = str(self.path)

        def run() -> None:
            # A passive checkpoint on its own connection never blocks the writer.
            with suppress(sqlite3.Error), closing(sqlite3.connect(path, timeout=0.1)) as conn:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

        self._checkpointer = threading.Thread(target=run, name="annotator-checkpoint", daemon=True)
        self._checkpointer.start()

    def checkpoint(self, *, truncate: bool = False) -> None:
        """Move the WAL into the main file; call when idle, since it stalls a commit (DESIGN.md)."""
        mode = "TRUNCATE" if truncate else "PASSIVE"
        # When another reader holds the WAL this fails; the next idle moment will do.
        with suppress(sqlite3.OperationalError):
            self._conn.execute(f"PRAGMA wal_checkpoint({mode})")

    # -- schema, layers ------------------------------------------------------------------

    @property
    def db(self) -> Database:
        """The project's connection seen through sqlite-utils (for bulk and table-level work)."""
        if self._db is None:
            self._db = wrap(self._conn)
        return self._db

    @property
    def schema(self) -> Schema:
        if self._schema is None:
            body = self._conn.execute("SELECT body FROM schema_versions ORDER BY id DESC LIMIT 1").fetchone()[
                0
            ]
            from annotator.core.schema import Schema  # yaml and the rules: only when needed

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
        if self._guard is not None:
            self._guard.check()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise ProjectFileError(f"{self.path}: cannot write to the project ({exc})") from exc
        try:
            yield
        except sqlite3.OperationalError as exc:
            # The disk refused the write (full, read-only, I/O error): nothing of this change
            # is kept, and everything committed before it stays.
            self._started.clear()
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise ProjectFileError(f"{self.path}: the change could not be saved ({exc})") from exc
        except BaseException:
            self._started.clear()
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._started.clear()
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
        return self._logged_operation(layer, name, doc_ids, body, flags=flags)[0]

    def _logged_operation(
        self,
        layer: str,
        name: str,
        doc_ids: Iterable[int],
        body: Callable[[_Recorder, int], None],
        role: str = "annotator",
        skip_empty: bool = False,
        flags: dict[str, bool] | None = None,
    ) -> tuple[Changes, set[str]]:
        """The machinery of `_operation`, for any layer (adjudication writes gold through it), with
        the tables the operation touched. With `skip_empty`, nothing is logged when nothing changed."""
        with self._transaction():
            layer_id = self._ensure_layer(layer, role)
            recorder = _Recorder(self._conn)
            body(recorder, layer_id)
            empty = skip_empty and not recorder.changes
            op_id = None if empty else self._log.record(layer_id, name, recorder.changes)
        self._after_commit()
        changes = Changes(
            op_id=op_id,
            op_name=name,
            doc_ids=frozenset(doc_ids),
            layers=frozenset({layer}),
            created_ids=tuple(recorder.created),
            **(flags or {}),
        )
        return changes, {c.table for c in recorder.changes}

"""The persisted operation log: one row per user action, holding the rows it changed.

Each operation stores, for every row it touched, the row before and after
(`RowChange(table, key, before, after)`); undo writes the befores back in reverse order and
redo the afters. The log knows nothing about entities, events or stances: any table listed
in `UNDOABLE_TABLES` takes part, which is how later features join without a redesign.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]

# table -> primary-key columns. Only these tables can be written by replaying the log.
UNDOABLE_TABLES: dict[str, tuple[str, ...]] = {
    "entities": ("id",),
    "doc_status": ("doc_id", "layer_id"),
    "events": ("id",),
    "event_arguments": ("id",),
    "stances": ("id",),
    "stance_evidence": ("id",),
    "link_titles": ("layer_id", "kind", "key"),
    "schema_versions": ("id",),
    "suggestion_rejections": ("layer_id", "source_layer_id", "doc_id", "start", "end", "label"),
    "adjudication_decisions": ("doc_id", "kind", "unit_key"),
    "gold_provenance": ("kind", "item_id"),
}


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row of one table: its state before and after (None = absent)."""

    table: str
    before: Row | None
    after: Row | None

    def to_json(self) -> list[Any]:
        return [self.table, self.before, self.after]

    @staticmethod
    def from_json(item: list[Any]) -> RowChange:
        return RowChange(item[0], item[1], item[2])


@dataclass(frozen=True, slots=True)
class LoggedOperation:
    id: int
    name: str
    changes: tuple[RowChange, ...]


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def write_row(conn: sqlite3.Connection, table: str, before: Row | None, after: Row | None) -> None:
    """Make the row identified by `before`/`after` equal `after` (delete it when None)."""
    keys = UNDOABLE_TABLES[table]
    if after is None:
        if before is None:
            return
        where = " AND ".join(f"{quote_identifier(k)} = ?" for k in keys)
        conn.execute(f"DELETE FROM {quote_identifier(table)} WHERE {where}", [before[k] for k in keys])
        return
    columns = list(after)
    placeholders = ", ".join("?" for _ in columns)
    # An upsert, not INSERT OR REPLACE: a replace deletes first, which would fire the foreign-key
    # actions of rows that refer to this one.
    updates = ", ".join(
        f"{quote_identifier(c)} = excluded.{quote_identifier(c)}" for c in columns if c not in keys
    )
    conflict = f"ON CONFLICT ({', '.join(map(quote_identifier, keys))}) DO " + (
        f"UPDATE SET {updates}" if updates else "NOTHING"
    )
    names = ", ".join(map(quote_identifier, columns))
    conn.execute(
        f"INSERT INTO {quote_identifier(table)} ({names}) VALUES ({placeholders}) {conflict}",
        [after[c] for c in columns],
    )


class OperationLog:
    """Records operations and replays them for undo and redo, per layer (each user's own stack)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._may_have_redo: dict[int, bool] = {}

    def record(self, layer_id: int, name: str, changes: Sequence[RowChange]) -> int:
        """Log an operation; must run inside the operation's transaction. Clears the redo stack."""
        if self._may_have_redo.get(layer_id, True):
            self._conn.execute(
                "UPDATE operations SET state = 'discarded' "
                "WHERE layer_id = ? AND state = 'undone' AND kind = 'op'",
                (layer_id,),
            )
            self._may_have_redo[layer_id] = False
        payload = json.dumps([c.to_json() for c in changes], ensure_ascii=False, separators=(",", ":"))
        cur = self._conn.execute(
            "INSERT INTO operations (layer_id, name, kind, state, changes, created_at) "
            "VALUES (?, ?, 'op', 'done', ?, ?)",
            (layer_id, name, payload, time.time()),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _latest(self, layer_id: int, state: str, newest: bool) -> LoggedOperation | None:
        order = "DESC" if newest else "ASC"
        row = self._conn.execute(
            f"SELECT id, name, changes FROM operations WHERE layer_id = ? AND state = ? AND kind = 'op' "
            f"ORDER BY id {order} LIMIT 1",
            (layer_id, state),
        ).fetchone()
        if row is None:
            return None
        changes = tuple(RowChange.from_json(item) for item in json.loads(row[2]))
        return LoggedOperation(row[0], row[1], changes)

    def next_undo(self, layer_id: int) -> LoggedOperation | None:
        return self._latest(layer_id, "done", newest=True)

    def next_redo(self, layer_id: int) -> LoggedOperation | None:
        # New operations discard the undone ones, so the undone ops always form the top of the
        # stack: the oldest of them is the one undone last.
        return self._latest(layer_id, "undone", newest=False)

    def undo(self, layer_id: int) -> LoggedOperation | None:
        """Revert the layer's latest operation; runs inside the caller's transaction."""
        op = self.next_undo(layer_id)
        if op is None:
            return None
        for change in reversed(op.changes):
            write_row(self._conn, change.table, change.after, change.before)
        self._mark(layer_id, op, "undone", "undo")
        self._may_have_redo[layer_id] = True
        return op

    def redo(self, layer_id: int) -> LoggedOperation | None:
        """Re-apply the layer's most recently undone operation; inside the caller's transaction."""
        op = self.next_redo(layer_id)
        if op is None:
            return None
        for change in op.changes:
            write_row(self._conn, change.table, change.before, change.after)
        self._mark(layer_id, op, "done", "redo")
        return op

    def _mark(self, layer_id: int, op: LoggedOperation, state: str, kind: str) -> None:
        self._conn.execute("UPDATE operations SET state = ? WHERE id = ?", (state, op.id))
        # Undo and redo are operations too: keep a record of when each happened.
        self._conn.execute(
            "INSERT INTO operations (layer_id, name, kind, target_op, state, changes, created_at) "
            "VALUES (?, ?, ?, ?, 'done', '[]', ?)",
            (layer_id, op.name, kind, op.id, time.time()),
        )

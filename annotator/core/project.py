"""Project: the facade over one project file that the GUI and the CLI use.

Every change goes through a method here and is one operation (CONVENTIONS.md 3): one SQLite
transaction, one named, persisted undo step for the acting layer, and one `Changes` value.
Reads are plain queries. Nothing here knows a widget exists.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.model import GOLD_LAYER, Changes, DocStatus, UndoStatus
from annotator.core.project_base import ProjectError
from annotator.core.project_gold import GoldMixin
from annotator.core.storage.connection import ProjectFileError, open_database
from annotator.core.storage.guard import FileGuard

if TYPE_CHECKING:
    from annotator.core.schema import Schema
    from annotator.core.search import SearchResult

__all__ = ["Project", "ProjectError", "ProjectFileError"]


class Project(GoldMixin):
    """One open project file. Use `Project.create` / `Project.open`, and `close()` when done.

    Reading and changing documents, entities, events, stances and cross-document links come
    from the mixins (project_documents, project_entities, project_events, project_stances,
    project_links); every change is one operation with a named, persisted undo step for the
    acting layer.
    """

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], schema: Schema | None = None) -> Project:
        """Make a new project file; refuses to overwrite an existing one."""
        path = Path(path)
        if path.exists():
            raise ProjectFileError(f"{path}: already exists (open it, or choose another name)")
        db = open_database(path, create=True)
        project = cls(db, path, readonly=False, guard=FileGuard(path, exclusive=True))
        from annotator.core.schema import Schema

        project._install_schema(schema or Schema.default())
        project._ensure_layer(GOLD_LAYER, "gold")
        return project

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False) -> Project:
        path = Path(path)
        guard = FileGuard(path, exclusive=not readonly) if path.is_file() else None
        try:
            db = open_database(path, create=False, readonly=readonly)
        except BaseException:
            if guard is not None:
                guard.release()
            raise
        project = cls(db, path, readonly, guard)
        if project._conn.execute("SELECT count(*) FROM schema_versions").fetchone()[0] == 0:
            project.close()
            raise ProjectFileError(f"{path}: the project has no schema (was it made by annotator?)")
        return project

    def close(self) -> None:
        """Checkpoint the WAL into the file and close it; closing twice is harmless."""
        if self._closed:
            return
        try:
            if not self.readonly:
                self.checkpoint(truncate=True)
            self._conn.close()
        finally:
            if self._guard is not None:
                self._guard.release()
        self._closed = True

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        self._started.clear()  # undo may take a document back to "not started"
        with self._transaction():
            layer_id = self._ensure_layer(layer)
            op = self._log.redo(layer_id) if redo else self._log.undo(layer_id)
            if op is not None and any(c.table == "schema_versions" for c in op.changes):
                self._check_replayed_schema(op.name, redo)
        if op is None:
            return None
        doc_ids = {
            int(row["doc_id"]) for c in op.changes for row in (c.before, c.after) if row and "doc_id" in row
        }
        tables = {c.table for c in op.changes}
        if "schema_versions" in tables:
            self._schema = None  # read the restored version on next use
        return Changes(
            op_id=op.id,
            op_name=("redo " if redo else "undo ") + op.name,
            entities=bool(tables & {"entities", "schema_versions", "suggestion_rejections"}),
            events=bool(tables & {"events", "event_arguments"}) or "link_titles" in tables,
            stances=bool(tables & {"stances", "stance_evidence"}),
            schema="schema_versions" in tables,
            statuses="doc_status" in tables,
            doc_ids=frozenset(doc_ids),
            layers=frozenset({layer}),
        )

    def _check_replayed_schema(self, name: str, redo: bool) -> None:
        """The schema is the project's, undo is per annotator: refuse to bring back a schema
        that annotations made since (by anyone) no longer fit. Runs inside the replay's
        transaction, so a refusal rolls the replay back."""
        from annotator.core.project_schema import schema_problems

        self._schema = None
        try:
            problems = schema_problems(self.schema_usage(), self.schema)
        finally:
            self._schema = None
        if problems:
            verb = "redo" if redo else "undo"
            raise ProjectError(
                f"cannot {verb} {name}: annotations made since need it ({'; '.join(problems)})"
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
        """Counts for `annotator stats`: documents, tokens, and per layer entities by label, events
        and stances."""
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
        for table, key in (("events", "events"), ("stances", "stances")):
            for layer in layers.values():
                layer.setdefault(key, 0)
            for layer_name, n in self._conn.execute(
                f"SELECT l.name, count(*) FROM {table} x JOIN layers l ON l.id = x.layer_id "
                "GROUP BY x.layer_id"
            ):
                layers[layer_name][key] = n
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

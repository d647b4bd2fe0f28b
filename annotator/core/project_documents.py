"""Documents of a project: reading them, the document list, and importing new ones."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.model import DocStatus, Document, DocumentSummary, Span
from annotator.core.project_base import ProjectBase, ProjectError, _now
from annotator.core.storage import documents as docstore

if TYPE_CHECKING:
    from annotator.core import importing

IMPORT_BATCH = 200  # documents per transaction during import


class DocumentsMixin(ProjectBase):
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
        from annotator.core import importing  # the text pipeline: only when importing

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
        from annotator.core import importing

        doc = importing.prepare(importing.Candidate(text, fields.pop("source_file", ""), None, fields))
        with self._transaction():
            ((_, doc_id),) = list(docstore.insert_documents(self._conn, [doc], _now()))
        if doc_id is not None:
            return doc_id, True
        row = self._conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (doc.content_hash,)
        ).fetchone()
        return int(row[0]), False

    # -- the document list of one annotator ----------------------------------------------

    def _layer_id_or_none(self, layer: str) -> int | None:
        row = self._conn.execute("SELECT id FROM layers WHERE name = ?", (layer,)).fetchone()
        return None if row is None else int(row[0])

    def _list_filter(self, layer: str, status: DocStatus | None, text: str) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        layer_id = self._layer_id_or_none(layer) or -1
        if status is DocStatus.NOT_STARTED:
            clauses.append(
                "NOT EXISTS (SELECT 1 FROM doc_status s WHERE s.doc_id = d.id AND s.layer_id = ? "
                "AND s.status != 'not_started')"
            )
            params.append(layer_id)
        elif status is not None:
            clauses.append(
                "EXISTS (SELECT 1 FROM doc_status s WHERE s.doc_id = d.id AND s.layer_id = ? "
                "AND s.status = ?)"
            )
            params += [layer_id, str(status)]
        if text.strip():
            pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(d.title LIKE ? ESCAPE '\\' OR d.source LIKE ? ESCAPE '\\')")
            params += [pattern, pattern]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def document_list_count(self, layer: str, status: DocStatus | None = None, text: str = "") -> int:
        """How many documents the list shows with these filters."""
        where, params = self._list_filter(layer, status, text)
        return int(self._conn.execute(f"SELECT count(*) FROM documents d{where}", params).fetchone()[0])

    def document_list_page(
        self, layer: str, offset: int, limit: int, status: DocStatus | None = None, text: str = ""
    ) -> list[DocumentSummary]:
        """One page of the document list, in id order, with `layer`'s status and entity count.

        The GUI's list model fetches pages as they scroll into view, so a project of 100k
        documents never loads all rows.
        """
        where, params = self._list_filter(layer, status, text)
        rows = self._conn.execute(
            f"SELECT d.id, d.title, d.source, d.date, d.token_count FROM documents d{where} "
            "ORDER BY d.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        layer_id = self._layer_id_or_none(layer)
        if not rows or layer_id is None:
            return [DocumentSummary(r[0], r[1], r[2], r[3], r[4], {}, {}) for r in rows]
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(ids))
        statuses = dict(
            self._conn.execute(
                f"SELECT doc_id, status FROM doc_status WHERE layer_id = ? AND doc_id IN ({marks})",
                [layer_id, *ids],
            ).fetchall()
        )
        counts = dict(
            self._conn.execute(
                f"SELECT doc_id, count(*) FROM entities WHERE layer_id = ? AND doc_id IN ({marks}) "
                "GROUP BY doc_id",
                [layer_id, *ids],
            ).fetchall()
        )
        return [
            DocumentSummary(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                {layer: DocStatus(statuses[r[0]])} if r[0] in statuses else {},
                {layer: counts[r[0]]} if r[0] in counts else {},
            )
            for r in rows
        ]

    def progress(self, layer: str) -> tuple[int, int]:
        """(documents done by `layer`, all documents)."""
        layer_id = self._layer_id_or_none(layer) or -1
        done = self._conn.execute(
            "SELECT count(*) FROM doc_status WHERE layer_id = ? AND status = 'done'", (layer_id,)
        ).fetchone()[0]
        return int(done), self.document_count()

    def next_document(self, layer: str, after: int | None) -> int | None:
        """The next document after `after` (wrapping around) that `layer` has not marked done."""
        layer_id = self._layer_id_or_none(layer) or -1
        query = (
            "SELECT d.id FROM documents d WHERE d.id {op} ? AND NOT EXISTS (SELECT 1 FROM doc_status s "
            "WHERE s.doc_id = d.id AND s.layer_id = ? AND s.status = 'done') ORDER BY d.id LIMIT 1"
        )
        start = after if after is not None else 0
        row = self._conn.execute(query.format(op=">"), (start, layer_id)).fetchone()
        if row is None and after is not None:
            row = self._conn.execute(query.format(op="<"), (after, layer_id)).fetchone()
        return None if row is None else int(row[0])

    def add_time(self, layer: str, doc_id: int, seconds: float) -> None:
        """Record time spent on a document. Bookkeeping, not an edit: no undo step."""
        if seconds <= 0:
            return
        with self._transaction():
            layer_id = self._ensure_layer(layer)
            self._conn.execute(
                "INSERT INTO doc_status (doc_id, layer_id, status, seconds, updated_at) "
                "VALUES (?, ?, 'not_started', ?, ?) ON CONFLICT (doc_id, layer_id) "
                "DO UPDATE SET seconds = seconds + excluded.seconds",
                (doc_id, layer_id, seconds, _now()),
            )

    def time_spent(self, layer: str, doc_id: int) -> float:
        row = self._conn.execute(
            "SELECT s.seconds FROM doc_status s JOIN layers l ON l.id = s.layer_id "
            "WHERE s.doc_id = ? AND l.name = ?",
            (doc_id, layer),
        ).fetchone()
        return float(row[0]) if row else 0.0

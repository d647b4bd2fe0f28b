"""Documents of a project: reading them, the document list, and importing new ones."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from annotator.core import importing
from annotator.core.model import DocStatus, Document, DocumentSummary, Span
from annotator.core.project_base import ProjectBase, ProjectError, _now
from annotator.core.storage import documents as docstore

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

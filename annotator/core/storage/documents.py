"""The documents table family: documents, their derived tokens and sentences, and statuses.

Document text is written once, at import, and never updated (DESIGN.md invariant 1).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import Document, Span

DOCUMENT_COLUMNS = (
    "id, content_hash, text, title, source, date, url, external_id, source_file, meta, token_count"
)


def pack_spans(spans: Iterable[Span]) -> bytes:
    """Pack offset pairs as little-endian uint32 (portable across machines)."""
    flat = array("I")
    for start, end in spans:
        flat.append(start)
        flat.append(end)
    if sys.byteorder == "big":
        flat.byteswap()
    return flat.tobytes()


def unpack_spans(blob: bytes) -> list[Span]:
    flat = array("I")
    flat.frombytes(blob)
    if sys.byteorder == "big":
        flat.byteswap()
    it = iter(flat)
    return list(zip(it, it, strict=True))


@dataclass(slots=True)
class NewDocument:
    """A document ready to store: its text plus everything derived from it."""

    text: str
    content_hash: str
    tokens: list[Span]
    sentences: list[Span]
    index_body: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    external_id: str = ""
    source_file: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


def insert_documents(
    conn: sqlite3.Connection, docs: Iterable[NewDocument], imported_at: str
) -> Iterator[tuple[NewDocument, int | None]]:
    """Insert documents inside the caller's transaction; yield (doc, new id or None if a duplicate)."""
    for doc in docs:
        cur = conn.execute(
            "INSERT INTO documents (content_hash, text, title, source, date, url, external_id, "
            "source_file, meta, token_count, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (content_hash) DO NOTHING",
            (
                doc.content_hash,
                doc.text,
                doc.title,
                doc.source,
                doc.date,
                doc.url,
                doc.external_id,
                doc.source_file,
                json.dumps(doc.meta, ensure_ascii=False, sort_keys=True),
                len(doc.tokens),
                imported_at,
            ),
        )
        if cur.rowcount == 0:
            yield doc, None
            continue
        doc_id = cur.lastrowid
        assert doc_id is not None
        conn.execute(
            "INSERT INTO document_tokens (doc_id, tokens, sentences) VALUES (?, ?, ?)",
            (doc_id, pack_spans(doc.tokens), pack_spans(doc.sentences)),
        )
        conn.execute("INSERT INTO search_index (rowid, body) VALUES (?, ?)", (doc_id, doc.index_body))
        yield doc, doc_id


def document_from_row(row: tuple[Any, ...]) -> Document:
    return Document(
        id=row[0],
        content_hash=row[1],
        text=row[2],
        title=row[3],
        source=row[4],
        date=row[5],
        url=row[6],
        external_id=row[7],
        source_file=row[8],
        meta=json.loads(row[9]),
        token_count=row[10],
    )


def load_document(conn: sqlite3.Connection, doc_id: int) -> Document | None:
    row = conn.execute(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return None if row is None else document_from_row(row)


def load_tokens(conn: sqlite3.Connection, doc_id: int) -> tuple[list[Span], list[Span]]:
    row = conn.execute("SELECT tokens, sentences FROM document_tokens WHERE doc_id = ?", (doc_id,)).fetchone()
    if row is None:
        return [], []
    return unpack_spans(row[0]), unpack_spans(row[1])

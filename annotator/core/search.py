"""Orthography-insensitive, clitic-aware search over a project's documents.

The index is SQLite FTS5 over a normalised copy of each text (DESIGN.md invariant 4) in which
every word is followed by its proclitic-free stems, so the plain `unicode61` tokenizer finds
تركيا inside لتركيا. FTS5 only picks candidate documents; the exact hits are then found in the
normalised text of those documents and mapped back to offsets of the original text, so a
search for تركيا in "لتركيا" reports the span of تركيا itself. Why this index and not a
trigram one: benchmarks/bench_search.py prints the figures (DESIGN.md: trigram is 5.4x larger
and 1.7-6.4x slower).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from annotator.core.model import Span
from annotator.core.text import map_span, normalize, normalize_with_map
from annotator.core.text.clitics import stems

WORD = re.compile(r"\w+")
DEFAULT_LIMIT = 100


class SearchError(ValueError):
    """The query cannot be searched (for instance it has no letters or digits)."""


@dataclass(frozen=True, slots=True)
class DocumentHits:
    doc_id: int
    title: str
    hits: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Hits of one query: the first `limit` matching documents, in document order."""

    query: str
    terms: tuple[str, ...]
    candidate_documents: int
    documents: list[DocumentHits] = field(default_factory=list)
    truncated: bool = False

    @property
    def hit_count(self) -> int:
        return sum(len(d.hits) for d in self.documents)


def index_body(text: str) -> str:
    """The text stored in the FTS index: normalised words, each followed by its stems."""
    out: list[str] = []
    for word in WORD.findall(normalize(text)):
        out.append(word)
        out.extend(stems(word))
    return " ".join(out)


def query_terms(query: str) -> tuple[str, ...]:
    terms = tuple(WORD.findall(normalize(query)))
    if not terms:
        raise SearchError(f"nothing to search for in {query!r}: the query needs letters or digits")
    return terms


# The longest written proclitic sequence (وبال, ولل...) is 4 letters: a longer run of word
# characters before a match means the match is inside a word.
MAX_PREFIX = 4


def _phrase_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    # The phrase must end a word; where it starts is checked by reading backwards, which is
    # much faster than a lazy word-prefix group tried at every word start.
    body = r"\W+".join(re.escape(t) for t in terms)
    return re.compile(rf"{body}(?!\w)")


def _word_prefix(norm: str, start: int) -> str | None:
    """The word characters right before `start`, or None when there are too many."""
    i = start
    while i > 0 and (norm[i - 1].isalnum() or norm[i - 1] == "_"):
        i -= 1
        if start - i > MAX_PREFIX:
            return None
    return norm[i:start]


def find_in_text(text: str, terms: tuple[str, ...]) -> list[Span]:
    """Offsets in `text` of every occurrence of the normalised phrase `terms`.

    An occurrence may start after proclitics (و ف ب ل ك ال and combinations): the reported
    span then starts after them.
    """
    norm, offsets = normalize_with_map(text)
    spans: list[Span] = []
    first = terms[0]
    for match in _phrase_pattern(terms).finditer(norm):
        prefix = _word_prefix(norm, match.start())
        if prefix is None or (prefix and first not in stems(prefix + first)):
            continue
        spans.append(map_span(offsets, match.start(), match.end()))
    return spans


def search(conn: sqlite3.Connection, query: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Search every document; return the first `limit` documents that have hits."""
    terms = query_terms(query)
    match = " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
    candidates = conn.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (match,)
    ).fetchone()[0]
    documents: list[DocumentHits] = []
    # Walk candidates in pages: some may have no exact hit (a phrase whose words are apart).
    last_id = 0
    exhausted = False
    while len(documents) < limit and not exhausted:
        rows = conn.execute(
            "SELECT d.id, d.title, d.text FROM search_index s JOIN documents d ON d.id = s.rowid "
            "WHERE search_index MATCH ? AND s.rowid > ? ORDER BY s.rowid LIMIT ?",
            (match, last_id, limit),
        ).fetchall()
        exhausted = len(rows) < limit
        for doc_id, title, text in rows:
            last_id = doc_id
            hits = find_in_text(text, terms)
            if hits:
                documents.append(DocumentHits(doc_id, title, tuple(hits)))
                if len(documents) == limit:
                    break
    more = conn.execute(
        "SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid > ? LIMIT 1", (match, last_id)
    ).fetchone()
    truncated = len(documents) == limit and more is not None
    return SearchResult(query, terms, candidates, documents, truncated)

"""The spans of the open document, kept in text order for painting and hit tests.

Rows are `(start, end, id)` sorted by start then longest first, so outer spans come before the
spans they contain. Finding the spans of the visible blocks is a bisect, backed off by the
longest span length (NOTES-document-view.md: no per-paint pass over all rows).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ViewSpan:
    start: int  # Qt positions (UTF-16), converted once when the document is shown
    end: int
    id: int
    label: str
    kind: str = "entity"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.start, -self.end, self.id)


class SpanIndex:
    """Spans ordered by (start, -end); `in_range` finds those overlapping a window."""

    def __init__(self, spans: list[ViewSpan] | None = None) -> None:
        self._rows: list[ViewSpan] = sorted(spans or [], key=lambda s: s.sort_key)
        self._keys = [s.sort_key for s in self._rows]
        self._max_len = max((s.end - s.start for s in self._rows), default=0)

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[ViewSpan]:
        return iter(self._rows)

    def add(self, span: ViewSpan) -> None:
        key = span.sort_key
        i = bisect_left(self._keys, key)
        self._keys.insert(i, key)
        self._rows.insert(i, span)
        self._max_len = max(self._max_len, span.end - span.start)

    def remove(self, span_id: int) -> ViewSpan | None:
        for i, row in enumerate(self._rows):
            if row.id == span_id:
                del self._rows[i]
                del self._keys[i]
                return row
        return None

    def get(self, span_id: int) -> ViewSpan | None:
        return next((row for row in self._rows if row.id == span_id), None)

    def in_range(self, lo: int, hi: int) -> list[ViewSpan]:
        """Spans overlapping [lo, hi), in (start, -end) order."""
        rows = self._rows
        i = bisect_left(self._keys, (lo - self._max_len, 0, 0))
        out: list[ViewSpan] = []
        while i < len(rows) and rows[i].start < hi:
            if rows[i].end > lo:
                out.append(rows[i])
            i += 1
        return out

    def containing(self, position: int) -> list[ViewSpan]:
        """Spans that contain `position`, outermost first."""
        return [s for s in self.in_range(position, position + 1) if s.start <= position < s.end]

    def ordered(self) -> list[ViewSpan]:
        return list(self._rows)

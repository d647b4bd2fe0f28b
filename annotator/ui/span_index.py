"""The spans of the open document, kept in text order for painting and hit tests.

Rows are plain tuples `(start, -end, id, label)` in Qt positions, so the natural tuple order is
"by start, longest first": outer spans come before the spans they contain. Finding the spans of
the visible blocks is a bisect backed off by the longest span length; loading builds no
objects per span (NOTES-document-view.md: a Python pass over thousands of rows shows).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable

Row = tuple[int, int, int, str]  # (start, -end, id, label)


def row(start: int, end: int, span_id: int, label: str) -> Row:
    return (start, -end, span_id, label)


class SpanIndex:
    """Spans ordered by (start, -end, id); `in_range` finds those overlapping a window."""

    def __init__(self, rows: Iterable[Row] = ()) -> None:
        self._rows: list[Row] = sorted(rows)
        self._max_len = max((-r[1] - r[0] for r in self._rows), default=0)

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, new: Row) -> None:
        insort(self._rows, new)
        self._max_len = max(self._max_len, -new[1] - new[0])

    def get(self, span_id: int) -> Row | None:
        return next((r for r in self._rows if r[2] == span_id), None)

    def in_range(self, lo: int, hi: int) -> list[Row]:
        """Spans overlapping [lo, hi), in (start, -end) order."""
        rows = self._rows
        i = bisect_left(rows, (lo - self._max_len,))
        out: list[Row] = []
        n = len(rows)
        while i < n and rows[i][0] < hi:
            if -rows[i][1] > lo:
                out.append(rows[i])
            i += 1
        return out

"""Which entity labels get swapped: a label x label table over pairs of annotators, with the items.

For each pair (a, b) and document, a's and b's mentions are matched by overlap regardless of
label (`match_spans(..., overlap=True, same_label=False)`: largest overlap first, then closer
boundaries, then same label). A matched pair counts in (a's label, b's label); an unmatched
mention of a in (its label, "(none)"), of b in ("(none)", its label). Rows are a's label,
columns b's, summed over every pair with a before b in the annotator list.

Off-diagonal cells keep up to `ITEMS_PER_CELL` items so a reviewer can jump to them: document,
span (the union of the two mentions' spans, or the lone mention's), and the two annotators;
sorted by (document, start, end, annotators).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.agreement.spans import LabeledSpan, match_spans

NONE_LABEL = "(none)"
ITEMS_PER_CELL = 50


@dataclass(frozen=True, slots=True, order=True)
class ConfusionItem:
    """One disagreement: where it is, and between whom."""

    doc_id: int
    start: int
    end: int
    a: str
    b: str

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "a": self.a, "b": self.b}


@dataclass(frozen=True, slots=True)
class ConfusionCell:
    a_label: str
    b_label: str
    count: int
    items: tuple[ConfusionItem, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "a_label": self.a_label,
            "b_label": self.b_label,
            "count": self.count,
            "items": [item.to_json() for item in self.items],
        }


@dataclass(frozen=True, slots=True)
class LabelConfusion:
    """The table: `labels` end with "(none)"; `matrix[i][j]` counts a's labels[i] against b's labels[j]."""

    labels: tuple[str, ...]
    matrix: tuple[tuple[int, ...], ...]
    cells: tuple[ConfusionCell, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "matrix": [list(row) for row in self.matrix],
            "cells": [cell.to_json() for cell in self.cells],
        }


@dataclass
class ConfusionCounter:
    """Adds up documents and pairs; `result()` gives the table in the given label order."""

    labels: Sequence[str]
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    items: dict[tuple[str, str], list[ConfusionItem]] = field(default_factory=dict)

    def _add(self, a_label: str, b_label: str, doc_id: int, start: int, end: int, a: str, b: str) -> None:
        key = (a_label, b_label)
        self.counts[key] = self.counts.get(key, 0) + 1
        if a_label != b_label:
            self.items.setdefault(key, []).append(ConfusionItem(doc_id, start, end, a, b))

    def add(
        self,
        doc_id: int,
        a: str,
        b: str,
        spans_a: Sequence[LabeledSpan],
        spans_b: Sequence[LabeledSpan],
        pairs: Sequence[tuple[int, int]] | None = None,
    ) -> None:
        """Count one pair of annotators in one document; `pairs`: their label-blind overlap matching,
        when the caller has it already."""
        if pairs is None:
            pairs = match_spans(spans_a, spans_b, overlap=True, same_label=False)
        for i, j in pairs:
            (s1, e1, l1), (s2, e2, l2) = spans_a[i], spans_b[j]
            self._add(l1, l2, doc_id, min(s1, s2), max(e1, e2), a, b)
        matched_a = {i for i, _ in pairs}
        matched_b = {j for _, j in pairs}
        for i, (start, end, label) in enumerate(spans_a):
            if i not in matched_a:
                self._add(label, NONE_LABEL, doc_id, start, end, a, b)
        for j, (start, end, label) in enumerate(spans_b):
            if j not in matched_b:
                self._add(NONE_LABEL, label, doc_id, start, end, a, b)

    def result(self) -> LabelConfusion:
        names = (*self.labels, NONE_LABEL)
        matrix = tuple(tuple(self.counts.get((r, c), 0) for c in names) for r in names)
        cells = tuple(
            ConfusionCell(r, c, self.counts[r, c], tuple(sorted(self.items[r, c])[:ITEMS_PER_CELL]))
            for r in names
            for c in names
            if r != c and (r, c) in self.counts
        )
        return LabelConfusion(names, matrix, cells)

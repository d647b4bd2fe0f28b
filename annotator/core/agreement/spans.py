"""Span matching between two annotators, span precision/recall/F1, and token label arrays.

A labelled span is `(start, end, label)`, code points, end exclusive. Matching is one-to-one:

- **exact**: the same start and end (and label, when `same_label`); duplicates pair off in order.
- **overlap**: the spans share at least one character. Candidate pairs come from a sweep over
  spans sorted by start (O(n log n) plus the candidates), then a greedy pass takes them by
  largest overlap first; ties go to the closer boundaries (|start difference| + |end difference|),
  then to the pair with the same label, then to text order (a's start and end, b's start and
  end, input positions), so the result never depends on input order.

`span_prf` scores `b` against `a` per label (`a` the reference): a matched pair is a true
positive of its label; an unmatched span of `b` a false positive, one of `a` a false negative.
The overall (micro) figure is the sum over labels, `PRF + PRF`.

`token_labels` turns spans into one label id per token (0 = outside) for token-level kappa and
alpha: a token takes the label of a span that shares a character with it, so an entity that
leaves a clitic out (ل in لتركيا) still labels its token. When several spans cover a token
(nested entities) the longest wins; among equally long spans the one starting first, then the
smaller label id.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from annotator.core.agreement.values import PRF

LabeledSpan = tuple[int, int, str]
"""(start, end, label): an entity mention, an event trigger with its type, an argument with its role."""


def _exact_pairs(
    a: Sequence[LabeledSpan], b: Sequence[LabeledSpan], same_label: bool
) -> list[tuple[int, int]]:
    """Equal spans pair off in index order (a duplicate in a meets the next equal one in b)."""
    waiting: dict[tuple[Any, ...], list[int]] = {}
    for j in range(len(b) - 1, -1, -1):
        waiting.setdefault(b[j] if same_label else b[j][:2], []).append(j)
    pairs = []
    for i, span in enumerate(a):
        queue = waiting.get(span if same_label else span[:2])
        if queue:
            pairs.append((i, queue.pop()))
    return pairs


def overlap_candidates(
    a: Sequence[LabeledSpan], b: Sequence[LabeledSpan], same_label: bool = True
) -> list[tuple[int, int]]:
    """Every (i, j) whose spans share a character (and label, when `same_label`)."""
    order = sorted(range(len(b)), key=lambda j: (b[j][0], b[j][1]))
    starts = [b[j][0] for j in order]
    reach: list[int] = []  # reach[k]: the largest end among b's first k+1 spans by start
    for j in order:
        reach.append(max(b[j][1], reach[-1]) if reach else b[j][1])
    found = []
    for i, (start, end, label) in enumerate(a):
        k = bisect.bisect_left(starts, end) - 1  # the last b starting before a ends
        while k >= 0 and reach[k] > start:  # earlier b spans all end by `start` once reach does
            j = order[k]
            if b[j][1] > start and (not same_label or b[j][2] == label):
                found.append((i, j))
            k -= 1
    return found


def greedy_pairs(
    a: Sequence[LabeledSpan], b: Sequence[LabeledSpan], candidates: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one pairs from overlapping candidates, by the priority of the module docstring.

    A candidate whose two spans have no other candidate is taken at once (greedy would take it
    whenever it came to it); only the contested ones are sorted.
    """
    per_a = Counter(i for i, _ in candidates)
    per_b = Counter(j for _, j in candidates)
    pairs = [(i, j) for i, j in candidates if per_a[i] == 1 and per_b[j] == 1]
    contested = []
    for i, j in candidates:
        if per_a[i] > 1 or per_b[j] > 1:
            (s1, e1, l1), (s2, e2, l2) = a[i], b[j]
            shared = min(e1, e2) - max(s1, s2)
            contested.append((-shared, abs(s1 - s2) + abs(e1 - e2), l1 != l2, s1, e1, s2, e2, i, j))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    for *_, i, j in sorted(contested):
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def match_spans(
    a: Sequence[LabeledSpan], b: Sequence[LabeledSpan], *, overlap: bool, same_label: bool = True
) -> list[tuple[int, int]]:
    """One-to-one pairs (index in a, index in b), sorted by a's index; see the module docstring."""
    if not overlap:
        return _exact_pairs(a, b, same_label)
    return greedy_pairs(a, b, overlap_candidates(a, b, same_label))


def prf_by_label(
    a: Sequence[LabeledSpan], b: Sequence[LabeledSpan], pairs: Sequence[tuple[int, int]]
) -> dict[str, PRF]:
    """Per label counts from a matching: matched pairs count for a's label (and b's, if it differs)."""
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    matched_a = {i for i, _ in pairs}
    matched_b = {j for _, j in pairs}
    for i, j in pairs:
        if a[i][2] == b[j][2]:
            tp[a[i][2]] += 1
        else:  # only with same_label=False: a swap is a miss of one label and a false alarm of the other
            fn[a[i][2]] += 1
            fp[b[j][2]] += 1
    for i, span in enumerate(a):
        if i not in matched_a:
            fn[span[2]] += 1
    for j, span in enumerate(b):
        if j not in matched_b:
            fp[span[2]] += 1
    return {label: PRF(tp[label], fp[label], fn[label]) for label in {*tp, *fp, *fn}}


def span_prf(a: Sequence[LabeledSpan], b: Sequence[LabeledSpan], *, overlap: bool) -> dict[str, PRF]:
    """b scored against a, per label, with label-aware exact or overlap matching."""
    return prf_by_label(a, b, match_spans(a, b, overlap=overlap))


def total(scores: dict[str, PRF]) -> PRF:
    """The micro (summed) counts over labels."""
    result = PRF()
    for score in scores.values():
        result += score
    return result


def as_token_array(tokens: Sequence[tuple[int, int]] | npt.NDArray[Any]) -> npt.NDArray[np.int64]:
    """Token offsets as an n x 2 int64 array (from a list of pairs or any array of them)."""
    array = np.asarray(tokens, dtype=np.int64)
    return array.reshape(-1, 2)


def token_labels(
    tokens: Sequence[tuple[int, int]] | npt.NDArray[Any], spans: Sequence[tuple[int, int, int]]
) -> npt.NDArray[np.int32]:
    """One label id per token (0 = outside) from (start, end, label id) spans; see the module docstring."""
    offsets = as_token_array(tokens)
    labels = np.zeros(len(offsets), dtype=np.int32)
    if not spans or not len(offsets):
        return labels
    items = np.asarray(spans, dtype=np.int64).reshape(-1, 3)
    first = np.searchsorted(offsets[:, 1], items[:, 0], side="right")  # first token ending after start
    stop = np.searchsorted(offsets[:, 0], items[:, 1], side="left")  # first token starting at/after end
    width = np.maximum(stop - first, 0)
    if not width.any():
        return labels
    # rank spans so that the winner of a token comes last: short before long, late before early,
    # larger label id before smaller
    rank = np.empty(len(items), dtype=np.int64)
    rank[np.lexsort((-items[:, 2], -items[:, 0], items[:, 1] - items[:, 0]))] = np.arange(len(items))
    owner = np.repeat(np.arange(len(items)), width)
    token = np.repeat(first - np.cumsum(width) + width, width) + np.arange(int(width.sum()))
    order = np.lexsort((rank[owner], token))
    token, owner = token[order], owner[order]
    last = np.ones(len(token), dtype=bool)
    last[:-1] = token[1:] != token[:-1]
    labels[token[last]] = items[owner[last], 2]
    return labels

"""Krippendorff's unitizing alpha (alpha_U) over character spans: agreement that credits partial overlap.

What it computes, per label ("category") c, as DKPro Agreement's
`KrippendorffAlphaUnitizingAgreement` does (the measure INCEpTION reports), after Krippendorff
(1995) "On the reliability of unitizing continuous data", Sociological Methodology 25, and
(2004) "Measuring the reliability of qualitative text analysis data", Quality & Quantity 38:

- The continuum is the document's characters, length L. Each of the m coders cuts it into
  segments: their units of c and the gaps between them.
- delta(g, h) for two overlapping segments of two coders: both units: (b_g - b_h)^2 +
  (e_g - e_h)^2 (b begin, e end); a unit inside the other coder's gap: its length squared; else 0.
- Observed: D_o = 2 / (m (m - 1) L^2) * sum over pairs of coders, over overlapping segments, of
  delta.
- Expected, over all units u of c (N of them, every coder) and all gaps (every coder):
  D_e = 2 / L * sum_u [ (N - 1) (2 l^3 - 3 l^2 + l) / 3 + l^2 * sum_{gaps h >= l} (h - l + 1) ]
        / ( m L (m L - 1) - sum_u l (l - 1) ).
- alpha_c = 1 - D_o / D_e. Over all labels: 1 - mean D_o / mean D_e, the means over labels that
  have at least one unit. None when no label has a unit (D_e = 0).

Policies beyond the formula:
- One coder's units of one label must not overlap (the formula assumes a segmentation). As
  INCEpTION does, in text order (start, then longer first) a unit that overlaps an earlier one
  of the same coder and label is left out: a GPE nested in a GPE counts once, as the outer span.
- Several documents make one continuum of total length L, except that a gap never runs across a
  document boundary (a unit cannot sit across two documents): gap lengths are per document.
  For one document this is DKPro's computation exactly.
- `UnitizingStudy.documents` gives each document's alpha over its own coders (those who took
  part in it); `UnitizingStudy.labels` the alpha of a set of documents that all coders took
  part in.

Everything is vectorised: each coder's segmentation of all (document, label) continua laid end to
end is one sorted array, and the overlapping segment pairs of two coders are the intervals
between the union of their boundaries (each such interval is exactly one overlapping pair).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from annotator.core.agreement.spans import LabeledSpan

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Observed and expected disagreement of one label; `alpha` is None when nothing was marked."""

    observed: float
    expected: float

    @property
    def alpha(self) -> float | None:
        return None if self.expected <= 0 else 1.0 - self.observed / self.expected


def combined_alpha(parts: Sequence[Disagreement]) -> float | None:
    """1 - mean D_o / mean D_e over the labels that have units (DKPro's overall alpha_U)."""
    used = [p for p in parts if p.expected > 0]
    if not used:
        return None
    return 1.0 - sum(p.observed for p in used) / sum(p.expected for p in used)


def _keep_first_of_overlapping(group: Ints, start: Ints, end: Ints) -> npt.NDArray[np.bool_]:
    """Which units to keep: in (group, start, longer first) order, drop a unit that starts before
    an earlier unit of its group ends (INCEpTION's rule for one coder's same-label overlaps)."""
    if len(start) == 0:
        return np.ones(0, dtype=bool)
    order = np.lexsort((-end, start, group))
    span = int(end.max()) + 1
    key_end = group[order] * span + end[order]
    key_start = group[order] * span + start[order]
    reach = np.maximum.accumulate(key_end)
    keep_sorted = np.ones(len(order), dtype=bool)
    keep_sorted[1:] = key_start[1:] >= reach[:-1]  # an earlier group's reach is always below
    keep = np.empty(len(order), dtype=bool)
    keep[order] = keep_sorted
    return keep


def _sorted_unique(values: Ints) -> Ints:
    """np.unique for int arrays by sort and compare (np.unique's hashing is slower here)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


class _Segmentation:
    """One coder's segments over all (document, label) continua laid end to end."""

    def __init__(self, offsets: Ints, total: int, starts: Ints, ends: Ints) -> None:
        points = _sorted_unique(np.concatenate([offsets, starts, ends]))
        self.start = points[points < total]
        self.end = np.append(self.start[1:], total)
        self.unit = np.zeros(len(self.start), dtype=bool)
        if len(starts):
            at = np.minimum(np.searchsorted(starts, self.start), len(starts) - 1)
            self.unit = starts[at] == self.start

    def at(self, points: Ints) -> tuple[Ints, Ints, npt.NDArray[np.bool_]]:
        k = np.searchsorted(self.start, points, side="right") - 1
        return self.start[k], self.end[k], self.unit[k]


def _pair_delta(one: _Segmentation, two: _Segmentation) -> tuple[Ints, Floats]:
    """(start, delta) of every overlapping segment pair of two coders with a nonzero delta."""
    points = _sorted_unique(np.concatenate([one.start, two.start]))
    b1, e1, u1 = one.at(points)
    b2, e2, u2 = two.at(points)
    delta = np.zeros(len(points), dtype=np.float64)
    both = u1 & u2
    delta[both] = (b1[both] - b2[both]) ** 2 + (e1[both] - e2[both]) ** 2
    inside = u1 & ~u2 & (b2 <= b1) & (e1 <= e2)
    delta[inside] = (e1[inside] - b1[inside]) ** 2
    inside = ~u1 & u2 & (b1 <= b2) & (e2 <= e1)
    delta[inside] = (e2[inside] - b2[inside]) ** 2
    keep = delta > 0
    return points[keep], delta[keep]


def _expected(
    unit_group: Ints, unit_length: Ints, gap_group: Ints, gap_length: Ints, length: Floats, coders: Floats
) -> Floats:
    """D_e per group (see the module docstring); 0 where a group has no unit."""
    groups = len(length)
    n_units = np.bincount(unit_group, minlength=groups).astype(np.float64)
    ell = unit_length.astype(np.float64)
    cubic = np.bincount(unit_group, weights=(2 * ell**3 - 3 * ell**2 + ell) / 3.0, minlength=groups)
    squares = np.bincount(unit_group, weights=ell * (ell - 1), minlength=groups)
    # per unit: sum over the gaps of its group with h >= l of (h - l + 1), from sorted gap keys
    width = int(max(gap_length.max(initial=0), unit_length.max(initial=0))) + 1
    order = np.lexsort((gap_length, gap_group))
    keys = gap_group[order] * width + gap_length[order]
    running = np.concatenate([[0.0], np.cumsum(gap_length[order], dtype=np.float64)])
    low = np.searchsorted(keys, unit_group * width + unit_length, side="left")
    high = np.searchsorted(keys, (unit_group + 1) * width, side="left")
    fits = (running[high] - running[low]) - (ell - 1) * (high - low)
    placed = np.bincount(unit_group, weights=ell * ell * fits, minlength=groups)
    numerator = (n_units - 1) * cubic + placed
    total = coders * length
    denominator = total * (total - 1) - squares
    result = np.zeros(groups, dtype=np.float64)
    ok = (n_units > 0) & (denominator > 0)
    result[ok] = 2.0 / length[ok] * numerator[ok] / denominator[ok]
    return result


class UnitizingStudy:
    """Units of several coders over several documents, for per-document and per-label alpha_U.

    Units are given as parallel arrays: coder index, document index, label index (0 to
    `n_labels` - 1), start, end. `participants[d, c]` says coder c took part in document d;
    units of a coder outside the documents they took part in are ignored.
    """

    def __init__(
        self,
        doc_lengths: Sequence[int] | npt.NDArray[Any],
        participants: npt.NDArray[np.bool_],
        units: Sequence[npt.ArrayLike],
        n_labels: int,
    ) -> None:
        self.lengths = np.asarray(doc_lengths, dtype=np.int64)
        self.participants = np.asarray(participants, dtype=bool)
        self.n_labels = n_labels = max(n_labels, 1)  # a study without labels still has one (empty) continuum
        n_docs, n_coders = self.participants.shape
        if len(units) != 5:
            raise ValueError(f"units are five arrays (coder, doc, label, start, end), not {len(units)}")
        coder, doc, label, start, end = (np.asarray(x, dtype=np.int64) for x in units)
        taking_part = self.participants[doc, coder] if len(coder) else np.ones(0, dtype=bool)
        group = doc * n_labels + label
        keep = np.zeros(len(coder), dtype=bool)
        for c in range(n_coders):
            mine = np.flatnonzero(taking_part & (coder == c))
            keep[mine[_keep_first_of_overlapping(group[mine], start[mine], end[mine])]] = True
        self._group_length = np.repeat(self.lengths, n_labels)
        self._offsets = np.concatenate([[0], np.cumsum(self._group_length)])
        total = int(self._offsets[-1])
        self._units: list[tuple[Ints, Ints]] = []  # per coder: (group, length) of each unit
        self._gaps: list[tuple[Ints, Ints]] = []  # per coder: (group, length) of each gap
        segmentations = []
        for c in range(n_coders):
            mine = keep & (coder == c)
            base = self._offsets[group[mine]]
            order = np.argsort(base + start[mine], kind="stable")
            seg = _Segmentation(
                self._offsets[:-1], total, (base + start[mine])[order], (base + end[mine])[order]
            )
            segmentations.append(seg)
            self._units.append((group[mine], end[mine] - start[mine]))
            owner = np.searchsorted(self._offsets, seg.start, side="right") - 1
            self._gaps.append((owner[~seg.unit], (seg.end - seg.start)[~seg.unit]))
        n_groups = n_docs * n_labels
        self._delta: dict[tuple[int, int], Floats] = {}
        for c1 in range(n_coders):
            for c2 in range(c1 + 1, n_coders):
                points, delta = _pair_delta(segmentations[c1], segmentations[c2])
                where = np.searchsorted(self._offsets, points, side="right") - 1
                sums = np.bincount(where, weights=delta, minlength=n_groups)
                self._delta[c1, c2] = sums.astype(np.float64, copy=False)

    def _parts(self, coders: Sequence[int], docs: Ints, merge_documents: bool) -> tuple[Floats, Floats]:
        """(D_o, D_e) per (document, label) group of `docs`, or per label over `docs` when merging."""
        k = self.n_labels
        groups = k if merge_documents else len(docs) * k
        doc_slot = np.full(len(self.lengths), -1, dtype=np.int64)
        doc_slot[docs] = 0 if merge_documents else np.arange(len(docs))

        def pick(parts: list[tuple[Ints, Ints]]) -> tuple[Ints, Ints]:
            group = np.concatenate([parts[c][0] for c in coders])
            size = np.concatenate([parts[c][1] for c in coders])
            slot = doc_slot[group // k]
            inside = slot >= 0
            return (slot * k + group % k)[inside], size[inside]

        unit_group, unit_length = pick(self._units)
        gap_group, gap_length = pick(self._gaps)
        doc_length = self.lengths[docs].astype(np.float64)
        length = np.full(k, doc_length.sum()) if merge_documents else np.repeat(doc_length, k)
        m = float(len(coders))
        expected = _expected(unit_group, unit_length, gap_group, gap_length, length, np.full(groups, m))
        delta = np.zeros(groups, dtype=np.float64)
        for i, c1 in enumerate(coders):
            for c2 in coders[i + 1 :]:
                per_group = self._delta[min(c1, c2), max(c1, c2)].reshape(-1, k)[docs]
                delta += per_group.sum(axis=0) if merge_documents else per_group.ravel()
        observed = np.zeros(groups, dtype=np.float64)
        positive = length > 0
        observed[positive] = 2.0 * delta[positive] / (m * (m - 1) * length[positive] ** 2)
        return observed, expected

    def labels(self, docs: Sequence[int] | None = None) -> list[Disagreement]:
        """Per label, over the documents `docs` (default: those every coder took part in) as one
        continuum of all coders. Documents some coder skipped are left out of `docs`."""
        everyone = np.flatnonzero(self.participants.all(axis=1))
        chosen = everyone if docs is None else np.intersect1d(np.asarray(docs, dtype=np.int64), everyone)
        observed, expected = self._parts(list(range(self.participants.shape[1])), chosen, True)
        return [Disagreement(float(o), float(e)) for o, e in zip(observed, expected, strict=True)]

    def documents(self) -> list[float | None]:
        """Each document's alpha_U over its own coders (None with fewer than two, or no unit).

        Documents with the same set of coders are computed together, in one vectorised pass.
        """
        found: list[float | None] = [None] * len(self.lengths)
        pairable = np.flatnonzero(self.participants.sum(axis=1) >= 2)
        sets, which = np.unique(self.participants[pairable], axis=0, return_inverse=True)
        for s, row in enumerate(sets):
            docs = pairable[which.ravel() == s]
            observed, expected = self._parts([int(c) for c in np.flatnonzero(row)], docs, False)
            used = expected.reshape(len(docs), -1) > 0
            sum_observed = np.where(used, observed.reshape(len(docs), -1), 0.0).sum(axis=1)
            sum_expected = np.where(used, expected.reshape(len(docs), -1), 0.0).sum(axis=1)
            for d, o, e in zip(docs, sum_observed, sum_expected, strict=True):
                found[int(d)] = None if e <= 0 else float(1.0 - o / e)
        return found


def unitizing_alpha(
    length: int, coders: Sequence[Sequence[LabeledSpan]]
) -> tuple[float | None, dict[str, float | None]]:
    """alpha_U of one document: (over all labels, per label), for coders who all unitized it all."""
    labels = sorted({span[2] for spans in coders for span in spans})
    index = {label: i for i, label in enumerate(labels)}
    rows = [(c, 0, index[s[2]], s[0], s[1]) for c, spans in enumerate(coders) for s in spans]
    columns = tuple(np.array([r[i] for r in rows], dtype=np.int64) for i in range(5))
    participants = np.ones((1, len(coders)), dtype=bool)
    study = UnitizingStudy([length], participants, columns, len(labels))
    parts = study.labels()
    return combined_alpha(parts), {label: parts[i].alpha for label, i in index.items()}

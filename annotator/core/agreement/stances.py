"""Stance agreement: polarity per (holder, target) unit, and how much the evidence overlaps.

Policies:
- A unit is (document, holder, target): the holder is the outlet (no holder entity) or the
  holder entity's span; the target is the schema target key or the target entity's span. Spans,
  not entity ids, so two annotators' separate mentions of one name meet. Stances whose holder or
  target entity is missing from the layer are left out.
- One value per annotator and unit: the polarity of their first stance on it (lowest id); a
  later stance on the same unit (a second quote, say) is not counted twice.
- Krippendorff's alpha (nominal) over every unit of the compared documents, an annotator
  without a stance on a unit giving no value there (so a unit only one annotator marked carries
  no weight). `units` counts the units with at least two values, the ones alpha compares.
- Per pair: `matched` = units both marked, Cohen's kappa and `agreement` (share of equal
  polarities) over them; overall kappa is the mean over pairs.
- Evidence overlap: for a matched unit, the character Jaccard index of the union of each side's
  evidence spans (|A and B| / |A or B|), over matched units where at least one side gave
  evidence; per pair the mean, overall the mean over all pairs' matched units.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from annotator.core.agreement import coefficients as coef
from annotator.core.agreement.inputs import Compared, LayerAnnotations, annotator_pairs
from annotator.core.agreement.values import mean, ratio, rounded
from annotator.core.model import Span

Unit = tuple[int, tuple[Any, ...], tuple[Any, ...]]
"""(doc id, holder, target): holder ("outlet",) or ("span", start, end); target ("target", key)
or ("span", start, end)."""


@dataclass(frozen=True, slots=True)
class StanceValue:
    polarity: str
    evidence: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class StancePair:
    a: str
    b: str
    matched: int
    cohen_kappa: float | None
    agreement: float | None
    evidence_overlap: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "matched": self.matched,
            "cohen_kappa": rounded(self.cohen_kappa),
            "agreement": rounded(self.agreement),
            "evidence_overlap": rounded(self.evidence_overlap),
        }


@dataclass(frozen=True, slots=True)
class StanceDocument:
    id: int
    alpha: float | None
    units: int

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "alpha": rounded(self.alpha), "units": self.units}


@dataclass(frozen=True, slots=True)
class StanceOverall:
    alpha: float | None
    cohen_kappa: float | None
    units: int
    evidence_overlap: float | None
    stances: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "alpha": rounded(self.alpha),
            "cohen_kappa": rounded(self.cohen_kappa),
            "units": self.units,
            "evidence_overlap": rounded(self.evidence_overlap),
            "stances": dict(self.stances),
        }


@dataclass(frozen=True, slots=True)
class StanceAgreement:
    overall: StanceOverall
    pairs: tuple[StancePair, ...]
    documents: tuple[StanceDocument, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_json(),
            "pairs": [pair.to_json() for pair in self.pairs],
            "documents": [doc.to_json() for doc in self.documents],
        }


def stance_units(doc_id: int, layer: LayerAnnotations) -> dict[Unit, StanceValue]:
    """The layer's stances by unit (see the module docstring)."""
    spans = {e.id: (e.start, e.end) for e in layer.entities}
    found: dict[Unit, StanceValue] = {}
    for stance in sorted(layer.stances, key=lambda s: s.id):
        if stance.holder_entity_id is None:
            holder: tuple[Any, ...] = ("outlet",)
        elif stance.holder_entity_id in spans:
            holder = ("span", *spans[stance.holder_entity_id])
        else:
            continue
        if stance.target_entity_id is not None:
            if stance.target_entity_id not in spans:
                continue
            target: tuple[Any, ...] = ("span", *spans[stance.target_entity_id])
        else:
            target = ("target", stance.target)
        evidence = tuple((e.start, e.end) for e in stance.evidence)
        found.setdefault((doc_id, holder, target), StanceValue(stance.polarity, evidence))
    return found


def _merged(spans: Sequence[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def evidence_jaccard(first: Sequence[Span], second: Sequence[Span]) -> float | None:
    """|A and B| / |A or B| of the characters two sets of spans cover; None when both are empty."""
    one, two = _merged(first), _merged(second)
    size = sum(e - s for s, e in one) + sum(e - s for s, e in two)
    shared, i, j = 0, 0, 0
    while i < len(one) and j < len(two):
        shared += max(0, min(one[i][1], two[j][1]) - max(one[i][0], two[j][0]))
        if one[i][1] < two[j][1]:
            i += 1
        else:
            j += 1
    return ratio(shared, size - shared)


def _alpha(values: list[dict[Unit, StanceValue]], units: Sequence[Unit], ids: dict[str, int]) -> float | None:
    data = np.full((len(values), len(units)), -1, dtype=np.int32)
    for row, found in enumerate(values):
        for column, unit in enumerate(units):
            if unit in found:
                data[row, column] = ids[found[unit].polarity]
    return coef.krippendorff_alpha(data)


def stance_agreement(compared: Sequence[Compared], annotators: Sequence[str]) -> StanceAgreement:
    """The stances section of the report (see the module docstring for the policies)."""
    per_doc = [{name: stance_units(c.doc.doc_id, c.layer(name)) for name in c.annotators} for c in compared]
    polarities = sorted({v.polarity for doc in per_doc for found in doc.values() for v in found.values()})
    ids = {p: i for i, p in enumerate(polarities)}
    merged: dict[str, dict[Unit, StanceValue]] = {name: {} for name in annotators}
    documents = []
    all_units: list[Unit] = []
    for c, doc in zip(compared, per_doc, strict=True):
        for name, found in doc.items():
            merged[name].update(found)
        seen = Counter(unit for found in doc.values() for unit in found)
        units = sorted((u for u in seen if seen[u] >= 2), key=repr)
        all_units.extend(units)
        alpha = _alpha([doc[name] for name in c.annotators], units, ids) if units else None
        documents.append(StanceDocument(c.doc.doc_id, alpha, len(units)))
    pairs = []
    overlaps: list[float | None] = []
    for a, b in annotator_pairs(annotators):
        shared = sorted(merged[a].keys() & merged[b].keys(), key=repr)
        first = [ids[merged[a][u].polarity] for u in shared]
        second = [ids[merged[b][u].polarity] for u in shared]
        same = sum(1 for x, y in zip(first, second, strict=True) if x == y)
        jaccards = [evidence_jaccard(merged[a][u].evidence, merged[b][u].evidence) for u in shared]
        overlaps.extend(jaccards)
        kappa = coef.cohen_kappa(np.array(first, dtype=np.int32), np.array(second, dtype=np.int32))
        pairs.append(StancePair(a, b, len(shared), kappa, ratio(same, len(shared)), mean(jaccards)))
    made = {
        name: sum(len(c.layer(name).stances) for c in compared if name in c.annotators) for name in annotators
    }
    overall = StanceOverall(
        alpha=_alpha([merged[name] for name in annotators], all_units, ids) if all_units else None,
        cohen_kappa=mean(p.cohen_kappa for p in pairs),
        units=len(all_units),
        evidence_overlap=mean(overlaps),
        stances=made,
    )
    return StanceAgreement(overall, tuple(pairs), tuple(documents))

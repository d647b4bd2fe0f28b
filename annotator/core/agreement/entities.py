"""Entity agreement: span F1 per pair and label, token-level coefficients, alpha_U, label confusion.

Policies (the report's reader should be able to reproduce every number):
- Span F1 (`spans.span_prf`): a label-aware one-to-one matching per document and pair, exact or
  by overlap; a pair's counts add up over the documents both annotators worked on, its F1 is the
  micro F1 of the sums. "Overall" and per-label F1 are the mean of the pairs' F1 (pairs with no
  mention at all are left out of the mean). Per document: the mean over that document's pairs.
- Token level: each token gets one label id (`spans.token_labels`, 0 = outside, nested: the
  longest span). Cohen's kappa and Gwet's AC1 per pair over the tokens of the documents both
  worked on (overall: the mean over pairs); Fleiss' kappa, Gwet's multi-rater AC1 and
  Krippendorff's alpha over all tokens of the compared documents, an annotator who did not work
  on a document giving no value there. AC1's number of categories Q is the number of labels
  seen in the compared documents plus one (outside).
- Unitizing alpha (`unitizing`): per label and overall over the documents every annotator worked
  on, as one continuum; per document over that document's annotators.
- Mentions: per annotator (and label), the mentions in the compared documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from annotator.core.agreement import coefficients as coef
from annotator.core.agreement.inputs import Compared, LayerAnnotations, annotator_pairs, ordered_labels
from annotator.core.agreement.label_confusion import ConfusionCounter, LabelConfusion
from annotator.core.agreement.spans import (
    LabeledSpan,
    as_token_array,
    greedy_pairs,
    overlap_candidates,
    prf_by_label,
    span_prf,
    token_labels,
    total,
)
from annotator.core.agreement.unitizing import UnitizingStudy, combined_alpha
from annotator.core.agreement.values import PRF, mean, rounded


@dataclass(frozen=True, slots=True)
class EntityPair:
    """Two annotators compared over the documents both worked on."""

    a: str
    b: str
    documents: int
    labels: dict[str, tuple[PRF, PRF]]  # label -> (exact, overlap) counts
    cohen_kappa: float | None
    gwet_ac1: float | None

    @property
    def exact(self) -> PRF:
        return sum((scores[0] for scores in self.labels.values()), PRF())

    @property
    def overlap(self) -> PRF:
        return sum((scores[1] for scores in self.labels.values()), PRF())

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "documents": self.documents,
            "exact": self.exact.to_json(),
            "overlap": self.overlap.to_json(),
            "cohen_kappa": rounded(self.cohen_kappa),
            "gwet_ac1": rounded(self.gwet_ac1),
            "labels": {
                label: {"exact": exact.to_json(), "overlap": overlap.to_json()}
                for label, (exact, overlap) in self.labels.items()
            },
        }


@dataclass(frozen=True, slots=True)
class LabelFigures:
    exact_f1: float | None
    overlap_f1: float | None
    unitizing_alpha: float | None
    mentions: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "exact_f1": rounded(self.exact_f1),
            "overlap_f1": rounded(self.overlap_f1),
            "unitizing_alpha": rounded(self.unitizing_alpha),
            "mentions": dict(self.mentions),
        }


@dataclass(frozen=True, slots=True)
class EntityDocument:
    id: int
    exact_f1: float | None
    overlap_f1: float | None
    unitizing_alpha: float | None
    cohen_kappa: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "exact_f1": rounded(self.exact_f1),
            "overlap_f1": rounded(self.overlap_f1),
            "unitizing_alpha": rounded(self.unitizing_alpha),
            "cohen_kappa": rounded(self.cohen_kappa),
        }


@dataclass(frozen=True, slots=True)
class EntityOverall:
    exact_f1: float | None
    overlap_f1: float | None
    cohen_kappa: float | None
    fleiss_kappa: float | None
    krippendorff_alpha: float | None
    unitizing_alpha: float | None
    gwet_ac1: float | None
    mentions: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        figures = {
            name: rounded(getattr(self, name))
            for name in (
                "exact_f1",
                "overlap_f1",
                "cohen_kappa",
                "fleiss_kappa",
                "krippendorff_alpha",
                "unitizing_alpha",
                "gwet_ac1",
            )
        }
        return {**figures, "mentions": dict(self.mentions)}


@dataclass(frozen=True, slots=True)
class EntityAgreement:
    overall: EntityOverall
    pairs: tuple[EntityPair, ...]
    labels: dict[str, LabelFigures]
    confusion: LabelConfusion
    documents: tuple[EntityDocument, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_json(),
            "pairs": [pair.to_json() for pair in self.pairs],
            "labels": {label: figures.to_json() for label, figures in self.labels.items()},
            "confusion": self.confusion.to_json(),
            "documents": [doc.to_json() for doc in self.documents],
        }


def mention_spans(layer: LayerAnnotations, length: int) -> list[LabeledSpan]:
    """The layer's mentions as (start, end, label), clipped to the text, in text order."""
    found = [(e.start, min(e.end, length), e.label) for e in layer.entities]
    return sorted(s for s in found if s[0] < s[1])


@dataclass
class _TokenFigures:
    """Token label arrays of every compared document (annotators x tokens, -1 = did not work on it)."""

    data: npt.NDArray[np.int32]
    doc_of_token: npt.NDArray[np.int64]
    n_categories: int

    def pair(self, i: int, j: int, n_docs: int) -> tuple[float | None, float | None, list[float | None]]:
        """(kappa, AC1, kappa per document) of annotators i and j."""
        a, b = self.data[i], self.data[j]
        by_doc = coef.cohen_kappa_by_group(a, b, self.doc_of_token, n_docs)
        return coef.cohen_kappa(a, b), coef.gwet_ac1(a, b, self.n_categories), by_doc


def _token_figures(
    compared: Sequence[Compared],
    spans: list[dict[str, list[LabeledSpan]]],
    names: Sequence[str],
    ids: dict[str, int],
) -> _TokenFigures:
    token_arrays = [as_token_array(c.doc.tokens) for c in compared]
    sizes = [len(t) for t in token_arrays]
    data = np.full((len(names), sum(sizes)), -1, dtype=np.int32)
    row = {name: i for i, name in enumerate(names)}
    at = 0
    for d, c in enumerate(compared):
        for name in c.annotators:
            items = [(s, e, ids[label]) for s, e, label in spans[d][name]]
            data[row[name], at : at + sizes[d]] = token_labels(token_arrays[d], items)
        at += sizes[d]
    doc_of_token = np.repeat(np.arange(len(compared), dtype=np.int64), sizes)
    return _TokenFigures(data, doc_of_token, len(ids) + 1)


def _unitizing_study(
    compared: Sequence[Compared],
    spans: list[dict[str, list[LabeledSpan]]],
    names: Sequence[str],
    labels: list[str],
) -> UnitizingStudy:
    row = {name: i for i, name in enumerate(names)}
    index = {label: i for i, label in enumerate(labels)}
    participants = np.zeros((len(compared), len(names)), dtype=bool)
    rows: list[tuple[int, int, int, int, int]] = []
    for d, c in enumerate(compared):
        for name in c.annotators:
            participants[d, row[name]] = True
            coder = row[name]
            rows.extend((coder, d, index[label], start, end) for start, end, label in spans[d][name])
    table = np.asarray(rows, dtype=np.int64).reshape(-1, 5)
    arrays = tuple(table[:, i] for i in range(5))
    lengths = [c.doc.length for c in compared]
    return UnitizingStudy(lengths, participants, arrays, max(len(labels), 1))


@dataclass
class _SpanScores:
    """Span counts per pair and label, per-document F1s per pair, and the label confusion."""

    counts: dict[tuple[str, str], dict[str, tuple[PRF, PRF]]]  # pair -> label -> (exact, overlap)
    shared: dict[tuple[str, str], int]  # pair -> documents both worked on
    doc_f1: list[tuple[list[float | None], list[float | None]]]  # per document: exact, overlap F1s
    confusion: LabelConfusion


def _span_scores(
    compared: Sequence[Compared],
    spans: list[dict[str, list[LabeledSpan]]],
    names: Sequence[str],
    labels: list[str],
) -> _SpanScores:
    pairs = annotator_pairs(names)
    counts: dict[tuple[str, str], dict[str, tuple[PRF, PRF]]] = {pair: {} for pair in pairs}
    shared = dict.fromkeys(pairs, 0)
    doc_f1: list[tuple[list[float | None], list[float | None]]] = []
    confusion = ConfusionCounter(labels)
    for d, c in enumerate(compared):
        exact_f1s: list[float | None] = []
        overlap_f1s: list[float | None] = []
        for a, b in c.pairs():
            first, second = spans[d][a], spans[d][b]
            exact = span_prf(first, second, overlap=False)
            # one candidate sweep serves the label-aware matching and the label-blind (confusion) one
            candidates = overlap_candidates(first, second, same_label=False)
            same = [(i, j) for i, j in candidates if first[i][2] == second[j][2]]
            overlap = prf_by_label(first, second, greedy_pairs(first, second, same))
            sums = counts[a, b]
            for label in exact.keys() | overlap.keys():
                before = sums.get(label, (PRF(), PRF()))
                sums[label] = (before[0] + exact.get(label, PRF()), before[1] + overlap.get(label, PRF()))
            shared[a, b] += 1
            exact_f1s.append(total(exact).f1)
            overlap_f1s.append(total(overlap).f1)
            confusion.add(c.doc.doc_id, a, b, first, second, greedy_pairs(first, second, candidates))
        doc_f1.append((exact_f1s, overlap_f1s))
    return _SpanScores(counts, shared, doc_f1, confusion.result())


def entity_agreement(
    compared: Sequence[Compared], annotators: Sequence[str], preferred_labels: Sequence[str] = ()
) -> EntityAgreement:
    """The entities section of the report (see the module docstring for the policies)."""
    spans = [{name: mention_spans(c.layer(name), c.doc.length) for name in c.annotators} for c in compared]
    seen = (s[2] for doc in spans for found in doc.values() for s in found)
    labels = ordered_labels(seen, preferred_labels)
    pairs = annotator_pairs(annotators)
    scores = _span_scores(compared, spans, annotators, labels)
    tokens = _token_figures(compared, spans, annotators, {label: i + 1 for i, label in enumerate(labels)})
    row = {name: i for i, name in enumerate(annotators)}
    pair_results = []
    doc_kappas: list[list[float | None]] = [[] for _ in compared]
    for a, b in pairs:
        kappa, ac1, by_doc = tokens.pair(row[a], row[b], len(compared))
        for d, value in enumerate(by_doc):
            doc_kappas[d].append(value)
        found = scores.counts[a, b]
        ordered = {label: found[label] for label in labels if label in found}
        pair_results.append(EntityPair(a, b, scores.shared[a, b], ordered, kappa, ac1))

    study = _unitizing_study(compared, spans, annotators, labels)
    per_label = study.labels()[: len(labels)]
    per_doc_alpha = study.documents()

    made = Counter((name, s[2]) for doc in spans for name, found in doc.items() for s in found)

    def mentions(label: str | None) -> dict[str, int]:
        if label is None:
            return {name: sum(made[name, other] for other in labels) for name in annotators}
        return {name: made[name, label] for name in annotators}

    label_figures = {
        label: LabelFigures(
            mean(p.labels[label][0].f1 for p in pair_results if label in p.labels),
            mean(p.labels[label][1].f1 for p in pair_results if label in p.labels),
            per_label[i].alpha,
            mentions(label),
        )
        for i, label in enumerate(labels)
    }
    counts_matrix = coef.category_counts(tokens.data, tokens.n_categories)
    overall = EntityOverall(
        exact_f1=mean(p.exact.f1 for p in pair_results),
        overlap_f1=mean(p.overlap.f1 for p in pair_results),
        cohen_kappa=mean(p.cohen_kappa for p in pair_results),
        fleiss_kappa=coef.fleiss_kappa(counts_matrix),
        krippendorff_alpha=coef.krippendorff_alpha(tokens.data),
        unitizing_alpha=combined_alpha(per_label),
        gwet_ac1=coef.gwet_ac1_counts(counts_matrix, tokens.n_categories),
        mentions=mentions(None),
    )
    documents = tuple(
        EntityDocument(
            c.doc.doc_id,
            mean(scores.doc_f1[d][0]),
            mean(scores.doc_f1[d][1]),
            per_doc_alpha[d],
            mean(doc_kappas[d]),
        )
        for d, c in enumerate(compared)
    )
    return EntityAgreement(overall, tuple(pair_results), label_figures, scores.confusion, documents)

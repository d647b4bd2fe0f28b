"""Span matching (exact, overlap, one-to-one, deterministic), span F1, and token label arrays."""

from __future__ import annotations

import random

import numpy as np
import pytest

from annotator.core.agreement import PRF, match_spans, span_prf, token_labels
from annotator.core.agreement.spans import overlap_candidates, total


def test_exact_matching_needs_the_same_span_and_label() -> None:
    a = [(0, 5, "PER"), (10, 15, "GPE"), (20, 25, "ORG")]
    b = [(0, 5, "PER"), (10, 15, "LOC"), (20, 24, "ORG")]
    assert match_spans(a, b, overlap=False) == [(0, 0)]


def test_overlap_matching_is_one_to_one_by_largest_overlap() -> None:
    # a's long span overlaps both of b's; it takes the one sharing 5 characters, not 4.
    a = [(0, 10, "ORG")]
    b = [(0, 4, "ORG"), (5, 10, "ORG")]
    assert match_spans(a, b, overlap=True) == [(0, 1)]


def test_overlap_matching_prefers_closer_boundaries_on_equal_overlap() -> None:
    # b's [2, 7) and [2, 9) share 5 characters with a's [2, 7); the identical span wins.
    a = [(2, 7, "GPE")]
    b = [(2, 9, "GPE"), (2, 7, "GPE")]
    assert match_spans(a, b, overlap=True) == [(0, 1)]


def test_matching_does_not_depend_on_input_order() -> None:
    rng = random.Random(4)
    a = [(s, s + rng.randint(1, 6), rng.choice("XY")) for s in rng.sample(range(100), 30)]
    b = [(s, s + rng.randint(1, 6), rng.choice("XY")) for s in rng.sample(range(100), 30)]
    pairs = {(a[i], b[j]) for i, j in match_spans(a, b, overlap=True)}
    a2, b2 = list(reversed(a)), sorted(b, key=lambda s: -s[1])
    assert {(a2[i], b2[j]) for i, j in match_spans(a2, b2, overlap=True)} == pairs


def test_overlap_candidates_find_every_overlapping_pair_among_nested_spans() -> None:
    rng = random.Random(7)
    a = [(s, s + rng.randint(1, 40), "X") for s in (rng.randrange(200) for _ in range(60))]
    b = [(s, s + rng.randint(1, 40), "X") for s in (rng.randrange(200) for _ in range(60))]
    brute = {(i, j) for i, x in enumerate(a) for j, y in enumerate(b) if x[0] < y[1] and y[0] < x[1]}
    assert set(overlap_candidates(a, b)) == brute


def test_span_f1_counts_per_label_with_a_as_reference() -> None:
    a = [(0, 5, "PER"), (10, 15, "GPE"), (20, 25, "ORG")]
    b = [(0, 5, "PER"), (10, 14, "GPE"), (30, 35, "ORG")]
    exact = span_prf(a, b, overlap=False)
    assert exact == {"PER": PRF(1, 0, 0), "GPE": PRF(0, 1, 1), "ORG": PRF(0, 1, 1)}
    overlap = span_prf(a, b, overlap=True)
    assert overlap["GPE"] == PRF(1, 0, 0)
    # micro over labels: tp 2, fp 1, fn 1 -> F1 = 4 / (4 + 2)
    assert total(overlap) == PRF(2, 1, 1)
    assert total(overlap).f1 == pytest.approx(4 / 6)


def test_prf_adds_up_and_is_undefined_without_any_span() -> None:
    assert PRF(1, 2, 3) + PRF(1, 0, 1) == PRF(2, 2, 4)
    assert PRF().f1 is None and PRF().precision is None
    assert PRF(0, 0, 2).f1 == 0.0 and PRF(0, 0, 2).precision is None


def test_a_token_takes_the_label_of_the_longest_span_covering_it() -> None:
    # tokens: وزارة(0-5) الدفاع(6-12) التركية(13-20) اليوم(21-26); ORG over three, GPE nested in it
    tokens = [(0, 5), (6, 12), (13, 20), (21, 26)]
    spans = [(0, 20, 2), (13, 20, 3)]
    assert token_labels(tokens, spans).tolist() == [2, 2, 2, 0]


def test_an_entity_leaving_out_a_clitic_still_labels_its_token() -> None:
    text = "قصفت لتركيا"
    tokens = [(0, 4), (5, 11)]
    start = text.index("تركيا")
    assert token_labels(tokens, [(start, start + len("تركيا"), 7)]).tolist() == [0, 7]


def test_token_labels_of_many_spans_take_one_vectorised_pass() -> None:
    tokens = np.arange(0, 2000, 2).repeat(2).reshape(-1, 2) + np.array([0, 1])
    spans = [(i * 20, i * 20 + 5, 1 + i % 9) for i in range(100)]
    labels = token_labels(tokens, spans)
    assert labels[0] == 1 and labels[2] == 1 and labels[3] == 0 and labels[10] == 2
    assert int((labels > 0).sum()) == 300

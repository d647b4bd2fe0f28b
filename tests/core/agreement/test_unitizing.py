"""Krippendorff's unitizing alpha over character spans: worked cases, the published example, policies."""

from __future__ import annotations

import numpy as np
import pytest

from annotator.core.agreement import UnitizingStudy, combined_alpha, unitizing_alpha


def study(
    lengths: list[int], participants: list[list[bool]], units: list[tuple[int, int, int, int, int]]
) -> UnitizingStudy:
    """A study from (coder, doc, label, start, end) rows."""
    columns = tuple(np.array([u[i] for u in units], dtype=np.int64) for i in range(5))
    n_labels = 1 + max((u[2] for u in units), default=0)
    return UnitizingStudy(lengths, np.array(participants), columns, n_labels)


def test_identical_segmentations_agree_fully() -> None:
    coder = [(3, 9, "PER"), (15, 20, "GPE"), (25, 30, "PER")]
    overall, labels = unitizing_alpha(40, [coder, list(coder), list(coder)])
    assert overall == 1.0
    assert labels == {"GPE": 1.0, "PER": 1.0}


def test_a_partial_overlap_worked_by_hand() -> None:
    # L = 10, two coders, one label: a marks [2, 6), b marks [3, 6).
    # Observed: the only overlapping pair with a nonzero distance is the two units:
    #   (2 - 3)^2 + (6 - 6)^2 = 1;  D_o = 2 * 1 / (m (m - 1) L^2) = 2 / (2 * 100) = 0.01.
    # Expected: N = 2 units, lengths 4 and 3; gaps a: 2, 4; b: 3, 4.
    #   l = 4: (N-1)(2*64 - 3*16 + 4)/3 = 28; gaps >= 4: (4-4+1) * 2 = 2, times l^2 = 32 -> 60
    #   l = 3: (2*27 - 3*9 + 3)/3 = 10;       gaps >= 3: 1 + 2 + 2 = 5, times l^2 = 45 -> 55
    #   D_e = (2 / L) * 115 / (mL (mL - 1) - sum l(l-1)) = 23 / (20 * 19 - (12 + 6)) = 23 / 362.
    # alpha = 1 - 0.01 / (23 / 362) = 1 - 3.62 / 23.
    overall, labels = unitizing_alpha(10, [[(2, 6, "X")], [(3, 6, "X")]])
    assert labels["X"] == pytest.approx(1 - 3.62 / 23)
    assert overall == pytest.approx(1 - 3.62 / 23)


def test_the_published_example_of_krippendorff_2004() -> None:
    # Krippendorff (2004), Quality & Quantity 38, p. 794-795: a continuum of 300 characters
    # (150 to 450, shifted to 0), categories c and k; D_o(c) = 0.0144, D_e(c) = 0.0532,
    # alpha(c) = 0.7286, alpha(k) = 1, and 0.8591 over both (DKPro Agreement gets the same).
    def at(begin: int, length: int, label: str) -> tuple[int, int, str]:
        return (begin - 150, begin - 150 + length, label)

    i = [at(225, 70, "c"), at(370, 30, "c"), at(180, 60, "k"), at(300, 50, "k")]
    j = [at(220, 80, "c"), at(355, 20, "c"), at(400, 20, "c"), at(180, 60, "k"), at(300, 50, "k")]
    overall, labels = unitizing_alpha(300, [i, j])
    assert labels["c"] == pytest.approx(0.7286, abs=5e-5)
    assert labels["k"] == 1.0
    assert overall == pytest.approx(0.8591, abs=5e-4)
    parts = study(
        [300],
        [[True, True]],
        [(0, 0, 0, s, e) for s, e, lab in i if lab == "c"]
        + [(1, 0, 0, s, e) for s, e, lab in j if lab == "c"],
    ).labels()
    assert parts[0].observed == pytest.approx(0.0144, abs=5e-5)
    assert parts[0].expected == pytest.approx(0.0532, abs=5e-5)


def test_one_coders_nested_same_label_spans_count_once_as_the_outer_span() -> None:
    # a GPE inside a GPE of one coder is dropped (INCEpTION's rule), so it matches b's outer GPE
    with_inner = unitizing_alpha(30, [[(5, 20, "GPE"), (10, 15, "GPE")], [(5, 20, "GPE")]])
    assert with_inner[0] == 1.0


def test_nobody_marking_anything_is_undefined() -> None:
    assert unitizing_alpha(30, [[], []]) == (None, {})
    assert combined_alpha([]) is None


def test_a_single_unit_against_two_empty_coders_gives_zero() -> None:
    # D_o = 2 * (1 + 1) / (3 * 2 * 400) and D_e = (2/20) * 59 / (60 * 59) are equal.
    overall, _ = unitizing_alpha(20, [[(0, 1, "X")], [], []])
    assert overall == pytest.approx(0.0)


def test_each_document_is_measured_over_the_coders_who_worked_on_it() -> None:
    # doc 0: all three coders; doc 1: coders 0 and 1 only (coder 2's unit there is ignored)
    units = [
        (0, 0, 0, 2, 6),
        (1, 0, 0, 3, 6),
        (2, 0, 0, 2, 6),
        (0, 1, 0, 0, 4),
        (1, 1, 0, 1, 4),
        (2, 1, 0, 5, 9),
    ]
    s = study([10, 12], [[True, True, True], [True, True, False]], units)
    alone_0 = unitizing_alpha(10, [[(2, 6, "X")], [(3, 6, "X")], [(2, 6, "X")]])[0]
    alone_1 = unitizing_alpha(12, [[(0, 4, "X")], [(1, 4, "X")]])[0]
    assert s.documents() == [pytest.approx(alone_0), pytest.approx(alone_1)]
    # per label over the documents all coders worked on: doc 0 only
    assert s.labels()[0].alpha == pytest.approx(alone_0)


def test_gaps_stop_at_document_boundaries_in_a_continuum_of_several_documents() -> None:
    # Two documents with the same marks give the same observed disagreement as one of them, and
    # an expected disagreement computed from per-document gaps (never one gap across both).
    one = study([10], [[True, True]], [(0, 0, 0, 2, 6), (1, 0, 0, 3, 6)]).labels()[0]
    two = study(
        [10, 10],
        [[True, True], [True, True]],
        [(0, 0, 0, 2, 6), (1, 0, 0, 3, 6), (0, 1, 0, 2, 6), (1, 1, 0, 3, 6)],
    ).labels()[0]
    # Observed: 2 * (1 + 1) / (2 * 400) = 0.005. Expected: N = 4, lengths 4, 3, 4, 3; gaps
    # 2, 4, 3, 4 in each document. l = 4: 3 * 84/3 = 84, + 16 * (1 + 1 + 1 + 1) = 64 -> 148, twice;
    # l = 3: 3 * 30/3 = 30, + 9 * (1 + 2 + 2) * 2 = 90 -> 120, twice; sum 536.
    # D_e = (2 / 20) * 536 / (40 * 39 - 36) = 53.6 / 1524.
    assert one.observed == pytest.approx(0.01)
    assert two.observed == pytest.approx(0.005)
    assert two.expected == pytest.approx(53.6 / 1524)

"""Chance-corrected coefficients on label ids: worked cases, and the reference packages on random data."""

from __future__ import annotations

from collections.abc import Callable

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.core.agreement import (
    category_counts,
    cohen_kappa,
    cohen_kappa_by_group,
    coincidences,
    confusion,
    fleiss_kappa,
    gwet_ac1,
    gwet_ac1_counts,
    krippendorff_alpha,
)

A = np.array([0, 0, 1, 1, 2, 0])
B = np.array([0, 1, 1, 1, 2, 0])


def tokens_of_three(size: int, seed: int) -> np.ndarray:
    """Realistic token labels: ~85% outside (0), 9 labels, each coder agreeing ~90% with a base."""
    rng = np.random.default_rng(seed)
    base = np.where(rng.random(size) < 0.85, 0, rng.integers(1, 10, size))
    noisy = [np.where(rng.random(size) < 0.9, base, rng.integers(0, 10, size)) for _ in range(3)]
    return np.stack(noisy).astype(np.int32)


def test_cohen_kappa_of_a_small_case_worked_by_hand() -> None:
    # 5 of 6 items agree: p_o = 5/6. Marginals a (0,1,2) = 3,2,1 and b = 2,3,1:
    # p_e = (3*2 + 2*3 + 1*1) / 36 = 13/36; kappa = (30/36 - 13/36) / (23/36) = 17/23.
    assert cohen_kappa(A, B) == pytest.approx(17 / 23)


def test_gwet_ac1_of_the_same_case_worked_by_hand() -> None:
    # pi = (3+2)/12, (2+3)/12, (1+1)/12 = 5/12, 5/12, 1/6; sum pi(1-pi) = 70/144 + 20/144 = 0.625;
    # Q = 3: p_e = 0.625 / 2 = 5/16; AC1 = (5/6 - 5/16) / (11/16) = 25/33.
    assert gwet_ac1(A, B) == pytest.approx(25 / 33)


def test_ac1_stays_high_where_kappa_collapses_on_a_skewed_label_distribution() -> None:
    # 9 of 10 agree on "outside"; b never marks anything. p_e(kappa) = (9*10 + 1*0)/100 = 0.9 -> 0.
    # AC1: pi = 19/20, 1/20; p_e = 2 * 19/400 / (2 - 1) = 0.095; (0.9 - 0.095) / 0.905.
    a = np.array([0] * 9 + [1])
    b = np.zeros(10, dtype=int)
    assert cohen_kappa(a, b) == pytest.approx(0.0)
    assert gwet_ac1(a, b) == pytest.approx(0.805 / 0.905)


def test_fleiss_kappa_of_a_small_case_worked_by_hand() -> None:
    # 3 raters, 2 categories. Pair agreement per item: 6/6, 6/6, 2/6, 2/6 -> P = 2/3.
    # p = 6/12, 6/12 -> P_e = 1/2; kappa = (2/3 - 1/2) / (1/2) = 1/3.
    counts = np.array([[3, 0], [0, 3], [2, 1], [1, 2]])
    assert fleiss_kappa(counts) == pytest.approx(1 / 3)


def test_krippendorff_alpha_of_a_small_case_worked_by_hand() -> None:
    # Units (0,0) (0,1) (1,1) (1,1), and a fifth unit with one value, which carries no weight.
    # Coincidences o = [[2, 1], [1, 4]], n_0 = 3, n_1 = 5, n = 8.
    # alpha = 1 - (n - 1) * (o_01 + o_10) / (2 * n_0 * n_1) = 1 - 7 * 2 / 30 = 16/30.
    data = np.array([[0, 0, 1, 1, 1], [0, 1, 1, 1, -1]])
    assert coincidences(data).tolist() == [[2, 1], [1, 4]]
    assert krippendorff_alpha(data) == pytest.approx(16 / 30)


def test_cohen_kappa_matches_sklearn_on_random_token_labels() -> None:
    data = tokens_of_three(20_000, seed=3)
    for i, j in ((0, 1), (0, 2), (1, 2)):
        assert cohen_kappa(data[i], data[j]) == pytest.approx(cohen_kappa_score(data[i], data[j]), abs=1e-12)


def test_krippendorff_alpha_matches_the_krippendorff_package_with_missing_values() -> None:
    data = tokens_of_three(20_000, seed=5)
    rng = np.random.default_rng(6)
    data[0, rng.random(data.shape[1]) < 0.3] = -1
    data[2, rng.random(data.shape[1]) < 0.2] = -1
    reference = krippendorff.alpha(
        reliability_data=np.where(data < 0, np.nan, data).astype(float), level_of_measurement="nominal"
    )
    assert krippendorff_alpha(data) == pytest.approx(reference, abs=1e-12)


def test_two_rater_ac1_from_counts_equals_the_pairwise_form() -> None:
    data = tokens_of_three(5_000, seed=8)
    assert gwet_ac1_counts(category_counts(data[:2])) == pytest.approx(gwet_ac1(data[0], data[1]))


def test_fleiss_kappa_leaves_out_items_only_one_coder_rated() -> None:
    full = np.array([[0, 0, 1, 1], [0, 1, 1, 1], [0, 0, 1, 0]])
    with_extra = np.concatenate([full, np.array([[1], [-1], [-1]])], axis=1)
    assert fleiss_kappa(category_counts(with_extra)) == pytest.approx(fleiss_kappa(category_counts(full)))


def test_items_a_coder_did_not_see_are_left_out_of_cohen_kappa() -> None:
    assert cohen_kappa(np.append(A, [-1, 2]), np.append(B, [1, -1])) == pytest.approx(17 / 23)


def test_kappa_per_document_equals_kappa_on_each_document_alone() -> None:
    data = tokens_of_three(3_000, seed=9)
    groups = np.repeat(np.arange(3), 1_000)
    found = cohen_kappa_by_group(data[0], data[1], groups, 3)
    for g in range(3):
        part = slice(g * 1_000, (g + 1) * 1_000)
        assert found[g] == pytest.approx(cohen_kappa(data[0, part], data[1, part]))


def test_confusion_counts_a_against_b() -> None:
    assert confusion(A, B).tolist() == [[2, 1, 0], [0, 2, 0], [0, 0, 1]]


@pytest.mark.parametrize(
    "figure",
    [
        lambda: cohen_kappa([1, 1, 1], [1, 1, 1]),
        lambda: gwet_ac1([1, 1, 1], [1, 1, 1]),
        lambda: fleiss_kappa([[3, 0], [3, 0]]),
        lambda: krippendorff_alpha([[2, 2], [2, 2]]),
        lambda: cohen_kappa([], []),
        lambda: krippendorff_alpha([[0, -1], [-1, 1]]),
    ],
    ids=[
        "kappa-one-category",
        "ac1-one-category",
        "fleiss-one-category",
        "alpha-one-category",
        "empty",
        "unpaired",
    ],
)
def test_undefined_figures_are_none_never_nan(figure: Callable[[], float | None]) -> None:
    assert figure() is None


def test_label_strings_are_refused_ids_are_required() -> None:
    with pytest.raises(TypeError, match="integers"):
        cohen_kappa(np.array(["PER"]), np.array(["ORG"]))

"""Chance-corrected agreement coefficients on integer category ids, vectorised with numpy.

Inputs are category ids (label ids), never strings: converting a million labels to ids costs
about 30 times what Cohen's kappa on them costs, so callers keep ids end to end. A negative id
means "no value" (the coder did not see the item) and is left out, item by item.

Shapes:
- two coders: two 1-d arrays of the same length (`cohen_kappa`, `gwet_ac1`, `confusion`);
- several coders: a coders x items array (`krippendorff_alpha`, `coincidences`,
  `category_counts`), or an items x categories count matrix (`fleiss_kappa`,
  `gwet_ac1_counts`), which `category_counts` builds.

Undefined is None, never NaN: with no pairable item, or when the expected disagreement is zero
(every value given is the same category, so agreement is perfect but chance cannot be told
apart from skill; kappa's p_e is 1 and alpha's D_e is 0). Gwet's AC1 is also None with fewer
than two categories.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.integer[Any]]
FloatArray = npt.NDArray[np.float64]


def _as_ids(values: npt.ArrayLike) -> IntArray:
    array = np.asarray(values)
    if array.dtype.kind not in "iu":
        if array.size == 0:
            return array.astype(np.int64)
        raise TypeError(f"category ids must be integers, not {array.dtype}")
    return array


def _category_count(*arrays: IntArray) -> int:
    """1 + the largest id in the arrays (0 when they are empty or hold no value)."""
    top = -1
    for array in arrays:
        if array.size:
            top = max(top, int(array.max()))
    return top + 1


def _both_given(a: IntArray, b: IntArray) -> tuple[IntArray, IntArray]:
    """The items where both coders gave a value (ids >= 0)."""
    if a.shape != b.shape or a.ndim != 1:
        raise ValueError(f"two coders need 1-d arrays of one length, not {a.shape} and {b.shape}")
    if a.size and (a.min() < 0 or b.min() < 0):
        keep = (a >= 0) & (b >= 0)
        return a[keep], b[keep]
    return a, b


def confusion(a: npt.ArrayLike, b: npt.ArrayLike, n_categories: int | None = None) -> IntArray:
    """Counts of (a's id, b's id) over the items both coders gave: rows a, columns b.

    One `bincount` over pair codes `a * n + b`: about 3 ms for a million items.
    """
    x, y = _both_given(_as_ids(a), _as_ids(b))
    n = _category_count(x, y) if n_categories is None else n_categories
    if n == 0:
        return np.zeros((0, 0), dtype=np.int64)
    codes = x.astype(np.int64) * n + y
    return np.bincount(codes, minlength=n * n).reshape(n, n)


def cohen_kappa(a: npt.ArrayLike, b: npt.ArrayLike) -> float | None:
    """Cohen's kappa of two coders: (p_o - p_e) / (1 - p_e).

    p_o is the share of items with the same id; p_e = sum over categories of the product of the
    two coders' marginal shares (as sklearn.metrics.cohen_kappa_score, unweighted).
    """
    table = confusion(a, b).astype(np.float64)
    total = table.sum()
    if total == 0:
        return None
    observed = np.trace(table) / total
    expected = float(table.sum(axis=1) @ table.sum(axis=0)) / (total * total)
    return None if expected >= 1.0 else float((observed - expected) / (1.0 - expected))


def gwet_ac1(a: npt.ArrayLike, b: npt.ArrayLike, n_categories: int | None = None) -> float | None:
    """Gwet's AC1 of two coders: (p_a - p_e) / (1 - p_e), p_e = sum pi_q (1 - pi_q) / (Q - 1).

    pi_q is the mean of the two coders' shares of category q; Q the number of categories: given,
    or those either coder used. Unlike kappa it stays near p_a when one category dominates (85%
    of tokens outside any entity), where kappa collapses (Gwet 2008, "Computing inter-rater
    reliability and its variance in the presence of high agreement").
    """
    table = confusion(a, b).astype(np.float64)
    total = table.sum()
    if total == 0:
        return None
    shares = (table.sum(axis=0) + table.sum(axis=1)) / (2.0 * total)
    categories = int(np.count_nonzero(shares)) if n_categories is None else n_categories
    if categories < 2:
        return None
    observed = np.trace(table) / total
    expected = float(np.sum(shares * (1.0 - shares))) / (categories - 1)
    return None if expected >= 1.0 else float((observed - expected) / (1.0 - expected))


def category_counts(data: npt.ArrayLike, n_categories: int | None = None) -> IntArray:
    """Items x categories: how many coders gave each category to each item (from coders x items)."""
    matrix = _as_ids(data)
    if matrix.ndim != 2:
        raise ValueError(f"expected a coders x items array, not shape {matrix.shape}")
    n = _category_count(matrix) if n_categories is None else n_categories
    counts = np.zeros((matrix.shape[1], max(n, 0)), dtype=np.int32)
    items = np.arange(matrix.shape[1])
    for row in matrix:
        given = row >= 0
        # each coder adds at most one count per item, so plain fancy-index += is exact here
        counts[items[given], row[given]] += 1
    return counts


def _pairable(counts: npt.ArrayLike) -> tuple[IntArray, IntArray]:
    """The rows rated by two coders or more, and their rater counts."""
    table = _as_ids(counts)
    if table.ndim != 2:
        raise ValueError(f"expected an items x categories count matrix, not shape {table.shape}")
    raters = table.sum(axis=1)
    keep = raters >= 2
    if keep.all():
        return table, raters  # the usual case: no copy of a large matrix
    return table[keep], raters[keep]


def _pair_agreement(table: IntArray, raters: IntArray) -> float:
    """Mean over items of the share of agreeing rater pairs: sum n_q (n_q - 1) / (r (r - 1))."""
    same = np.einsum("ij,ij->i", table, table) - raters
    return float(np.mean(same / (raters * (raters - 1.0))))


def _mean_row_shares(table: IntArray, raters: IntArray) -> FloatArray:
    """Mean over rows of table / raters, grouped by rater count (few distinct values, no float copy)."""
    total: FloatArray = np.zeros(table.shape[1], dtype=np.float64)
    low, high = int(raters.min()), int(raters.max())
    if low == high:
        total += table.sum(axis=0, dtype=np.float64) / float(low)
    else:
        for count in np.unique(raters):
            total += table[raters == count].sum(axis=0, dtype=np.float64) / float(count)
    total /= table.shape[0]
    return total


def fleiss_kappa(counts: npt.ArrayLike) -> float | None:
    """Fleiss' kappa from an items x categories count matrix: (P - P_e) / (1 - P_e).

    P is the mean share of agreeing rater pairs per item; P_e = sum p_j^2 with p_j the share of
    all ratings in category j. Items rated by fewer than two coders are left out. With the same
    number of raters on every item this is Fleiss (1971) exactly; with varying numbers it is the
    usual generalisation (per-item pair shares, ratings pooled for p_j).
    """
    table, raters = _pairable(counts)
    if table.shape[0] == 0:
        return None
    observed = _pair_agreement(table, raters)
    shares = table.sum(axis=0) / float(raters.sum())
    expected = float(np.sum(shares * shares))
    return None if expected >= 1.0 else (observed - expected) / (1.0 - expected)


def gwet_ac1_counts(counts: npt.ArrayLike, n_categories: int | None = None) -> float | None:
    """Gwet's AC1 for several raters from an items x categories count matrix (Gwet 2008, eq. 14).

    p_a as in `fleiss_kappa`; pi_q = mean over items of n_iq / r_i; p_e = sum pi_q (1 - pi_q)
    / (Q - 1), Q given or the categories used. Items with fewer than two raters are left out.
    With two raters on every item this equals `gwet_ac1`.
    """
    table, raters = _pairable(counts)
    if table.shape[0] == 0:
        return None
    shares = _mean_row_shares(table, raters)
    categories = int(np.count_nonzero(shares)) if n_categories is None else n_categories
    if categories < 2:
        return None
    observed = _pair_agreement(table, raters)
    expected = float(np.sum(shares * (1.0 - shares))) / (categories - 1)
    return None if expected >= 1.0 else (observed - expected) / (1.0 - expected)


def coincidences(data: npt.ArrayLike) -> FloatArray:
    """Krippendorff's coincidence matrix o_ck of a coders x items array (-1 = no value).

    Every ordered pair of values (c from one coder, k from another) of an item with m_u >= 2
    values adds 1 / (m_u - 1) to o_ck. Built with one weighted `bincount` over pair codes
    `c * n + k` per pair of coders (the matrix is symmetric, so each unordered pair once).
    """
    matrix = _as_ids(data)
    if matrix.ndim != 2:
        raise ValueError(f"expected a coders x items array, not shape {matrix.shape}")
    n = _category_count(matrix)
    result = np.zeros((n, n), dtype=np.float64)
    if n == 0:
        return result
    given = matrix >= 0
    per_item = given.sum(axis=0)
    weight = np.zeros(matrix.shape[1], dtype=np.float64)
    pairable = per_item >= 2
    weight[pairable] = 1.0 / (per_item[pairable] - 1.0)
    coders = matrix.shape[0]
    for i in range(coders):
        for j in range(i + 1, coders):
            both = given[i] & given[j]
            codes = matrix[i, both].astype(np.int64) * n + matrix[j, both]
            result += np.bincount(codes, weights=weight[both], minlength=n * n).reshape(n, n)
    return result + result.T


def krippendorff_alpha(data: npt.ArrayLike) -> float | None:
    """Krippendorff's alpha, nominal, of a coders x items array of ids (-1 = no value).

    alpha = 1 - D_o / D_e = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k, where o is
    the coincidence matrix, n_c its row sums and n the number of pairable values (Krippendorff
    2011, "Computing Krippendorff's alpha-reliability"). The same value as
    `krippendorff.alpha(level_of_measurement="nominal")` at a fraction of its memory.
    """
    table = coincidences(data)
    marginals = table.sum(axis=1)
    total = float(marginals.sum())
    if total < 2:
        return None
    disagreeing = float(np.sum(table) - np.trace(table))
    expected = total * total - float(np.sum(marginals * marginals))
    if expected <= 0:
        return None
    return 1.0 - (total - 1.0) * disagreeing / expected


def cohen_kappa_by_group(
    a: npt.ArrayLike, b: npt.ArrayLike, groups: npt.ArrayLike, n_groups: int
) -> list[float | None]:
    """Cohen's kappa within each group (e.g. each document) of items, in one pass for all groups.

    `groups[i]` in 0..n_groups-1 says which group item i belongs to; items where a coder gave no
    value (id < 0) are left out. The same values as `cohen_kappa` on each group alone.
    """
    x, y, g = _as_ids(a), _as_ids(b), _as_ids(groups)
    if x.shape != y.shape or x.shape != g.shape:
        raise ValueError(f"a, b and groups need one length, not {x.shape}, {y.shape} and {g.shape}")
    given = (x >= 0) & (y >= 0)
    x, y, g = x[given], y[given], g[given]
    n = max(_category_count(x, y), 1)
    codes = (g.astype(np.int64) * n + x) * n + y
    tables = np.bincount(codes, minlength=n_groups * n * n).reshape(n_groups, n, n).astype(np.float64)
    totals = tables.sum(axis=(1, 2))
    agreeing = np.trace(tables, axis1=1, axis2=2)
    chance = np.einsum("gi,gi->g", tables.sum(axis=2), tables.sum(axis=1))
    found: list[float | None] = []
    for total, same, product in zip(totals, agreeing, chance, strict=True):
        if total == 0 or product >= total * total:
            found.append(None)
            continue
        observed, expected = same / total, product / (total * total)
        found.append(float((observed - expected) / (1.0 - expected)))
    return found

"""Small value objects and helpers shared by the agreement modules.

`PRF` is the span-scoring value object (spaCy's `PRFScore` in spirit): counts that add up
(`PRF + PRF`), with precision, recall and F1 derived from them. The helpers keep the report's
numbers in one form: `None` for "undefined" (never NaN), 4 decimals when written as JSON.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

DECIMALS = 4


@dataclass(frozen=True, slots=True)
class PRF:
    """True positives, false positives and false negatives of one comparison of `a` with `b`.

    `a` plays the reference and `b` the prediction: `fp` counts what only `b` marked, `fn` what
    only `a` marked. F1 is symmetric, so the choice matters only for precision and recall.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """2tp / (2tp + fp + fn); None when neither side marked anything."""
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": rounded(self.precision),
            "recall": rounded(self.recall),
            "f1": rounded(self.f1),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def ratio(numerator: float, denominator: float) -> float | None:
    """numerator / denominator, or None when the denominator is zero."""
    return None if denominator == 0 else numerator / denominator


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the defined values; None when none is defined."""
    defined = [v for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None


def rounded(value: float | None) -> float | None:
    """A figure as the report writes it: 4 decimals, None for undefined (NaN and inf too)."""
    if value is None or not math.isfinite(value):
        return None
    result = round(float(value), DECIMALS)
    return 0.0 if result == 0 else result  # no "-0.0" in the JSON

"""Helpers shared by the benchmark scripts: seed sentences, synthetic articles, statistics, verdicts.

Not a benchmark itself. The scripts import it as a sibling module (`python benchmarks/bench_x.py`
puts this folder first on sys.path). Synthetic text is built only from sentences of real news
articles (../shared/seeds, or the project's sample articles when ../shared is absent), so token,
clitic and harakat statistics stay close to what annotators import.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLE_ARTICLES = ROOT / "resources" / "samples"


def seed_files() -> list[Path]:
    """The seed articles: ../shared/seeds/*.txt, else resources/samples/*.txt (with a printed note)."""
    files = sorted(SHARED_SEEDS.glob("*.txt")) if SHARED_SEEDS.is_dir() else []
    if files:
        return files
    print(f"note: {SHARED_SEEDS} is absent; building the corpus from {SAMPLE_ARTICLES} instead")
    files = sorted(SAMPLE_ARTICLES.glob("*.txt"))
    if not files:
        sys.exit(f"no seed articles in {SHARED_SEEDS} or {SAMPLE_ARTICLES}")
    return files


def seed_sentences() -> list[str]:
    """Every sentence of the seed articles (the project's own splitter), in file order."""
    from annotator.core.text import sentences

    found: list[str] = []
    for path in seed_files():
        text = path.read_text(encoding="utf-8")
        found.extend(text[a:b] for a, b in sentences(text))
    return found


def token_counts(sentences: Sequence[str]) -> list[int]:
    from camel_tools.tokenizers.word import simple_word_tokenize

    return [len(simple_word_tokenize(s)) for s in sentences]


def build_article(
    rng: random.Random,
    pool: Sequence[str],
    counts: Sequence[int],
    target_tokens: int,
    title: str,
    planted: Sequence[str] = (),
) -> tuple[str, int]:
    """An article of about `target_tokens` camel-tools tokens: a title line, then paragraphs.

    Sentences are drawn at random from `pool` (with replacement); `planted` sentences are put in
    at random places. Returns the text and its approximate token count (sum over sentences).
    """
    chosen: list[str] = list(planted)
    total = len(title.split()) + sum(len(s.split()) for s in planted)
    while total < target_tokens:
        i = rng.randrange(len(pool))
        chosen.append(pool[i])
        total += counts[i]
    rng.shuffle(chosen)
    paragraphs = []
    for start in range(0, len(chosen), 5):
        paragraphs.append(" ".join(chosen[start : start + 5]))
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n", total


# -- statistics -------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of 2,000 values is the 1,980th smallest)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.4999)))
    return float(ordered[rank - 1])


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def verdict(what: str, value: float, target: float, unit: str = "x") -> str:
    """'<what>: 1.32x (target ≤ 1.5x: met)'."""
    met = "met" if value <= target else "NOT met"
    return f"{what}: {value:.2f}{unit} (target ≤ {target:g}{unit}: {met})"


def mib(n_bytes: float) -> str:
    return f"{n_bytes / (1024 * 1024):.1f} MiB"


def header(title: str) -> None:
    print()
    print(title)
    print("-" * len(title))

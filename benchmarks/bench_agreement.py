"""Agreement figures on a large team: token-level coefficients on 3 x 1M label ids, and the whole report.

Why: a reviewer asks for agreement over everything three annotators did (a million tokens each)
and waits for it; the `krippendorff` package needs 1.5 s and 3 GB for that, so it cannot be the
implementation. Figures are medians of `--repeat` runs; times without tracemalloc, the memory
peak (tracemalloc, numpy's buffers included) in one separate run of each.

1. TOKEN LEVEL, 3 coders x `--tokens` label ids (int32; ~85% outside = 0, 9 labels, each
   coder agreeing with a shared base on ~90% of tokens): our Cohen's kappa (the three pairs),
   Fleiss' kappa (count matrix included), Krippendorff's alpha (coincidence matrix) and Gwet's
   AC1 (the three pairs and the multi-rater form). Baselines in the same run:
   sklearn.metrics.cohen_kappa_score on the same pairs, and krippendorff.alpha on a 100k-token
   subset only (on the full size it takes gigabytes), against ours on the same subset; the
   values must agree. Targets: all four of ours together < 1 s and < 500 MiB.
2. REPORT, end to end through `agreement_report` (no SQLite): `--docs` documents of
   `--doc-tokens` tokens, three annotators who all worked on every document; entities from a
   shared base (15% of tokens, 1 to 4 tokens long, 8% of them nested in another) that each
   annotator copies with label swaps, boundary slips, misses and extras; two events with
   arguments and three stances with evidence per document. Its time and peak, per section.

    .venv/bin/python benchmarks/bench_agreement.py [--tokens 1000000] [--docs 2000]
        [--doc-tokens 500] [--repeat 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np
from _common import header, median, mib, verdict

TIME_TARGET = 1.0  # seconds, our four token-level figures together
MEMORY_TARGET = 500.0  # MiB
SUBSET = 100_000  # tokens given to the krippendorff package
LABELS = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "WEA", "VEH", "DATE")


# -- 1. token level ---------------------------------------------------------------------------


def token_labels(size: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    base = np.where(rng.random(size) < 0.85, 0, rng.integers(1, 10, size)).astype(np.int32)
    coders = [np.where(rng.random(size) < 0.9, base, rng.integers(0, 10, size)) for _ in range(3)]
    return np.stack(coders).astype(np.int32)


def ours(data: np.ndarray) -> dict[str, Callable[[], object]]:
    from annotator.core.agreement import coefficients as coef

    pairs = ((0, 1), (0, 2), (1, 2))
    return {
        "cohen (3 pairs)": lambda: [coef.cohen_kappa(data[i], data[j]) for i, j in pairs],
        "fleiss (+counts)": lambda: coef.fleiss_kappa(coef.category_counts(data, 10)),
        "alpha": lambda: coef.krippendorff_alpha(data),
        "ac1 (3 pairs + multi)": lambda: (
            [coef.gwet_ac1(data[i], data[j], 10) for i, j in pairs],
            coef.gwet_ac1_counts(coef.category_counts(data, 10), 10),
        ),
    }


def measure(fn: Callable[[], object], repeat: int) -> tuple[float, int, object]:
    """(median seconds, tracemalloc peak bytes of one more run, result)."""
    times = []
    result: object = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    tracemalloc.start()
    try:
        fn()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return median(times), peak, result


def token_level(size: int, repeat: int) -> bool:
    import krippendorff
    from sklearn.metrics import cohen_kappa_score

    from annotator.core.agreement import cohen_kappa, krippendorff_alpha

    header(f"1. token level: 3 coders x {size:,} label ids (medians of {repeat} runs)")
    data = token_labels(size, seed=1)
    total_time, peaks = 0.0, []
    print(f"{'figure':24} {'time':>9} {'peak':>11}  value")
    for name, fn in ours(data).items():
        seconds, peak, value = measure(fn, repeat)
        total_time += seconds
        peaks.append(peak)
        print(f"{name:24} {seconds * 1000:7.1f} ms {mib(peak):>11}  {_short(value)}")
    print(f"{'all four':24} {total_time * 1000:7.1f} ms {mib(max(peaks)):>11}  (the largest single peak)")

    pairs = ((0, 1), (0, 2), (1, 2))
    base_seconds, base_peak, base_value = measure(
        lambda: [cohen_kappa_score(data[i], data[j]) for i, j in pairs], repeat
    )
    mine = [cohen_kappa(data[i], data[j]) for i, j in pairs]
    print(f"sklearn cohen_kappa_score (3 pairs) {base_seconds * 1000:.1f} ms, peak {mib(base_peak)}")
    cohen_seconds = measure(ours(data)["cohen (3 pairs)"], repeat)[0]
    print(
        f"  ours / sklearn = {cohen_seconds / base_seconds:.3f}x; largest difference in kappa "
        f"{max(abs(float(a) - float(b)) for a, b in zip(mine, base_value, strict=True)):.1e}"
    )

    subset = data[:, :SUBSET]
    ref_seconds, ref_peak, ref_value = measure(
        lambda: krippendorff.alpha(reliability_data=subset, level_of_measurement="nominal"), repeat
    )
    sub_seconds, sub_peak, sub_value = measure(lambda: krippendorff_alpha(subset), repeat)
    print(
        f"krippendorff.alpha on {SUBSET:,} tokens {ref_seconds * 1000:.1f} ms, peak {mib(ref_peak)}; "
        f"ours {sub_seconds * 1000:.1f} ms, peak {mib(sub_peak)}"
    )
    print(
        f"  ours / krippendorff = {sub_seconds / ref_seconds:.3f}x time, {sub_peak / ref_peak:.3f}x memory; "
        f"values {float(sub_value):.6f} vs {float(ref_value):.6f}"
    )
    print(verdict(f"token-level figures, 3 x {size:,}, time", total_time, TIME_TARGET, " s"))
    peak_mib = max(peaks) / (1024 * 1024)
    print(verdict(f"token-level figures, 3 x {size:,}, tracemalloc peak", peak_mib, MEMORY_TARGET, " MiB"))
    return total_time <= TIME_TARGET and peak_mib <= MEMORY_TARGET


def _short(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_short(v) for v in value)
    return "None" if value is None else f"{float(value):.4f}"


# -- 2. the whole report ----------------------------------------------------------------------


def synthetic_documents(n_docs: int, n_tokens: int, seed: int) -> list[Any]:
    """Documents with three annotators' entities, events and stances (see the module docstring)."""
    from annotator.core.agreement import DocumentInput, LayerAnnotations
    from annotator.core.model import Argument, Entity, Event, Evidence, Stance

    rng = random.Random(seed)
    names = ("amal", "badr", "chadi")
    docs = []
    next_id = 1
    for doc_id in range(1, n_docs + 1):
        tokens, at = [], 0
        for _ in range(n_tokens):
            width = rng.randint(2, 8)
            tokens.append((at, at + width))
            at += width + 1
        base = _base_entities(rng, tokens)
        layers = {}
        for name in names:
            entities = []
            for start, end, label in base:
                start, end, label = _copy_with_errors(rng, tokens, start, end, label)
                if start is not None:
                    entities.append(Entity(next_id, doc_id, name, start, end, label))
                    next_id += 1
            events = []
            for k in range(2):
                if len(entities) < 2:
                    break
                trigger = tokens[rng.randrange(n_tokens)]
                args = (Argument(0, "Attacker", entities[k].id), Argument(0, "Target", entities[-1 - k].id))
                events.append(Event(next_id, doc_id, name, "Conflict.Attack", *trigger, arguments=args))
                next_id += 1
            stances = [
                Stance(
                    next_id + k,
                    doc_id,
                    name,
                    rng.choice(("favor", "against", "neutral")),
                    target=f"target_{k}",
                    evidence=(Evidence(0, *tokens[rng.randrange(n_tokens)]),),
                )
                for k in range(3)
            ]
            next_id += 3
            layers[name] = LayerAnnotations(entities, events, stances)
        docs.append(DocumentInput(doc_id, f"doc {doc_id}", at, np.asarray(tokens, dtype=np.int64), layers))
    return docs


def _base_entities(rng: random.Random, tokens: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    found = []
    i = 0
    while i < len(tokens) - 4:
        if rng.random() < 0.15 / 2.5:
            length = rng.randint(1, 4)
            found.append((tokens[i][0], tokens[i + length - 1][1], rng.choice(LABELS)))
            if length > 1 and rng.random() < 0.08 * 2:
                found.append((tokens[i + 1][0], tokens[i + length - 1][1], "GPE"))
            i += length + 1
        else:
            i += 1
    return found


def _copy_with_errors(
    rng: random.Random, tokens: list[tuple[int, int]], start: int, end: int, label: str
) -> tuple[Any, Any, str]:
    roll = rng.random()
    if roll < 0.05:
        return None, None, label  # missed
    if roll < 0.10:
        return start, end, rng.choice(LABELS)  # swapped label
    if roll < 0.15:
        return start, max(start + 1, end - 2), label  # boundary slip
    return start, end, label


def whole_report(n_docs: int, n_tokens: int, repeat: int, profile: bool) -> None:
    from annotator.core.agreement import (
        agreement_report,
        compared_documents,
        entity_agreement,
        event_agreement,
        stance_agreement,
    )

    header(f"2. the whole report: 3 annotators x {n_docs:,} documents x {n_tokens} tokens, no SQLite")
    t0 = time.perf_counter()
    docs = synthetic_documents(n_docs, n_tokens, seed=2)
    mentions = sum(len(layer.entities) for d in docs for layer in d.layers.values())
    print(
        f"set-up (not timed) {time.perf_counter() - t0:.1f} s: {n_docs * n_tokens * 3:,} tokens in all, "
        f"{mentions:,} mentions"
    )
    names = ["amal", "badr", "chadi"]
    seconds, peak, report = measure(lambda: agreement_report(docs, names, LABELS), max(1, repeat // 2))
    print(f"agreement_report {seconds:.2f} s, tracemalloc peak {mib(peak)}")
    compared = compared_documents(docs, names)
    for name, fn in (
        ("entities", lambda: entity_agreement(compared, names, LABELS)),
        ("events", lambda: event_agreement(compared, names)),
        ("stances", lambda: stance_agreement(compared, names)),
    ):
        part_seconds, part_peak, _ = measure(fn, 1)
        print(f"  {name:9} {part_seconds:6.2f} s, peak {mib(part_peak)}")
    overall = report.entities.overall
    print(
        f"entities: exact F1 {overall.exact_f1:.4f}, overlap F1 {overall.overlap_f1:.4f}, "
        f"kappa {overall.cohen_kappa:.4f}, alpha {overall.krippendorff_alpha:.4f}, "
        f"alpha_U {overall.unitizing_alpha:.4f}, AC1 {overall.gwet_ac1:.4f}"
    )
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        agreement_report(docs, names, LABELS)
        profiler.disable()
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(20)
        header("profile: agreement_report (top 20 by cumulative time)")
        print(buffer.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=1_000_000)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--doc-tokens", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    met = token_level(args.tokens, args.repeat)
    whole_report(args.docs, args.doc_tokens, args.repeat, args.profile or not met)


if __name__ == "__main__":
    main()

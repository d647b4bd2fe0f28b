"""Import and export of a Wojood-size corpus (550k tokens, 75k entities, nested) against plain I/O.

Why: a team brings its corpus in as CoNLL (Wojood ships nested entities as extra tag columns) and
takes gold out as CoNLL, JSONL or Hugging Face rows many times over a project's life. Both must
cost about what moving the same bytes costs, and the writers must stream one document at a time
so memory stays flat however large the corpus. Figures (medians of `--repeat` runs, baselines
measured in the same run, alternating with the measured code):

1. IMPORT of the CoNLL file into a fresh project (`import_annotations(..., "conll", "bench")`):
   total, split into (a) `read_documents` (CoNLL to documents), (b) `importing.prepare` per new
   document (camel-tools tokenisation, sentences, search body) and (c) the rest (hash look-ups,
   validation, SQLite inserts of documents and entities, the oplog, the checkpoint). "Import after
   tokenisation" is total - (b). Baselines: a plain read of the same bytes (open, read, decode,
   split lines, split columns into a list) and that plus a bare SQLite `executemany` of as many
   entity rows into a plain table. Target: import after tokenisation <= 1.5x the baseline; both
   ratios are printed and the verdict says which baseline it uses.
2. EXPORT of the same layer as conll (nested columns), jsonl and hf, against writing the produced
   bytes to a new file with one write call, and line by line. Target: <= 2x.
3. MEMORY: tracemalloc peak during the conll and jsonl exports of N/4, N/2 and N documents of
   the same project (`--docs` ranges), while the writer streams (up to `exporting._manifest`)
   and over the whole `export` call: the peak must not grow with N while the output does.
Then the size of the jsonl, a check that Arabic is written as UTF-8 (no "\\u06" escapes) and its
size against an `ensure_ascii=True` dump of the same records. With `--profile` (or when a target
is not met) cProfile's top 15 by cumulative time of import parts (a) and (c) (for (c), reading
and tokenising replayed from a cache) and of the conll export are printed.

Set-up (not timed): ~`--docs` news-like articles of ~`--tokens` tokens in all, built from seed
sentences; ~`--entities` entity spans of which `--nested` are inside another (a GPE inside an
ORG, a NUM inside a DATE...), labels from the default schema, added to layer "bench" with
`add_entities_across` in batches; then one conll export (nested columns), the import input.
`--docs` and `--entities` follow `--tokens` in proportion unless given.

    .venv/bin/python benchmarks/bench_exchange.py [--tokens 550000] [--docs 1500] [--entities 75000]
        [--nested 0.225] [--repeat 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import shutil
import sqlite3
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from _common import build_article, header, median, mib, seed_sentences, token_counts, verdict

LAYER = "bench"
IMPORT_TARGET = 1.5
EXPORT_TARGET = 2.0
BATCH = 10_000  # entities per add_entities_across call in the set-up
# Outer labels and their weights; what may sit inside each (Wojood-style nesting).
OUTER = {"PER": 30, "ORG": 22, "GPE": 18, "LOC": 7, "DATE": 10, "NUM": 5, "FAC": 4, "NORP": 4}
INNER = {
    "PER": ("NORP", "GPE"),
    "ORG": ("GPE", "PER", "NORP"),
    "GPE": ("GPE", "LOC"),
    "LOC": ("GPE",),
    "DATE": ("NUM",),
    "NUM": ("NUM",),
    "FAC": ("GPE", "PER"),
    "NORP": ("GPE",),
}
LENGTHS = (1, 1, 1, 1, 2, 2, 2, 3, 3, 4)  # tokens per outer entity (inner ones need >= 2)


# -- set-up ------------------------------------------------------------------------------------


def write_articles(folder: Path, docs: int, tokens: int, rng: random.Random) -> int:
    """`docs` .txt articles of about tokens/docs tokens each; returns the approximate token total."""
    pool = seed_sentences()
    counts = token_counts(pool)
    mean_sentence = sum(counts) / len(counts)
    # build_article overshoots its target by about half a sentence
    per_doc = max(10, round(tokens / docs - mean_sentence / 2))
    total = 0
    for i in range(docs):
        title = f"تقرير {i + 1}: " + " ".join(rng.choice(pool).split()[:6])
        text, n = build_article(rng, pool, counts, per_doc, title)
        (folder / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
        total += n
    return total


def entity_spans(
    project: Any, doc_ids: list[int], n_entities: int, nested: float, rng: random.Random
) -> list[tuple[int, int, int, str]]:
    """(doc_id, start, end, label): whole tokens, one sentence; a `nested` share inside another span."""
    per_doc_tokens = {d: project.tokens(d) for d in doc_ids}
    total_tokens = sum(len(t) for t in per_doc_tokens.values())
    n_outer = round(n_entities * (1 - nested))
    labels, weights = list(OUTER), list(OUTER.values())
    items: list[tuple[int, int, int, str]] = []
    multi: list[tuple[int, int, int, str, list[tuple[int, int]]]] = []
    for doc_id in doc_ids:
        tokens = per_doc_tokens[doc_id]
        text = project.document(doc_id).text
        sentence_of = _sentence_index(tokens, project.sentences(doc_id))
        wanted = round(n_outer * len(tokens) / total_tokens)
        taken = [False] * (len(tokens) + 1)
        starts = list(range(len(tokens)))
        rng.shuffle(starts)
        placed = 0
        for i in starts:
            if placed >= wanted:
                break
            length = rng.choice(LENGTHS)
            run = range(i, i + length)
            if i + length > len(tokens) or any(taken[j] for j in range(max(0, i - 1), i + length + 1)):
                continue
            if sentence_of[i] != sentence_of[i + length - 1]:
                continue
            if not all(text[tokens[j][0] : tokens[j][1]].isalnum() for j in run):
                continue  # no punctuation in names
            for j in run:
                taken[j] = True
            label = rng.choices(labels, weights)[0]
            start, end = tokens[i][0], tokens[i + length - 1][1]
            items.append((doc_id, start, end, label))
            if length > 1:
                multi.append((doc_id, start, end, label, tokens[i : i + length]))
            placed += 1
    n_inner = min(len(multi), n_entities - len(items))
    for doc_id, _start, _end, label, outer in rng.sample(multi, n_inner):
        length = rng.randrange(1, len(outer))  # a proper part of the outer span
        first = rng.randrange(0, len(outer) - length + 1)
        items.append((doc_id, outer[first][0], outer[first + length - 1][1], rng.choice(INNER[label])))
    items.sort()
    return items


def _sentence_index(tokens: list[tuple[int, int]], sentences: list[tuple[int, int]]) -> list[int]:
    out, s = [], 0
    for start, _end in tokens:
        while s < len(sentences) - 1 and start >= sentences[s][1]:
            s += 1
        out.append(s)
    return out


# -- timing helpers ----------------------------------------------------------------------------


class Split:
    """Seconds spent inside read_documents and importing.prepare during one import (patched in)."""

    def __init__(self) -> None:
        self.read = 0.0
        self.prepare = 0.0


@contextmanager
def patched(
    module: Any, name: str, wrapper: Callable[[Callable[..., Any]], Callable[..., Any]]
) -> Iterator[None]:
    original = getattr(module, name)
    setattr(module, name, wrapper(original))
    try:
        yield
    finally:
        setattr(module, name, original)


def timing_into(split: Split, attr: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed_fn(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                setattr(split, attr, getattr(split, attr) + time.perf_counter() - t0)

        return timed_fn

    return wrap


def remove_project(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def run_import(conll: Path, project_path: Path) -> tuple[float, Split, Any]:
    """(total seconds, split, report) of import_annotations into a fresh default-schema project."""
    from annotator.core import importing, project_exchange
    from annotator.core.project import Project

    remove_project(project_path)
    project = Project.create(project_path)
    split = Split()
    try:
        with (
            patched(project_exchange, "read_documents", timing_into(split, "read")),
            patched(importing, "prepare", timing_into(split, "prepare")),
        ):
            t0 = time.perf_counter()
            report = project.import_annotations([conll], "conll", LAYER)
            total = time.perf_counter() - t0
    finally:
        project.close()
    return total, split, report


def plain_read(path: Path) -> list[list[str]]:
    """What any CoNLL loader must do: read, decode, split lines, split columns."""
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    return [line.split() for line in text.split("\n")]


def bare_inserts(db_path: Path, rows: list[tuple[int, int, int, int, int, None, None]]) -> None:
    """The same number of entity rows into a plain table, one executemany, one commit."""
    remove_project(db_path)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")  # as the project file
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(
        "CREATE TABLE entities (id INTEGER PRIMARY KEY, doc_id INTEGER, layer_id INTEGER, start INTEGER, "
        '"end" INTEGER, label_id INTEGER, attributes TEXT, kb_id TEXT)'
    )
    conn.execute("BEGIN")
    conn.executemany(
        'INSERT INTO entities (doc_id, layer_id, start, "end", label_id, attributes, kb_id) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    conn.close()


def run_export(project: Any, fmt: str, out: Path, docs: str = "") -> tuple[float, list[Path]]:
    from annotator.core.exporting import ExportRequest, export

    if out.exists():
        shutil.rmtree(out)
    t0 = time.perf_counter()
    report = export(project, ExportRequest(fmt, out, layer=LAYER, docs=docs))
    elapsed = time.perf_counter() - t0
    return elapsed, [f for f in report.files if f.name != "manifest.json"]


def export_peaks(project: Any, fmt: str, out: Path, docs: str) -> tuple[int, int, int]:
    """tracemalloc peaks until exporting._manifest is called and over the whole export; output bytes."""
    from annotator.core import exporting

    at_manifest: list[int] = []

    def mark(fn: Callable[..., Any]) -> Callable[..., Any]:
        def marked(*args: Any, **kwargs: Any) -> Any:
            at_manifest.append(tracemalloc.get_traced_memory()[1])
            return fn(*args, **kwargs)

        return marked

    tracemalloc.start()
    try:
        with patched(exporting, "_manifest", mark):
            _, produced = run_export(project, fmt, out, docs)
        whole = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return at_manifest[0], whole, sum(f.stat().st_size for f in produced)


def write_once(files: list[tuple[str, bytes]], folder: Path) -> None:
    for name, data in files:
        with open(folder / name, "wb") as handle:
            handle.write(data)


def write_lines(files: list[tuple[str, list[str]]], folder: Path) -> None:
    for name, lines in files:
        with open(folder / name, "w", encoding="utf-8", newline="\n") as handle:
            for line in lines:
                handle.write(line)


def profile_top(fn: Callable[[], object], title: str) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(15)
    header(f"profile: {title} (top 15 by cumulative time)")
    lines = buffer.getvalue().strip().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    print("\n".join(lines[start:]))


# -- main --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=550_000)
    parser.add_argument("--docs", type=int, default=None, help="default 1500 per 550k tokens")
    parser.add_argument("--entities", type=int, default=None, help="default 75,000 per 550k tokens")
    parser.add_argument("--nested", type=float, default=0.225, help="share of entities inside another")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print the profiles even when targets are met")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    scale = args.tokens / 550_000
    docs = max(4, round(1500 * scale)) if args.docs is None else args.docs
    entities = round(75_000 * scale) if args.entities is None else args.entities

    from annotator.core.project import Project

    header("set-up (not timed)")
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    try:
        t0 = time.perf_counter()
        (folder / "txt").mkdir()
        write_articles(folder / "txt", docs, args.tokens, rng)
        source = Project.create(folder / "source.annot")
        source.import_paths([folder / "txt"])
        doc_ids = source.document_ids()
        items = entity_spans(source, doc_ids, entities, args.nested, rng)
        for i in range(0, len(items), BATCH):
            source.add_entities_across(LAYER, items[i : i + BATCH], "set-up")
        n_tokens = sum(len(source.tokens(d)) for d in doc_ids)
        _, produced = run_export(source, "conll", folder / "input")
        conll = produced[0]
        conll_bytes = conll.read_bytes()
        lines = conll_bytes.decode("utf-8").split("\n")
        nested_lines = sum(1 for line in lines if len(line.split()) > 2)
        n_inner = _count_inner(items)
        print(
            f"corpus: {len(doc_ids)} documents, {n_tokens} tokens, {len(items)} entities "
            f"({n_inner} nested = {n_inner / len(items):.1%}) in layer {LAYER}"
        )
        print(
            f"conll input: {mib(len(conll_bytes))}, {len(lines)} lines, "
            f"{nested_lines} with a second tag column; "
            f"set-up {time.perf_counter() - t0:.0f} s"
        )

        # 1. import ----------------------------------------------------------------------------
        header("1. import of the conll file into a fresh project")
        rows = [(1 + i % len(doc_ids), 2, i, i + 5, 1 + i % 10, None, None) for i in range(len(items))]
        totals, reads, prepares, read_base, insert_base = [], [], [], [], []
        report = None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            table = plain_read(conll)
            read_base.append(time.perf_counter() - t0)
            del table
            t0 = time.perf_counter()
            bare_inserts(folder / "bare.db", rows)
            insert_base.append(time.perf_counter() - t0)
            total, split, report = run_import(conll, folder / "imported.annot")
            totals.append(total)
            reads.append(split.read)
            prepares.append(split.prepare)
        assert report is not None
        total, a, b = median(totals), median(reads), median(prepares)
        rest = median([t - r - p for t, r, p in zip(totals, reads, prepares, strict=True)])
        after = median([t - p for t, p in zip(totals, prepares, strict=True)])
        base_read, base_insert = median(read_base), median(insert_base)
        print(f"imported: {report.summary()}")
        print(f"import total             {total:7.2f} s")
        print(f"  (a) read_documents     {a:7.2f} s")
        print(f"  (b) prepare/tokenise   {b:7.2f} s")
        print(f"  (c) the rest           {rest:7.2f} s  (look-ups, validation, SQLite, oplog, checkpoint)")
        print(f"import after tokenisation (total - b) {after:.2f} s")
        print(f"baseline plain read      {base_read:7.2f} s  (open, read, decode, split lines and columns)")
        print(f"baseline bare inserts    {base_insert:7.2f} s  ({len(rows)} rows, one executemany)")
        ratio_read = after / base_read
        ratio_both = after / (base_read + base_insert)
        print(f"after tokenisation / plain read                = {ratio_read:.2f}x")
        print(f"after tokenisation / (plain read + bare inserts) = {ratio_both:.2f}x")
        print(verdict("import after tokenisation vs plain read", ratio_read, IMPORT_TARGET))
        print(verdict("import after tokenisation vs plain read + bare inserts", ratio_both, IMPORT_TARGET))
        import_met = ratio_both <= IMPORT_TARGET

        # 2. export ----------------------------------------------------------------------------
        header("2. export of layer bench")
        export_met = True
        for fmt in ("conll", "jsonl", "hf"):
            out = folder / f"out-{fmt}"
            times, once, by_line = [], [], []
            produced_files: list[Path] = []
            for _ in range(args.repeat):
                elapsed, produced_files = run_export(source, fmt, out)
                times.append(elapsed)
                data = [(f.name, f.read_bytes()) for f in produced_files]
                text_lines = [
                    (name, blob.decode("utf-8").splitlines(keepends=True))
                    for name, blob in data
                    if not name.endswith(".parquet")
                ] + [(name, [blob]) for name, blob in data if name.endswith(".parquet")]
                plain = folder / "plain"
                plain.mkdir(exist_ok=True)
                t0 = time.perf_counter()
                write_once(data, plain)
                once.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                _write_mixed(text_lines, plain)
                by_line.append(time.perf_counter() - t0)
                shutil.rmtree(plain)
            size = sum(f.stat().st_size for f in produced_files)
            e, w1, wl = median(times), median(once), median(by_line)
            names = ", ".join(f.name for f in produced_files)
            print(
                f"{fmt:5} {e:6.2f} s for {mib(size)} ({names}); plain write one call {w1:.3f} s, "
                f"line by line {wl:.3f} s"
            )
            print(f"      = {e / w1:.1f}x one write, {e / wl:.1f}x line by line")
            print(verdict(f"export {fmt} vs plain write (one call)", e / w1, EXPORT_TARGET))
            print(verdict(f"export {fmt} vs plain write (line by line)", e / wl, EXPORT_TARGET))
            if fmt == "conll":
                export_met = e / wl <= EXPORT_TARGET

        # 3. memory ----------------------------------------------------------------------------
        header("3. memory: tracemalloc peak during export (writers stream one document at a time)")
        print("peak while the writer streams (until the manifest), and over the whole export call")
        print(f"{'documents':>10} {'format':>6} {'output':>10} {'writing':>10} {'whole':>10}")
        peaks: dict[str, list[tuple[int, int]]] = {"conll": [], "jsonl": []}
        for fraction in (4, 2, 1):
            n = max(1, len(doc_ids) // fraction)
            spec = f"{doc_ids[0]}-{doc_ids[n - 1]}"
            for fmt in ("conll", "jsonl"):
                writing, whole, size = export_peaks(source, fmt, folder / f"mem-{fmt}", spec)
                peaks[fmt].append((writing, whole))
                print(f"{n:>10} {fmt:>6} {mib(size):>10} {mib(writing):>10} {mib(whole):>10}")
        for fmt, values in peaks.items():
            print(
                f"{fmt}: peak at N / peak at N/4 = {values[-1][0] / values[0][0]:.2f} writing, "
                f"{values[-1][1] / values[0][1]:.2f} whole export (the output grew 4x)"
            )

        # JSON as UTF-8 --------------------------------------------------------------------------
        header("jsonl: Arabic as UTF-8")
        _, produced_files = run_export(source, "jsonl", folder / "out-jsonl")
        blob = produced_files[0].read_bytes()
        escapes = blob.count(b"\\u06")
        ascii_size = sum(
            len(json.dumps(json.loads(line), ensure_ascii=True, separators=(",", ":"))) + 1
            for line in blob.decode("utf-8").splitlines()
        )
        print(f"documents.jsonl {mib(len(blob))}; '\\u06' escapes in it: {escapes}")
        print(
            f"the same records dumped with ensure_ascii=True: {mib(ascii_size)}"
            f" = {ascii_size / len(blob):.2f}x"
        )

        # profiles -------------------------------------------------------------------------------
        if args.profile or not import_met:
            from annotator.core.formats.base import ReadOptions
            from annotator.core.project_exchange import read_documents

            profile_top(
                lambda: read_documents([conll], "conll", ReadOptions()), "import part (a), read_documents"
            )
            _profile_import_rest(conll, folder / "profiled.annot")
        if args.profile or not export_met:
            profile_top(lambda: run_export(source, "conll", folder / "out-conll"), "conll export")
        source.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _write_mixed(files: list[tuple[str, list[Any]]], folder: Path) -> None:
    """Text files line by line; binary files (parquet) in one call."""
    for name, lines in files:
        if lines and isinstance(lines[0], bytes):
            write_once([(name, lines[0])], folder)
        else:
            write_lines([(name, lines)], folder)


def _count_inner(items: list[tuple[int, int, int, str]]) -> int:
    """Spans strictly inside another span of the same document."""
    inner = 0
    by_doc: dict[int, list[tuple[int, int]]] = {}
    for doc_id, start, end, _label in items:
        by_doc.setdefault(doc_id, []).append((start, end))
    for spans in by_doc.values():
        outer_end = -1
        outer_start = -1
        for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
            if outer_start <= start and end <= outer_end and (start, end) != (outer_start, outer_end):
                inner += 1
            else:
                outer_start, outer_end = start, end
    return inner


def _profile_import_rest(conll: Path, project_path: Path) -> None:
    """Profile import part (c) alone: read_documents and prepare replayed from a cache."""
    from annotator.core import importing, project_exchange
    from annotator.core.formats.base import ReadOptions
    from annotator.core.project import Project

    cached_read = project_exchange.read_documents([conll], "conll", ReadOptions())
    prepared: dict[str, Any] = {}
    for doc in cached_read[0]:
        prepared[doc.text] = importing.prepare(importing.Candidate(doc.text, doc.path, doc.line, {}, {}))
    remove_project(project_path)
    project = Project.create(project_path)

    def cached_prepare(_fn: Callable[..., Any]) -> Callable[..., Any]:
        def lookup(candidate: Any) -> Any:
            source_file = Path(candidate.path).name
            return replace(
                prepared[candidate.text], **candidate.fields, meta=candidate.meta, source_file=source_file
            )

        return lookup

    try:
        with (
            patched(project_exchange, "read_documents", lambda _fn: lambda *a, **k: cached_read),
            patched(importing, "prepare", cached_prepare),
        ):
            profile_top(lambda: project.import_annotations([conll], "conll", LAYER), "import part (c)")
    finally:
        project.close()


if __name__ == "__main__":
    main()

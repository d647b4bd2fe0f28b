"""Merging an annotator's copy with ~56k annotations back into the project, against plain SQLite.

Why: a reviewer merges each annotator's copy, often several times as newer copies arrive, and a
copy of a busy annotator holds tens of thousands of annotations. The merge reads the copy as
untrusted input (plain SELECTs on checked tables), validates every row against the schema and
the text, compares each document with the project's layer, and writes the difference as one
logged operation; re-merging an equal copy must be cheap, since it writes nothing. Figures
(medians of `--repeat` runs, baselines measured in the same run):

1. MERGE of the copy into a project whose layer is empty (every annotation is new): `merge()`
   on a fresh file copy of the project each run. Baselines: (a) reading the copy's rows of the
   layer and its documents' text with plain SELECTs (fetchall), and (b) that plus a bare SQLite
   `executemany` of as many rows into a plain table of a fresh file, one transaction.
   Target: merge <= 8x baseline (b): validation, the comparison and the operation log (the
   rows again, as JSON, for undo) are the extra work.
2. RE-MERGE of the same copy (every document unchanged, nothing written).
   Target: <= 3x reading the copy twice (baseline (a) for the copy, and as much again for the
   project's layer). Not less: the copy is untrusted, so every row is validated again in Python
   (about 2 us a row) before the comparison can call a document unchanged.
3. UNDO of the merge (one operation of ~56k rows), for information.

Set-up (not timed): `--docs` articles of ~`--tokens-per-doc` tokens from seed sentences; a copy
assigned to "bench" with `teams.assign`; in the copy, `--entities` single-token entities spread
evenly over the documents (`add_entities_across` in batches), 4 events per document (a
Conflict.Attack trigger with an Attacker argument) and 2 stances per document (holder an entity,
a schema target, one evidence span).

    .venv/bin/python benchmarks/bench_merge.py [--docs 500] [--entities 50000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import build_article, header, median, seed_sentences, token_counts, verdict

LAYER = "bench"
MERGE_TARGET = 8.0
REMERGE_TARGET = 3.0
LABELS = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "NUM")
AGENTS = ("PER", "ORG", "GPE", "NORP")
EVENTS_PER_DOC = 4
STANCES_PER_DOC = 2
BATCH = 10_000


def build_project(path: Path, docs: int, tokens_per_doc: int, rng: random.Random) -> None:
    from annotator.core.project import Project

    pool = seed_sentences()
    counts = token_counts(pool)
    with Project.create(path) as project:
        for i in range(docs):
            title = f"تقرير {i + 1}: " + " ".join(rng.choice(pool).split()[:6])
            text, _ = build_article(rng, pool, counts, tokens_per_doc, title)
            project.add_document(text, title=title)


def annotate_copy(copy_path: Path, n_entities: int, rng: random.Random) -> int:
    """Fill the copy's layer as an annotator would; returns the number of annotations."""
    from annotator.core.project import Project

    with Project.open(copy_path) as copy:
        doc_ids = copy.document_ids()
        per_doc = n_entities // len(doc_ids)
        items: list[tuple[int, int, int, str]] = []
        for doc_id in doc_ids:
            text, tokens = copy.document(doc_id).text, copy.tokens(doc_id)
            words = [t for t in tokens if text[t[0] : t[1]].isalpha()]
            for start, end in sorted(rng.sample(words, min(per_doc, len(words)))):
                items.append((doc_id, start, end, rng.choice(LABELS)))
        for i in range(0, len(items), BATCH):
            copy.add_entities_across(LAYER, items[i : i + BATCH])
        total = len(items)
        for doc_id in doc_ids:
            entities = copy.entities(doc_id, LAYER)
            agents = [e for e in entities if e.label in AGENTS] or entities[:1]
            tokens = copy.tokens(doc_id)
            for _ in range(EVENTS_PER_DOC):
                start, end = rng.choice(tokens)
                copy.add_event(
                    LAYER, doc_id, start, end, "Conflict.Attack", arguments=[("Attacker", agents[0].id)]
                )
            for _ in range(STANCES_PER_DOC):
                holder = rng.choice(entities)
                copy.add_stance(
                    LAYER, doc_id, "against", holder_entity_id=holder.id, target="syrian_government",
                    evidence=[(holder.start, holder.end)],
                )  # fmt: skip
            total += EVENTS_PER_DOC + STANCES_PER_DOC
    return total


def read_copy_rows(copy_path: Path) -> int:
    """Baseline (a): the copy's rows of the layer and the documents' text, plain SELECTs."""
    conn = sqlite3.connect(f"{copy_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (layer_id,) = conn.execute("SELECT id FROM layers WHERE name = ?", (LAYER,)).fetchone()
        n = len(conn.execute("SELECT id, content_hash, title, text FROM documents").fetchall())
        for sql in (
            'SELECT id, doc_id, start, "end", label_id, attributes, kb_id FROM entities WHERE layer_id = ?',
            'SELECT id, doc_id, type, start, "end", attributes, cluster FROM events WHERE layer_id = ?',
            "SELECT a.* FROM event_arguments a JOIN events e ON e.id = a.event_id WHERE e.layer_id = ?",
            "SELECT * FROM stances WHERE layer_id = ?",
            "SELECT v.* FROM stance_evidence v JOIN stances s ON s.id = v.stance_id WHERE s.layer_id = ?",
        ):
            n += len(conn.execute(sql, (layer_id,)).fetchall())
        return n
    finally:
        conn.close()


def bare_inserts(db_path: Path, n_rows: int) -> None:
    """Baseline (b), write half: as many rows into a plain table, one executemany, one commit."""
    conn = sqlite3.connect(db_path)
    conn.execute(
        'CREATE TABLE rows (id INTEGER PRIMARY KEY, doc_id INTEGER, layer_id INTEGER, start INTEGER, "end" '
        "INTEGER, label_id INTEGER, attributes TEXT, kb_id TEXT)"
    )
    with conn:
        conn.executemany(
            'INSERT INTO rows (doc_id, layer_id, start, "end", label_id, attributes, kb_id) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            ((i // 100, 2, i, i + 5, 1, None, None) for i in range(n_rows)),
        )
    conn.close()


def fresh_project(base: Path, work: Path) -> Path:
    target = work / "merge-run.annot"
    for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(base, target)
    return target


def timed_merge(project_path: Path, copy_path: Path) -> tuple[float, Any]:
    from annotator.core.project import Project
    from annotator.core.teams import merge

    with Project.open(project_path) as project:
        start = time.perf_counter()
        report = merge(project, [copy_path])
        return time.perf_counter() - start, report


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--entities", type=int, default=50_000)
    parser.add_argument("--tokens-per-doc", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(7)
    from annotator.core.project import Project
    from annotator.core.teams import assign

    with tempfile.TemporaryDirectory(prefix="bench-merge-") as tmp:
        work = Path(tmp)
        header("set-up (not timed)")
        t0 = time.perf_counter()
        base = work / "project.annot"
        build_project(base, args.docs, args.tokens_per_doc, rng)
        copy_path = work / "copy.annot"
        with Project.open(base) as project:
            assign(project, LAYER, copy_path)
        n_annotations = annotate_copy(copy_path, args.entities, rng)
        rows = read_copy_rows(copy_path)
        print(
            f"{args.docs} documents, {n_annotations} annotations in the copy ({rows} rows with arguments, "
            f"evidence and documents); set-up {time.perf_counter() - t0:.1f} s"
        )

        merges, reads, writes, remerges, undos = [], [], [], [], []
        for run in range(args.repeat):
            reads.append(_seconds(lambda: read_copy_rows(copy_path)))
            writes.append(_seconds(lambda path=work / f"bare-{run}.db": bare_inserts(path, rows)))
            target = fresh_project(base, work)
            seconds, report = timed_merge(target, copy_path)
            merges.append(seconds)
            entry = report.entries[0]
            assert entry.documents_merged == args.docs and not entry.refused, report.summary()
            seconds, report = timed_merge(target, copy_path)
            remerges.append(seconds)
            assert report.entries[0].documents_unchanged == args.docs and not report.changed
            with Project.open(target) as project:
                undos.append(_seconds(lambda: project.undo(LAYER)))

        read, write = median(reads), median(writes)
        merge_s, remerge_s = median(merges), median(remerges)
        header(f"1. merge of the copy into an empty layer ({n_annotations} annotations)")
        print(f"merge:                       {merge_s:8.3f} s")
        print(f"baseline (a) read the copy:  {read:8.3f} s")
        print(f"baseline (b) read + inserts: {read + write:8.3f} s  (bare executemany {write:.3f} s)")
        print(f"merge / (a): {merge_s / read:.2f}x")
        print(verdict("merge vs read + bare inserts", merge_s / (read + write), MERGE_TARGET))
        header("2. re-merge of the same copy (every document unchanged)")
        print(f"re-merge:                    {remerge_s:8.3f} s")
        print(
            verdict(
                "re-merge vs reading the copy twice (copy and layer)", remerge_s / (2 * read), REMERGE_TARGET
            )
        )
        header("3. undo of the merge (one operation)")
        print(f"undo:                        {median(undos):8.3f} s")


def _seconds(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()

"""Latency of one user operation (`Project.add_entity`) on a project that already holds 500k entities.

Why: every action an annotator takes is one operation (DESIGN.md invariant 2): one SQLite
transaction plus one persisted undo-log row, committed before the UI shows the result. On a big
project a slow commit is a visible hitch, and WAL checkpoints on a 500k-row table are known to
stall single commits by 8-21 ms (DESIGN.md). Targets: median latency at most 2x a bare
single-row INSERT + COMMIT on a table of the same shape and size, and no call over 16 ms (one
frame at 60 Hz).

Set-up (not timed): a project made with `Project.create`, ~1,000 short documents imported with
`import_paths`, then 500k entity rows bulk-inserted in one raw sqlite3 transaction (valid
document ids, layers, labels, spans inside the texts), then reopened with `Project.open`. The
baseline is a separate file opened with plain sqlite3 (WAL, synchronous=NORMAL, the project's
wal_autocheckpoint so both follow the same checkpoint policy) holding a 500k-row table with the
entities table's definition and index. The two are measured in alternating blocks of calls so
machine noise hits both. Afterwards: `undo` latency and a passive `checkpoint()`.

    .venv/bin/python benchmarks/bench_operation.py [--calls 2000] [--entities 500000] [--docs 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from _common import build_article, header, median, percentile, seed_sentences, token_counts, verdict

TARGET_RATIO = 2.0
FRAME_MS = 16.0
LABELS = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "WEA", "VEH", "DATE", "NUM")
LAYER = "bench"
BLOCK = 100  # calls per block; the two measurements alternate block by block

ENTITIES_DDL = """
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL,
    layer_id INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label_id INTEGER NOT NULL,
    attributes TEXT,
    kb_id TEXT,
    CHECK (start >= 0 AND "end" > start)
) STRICT
"""
ENTITIES_INDEX = "CREATE INDEX entities_by_document ON entities (doc_id, layer_id, start)"
INSERT_ENTITY = (
    'INSERT INTO entities (doc_id, layer_id, start, "end", label_id, attributes, kb_id) '
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def random_rows(
    rng: random.Random, n: int, lengths: dict[int, int], layer_ids: list[int], label_ids: list[int]
):
    doc_ids = list(lengths)
    for _ in range(n):
        doc_id = rng.choice(doc_ids)
        length = lengths[doc_id]
        start = rng.randrange(length - 1)
        end = min(length, start + rng.randint(2, 25))
        yield (doc_id, rng.choice(layer_ids), start, end, rng.choice(label_ids), None, None)


def build_project(workdir: Path, docs: int, entities: int, rng: random.Random) -> tuple[Path, dict[int, int]]:
    """A project with `docs` short documents and `entities` entity rows; returns (path, lengths)."""
    from annotator.core.project import Project

    folder = workdir / "docs"
    folder.mkdir()
    pool = seed_sentences()
    counts = token_counts(pool)
    for i in range(docs):
        text, _ = build_article(rng, pool, counts, 120, f"خبر {i + 1}")
        (folder / f"doc_{i:05d}.txt").write_text(text, encoding="utf-8")
    path = workdir / "big.annot"
    with Project.create(path) as project:
        report = project.import_paths([folder])
        project.add_annotator(LAYER)
        project.add_annotator("other")
        lengths = {doc_id: len(project.document(doc_id).text) for doc_id in report.added}
    shutil.rmtree(folder)

    conn = sqlite3.connect(path, isolation_level=None)
    layer_ids = [r[0] for r in conn.execute("SELECT id FROM layers WHERE name IN (?, ?)", (LAYER, "other"))]
    label_ids = [r[0] for r in conn.execute("SELECT id FROM labels")]
    conn.execute("BEGIN")
    conn.executemany(INSERT_ENTITY, random_rows(rng, entities, lengths, layer_ids, label_ids))
    conn.execute("COMMIT")
    conn.close()
    return path, lengths


def build_baseline(workdir: Path, entities: int, lengths: dict[int, int], rng: random.Random) -> Path:
    path = workdir / "baseline.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(ENTITIES_DDL)
    conn.execute(ENTITIES_INDEX)
    conn.execute("BEGIN")
    conn.executemany(INSERT_ENTITY, random_rows(rng, entities, lengths, [2, 3], list(range(1, 11))))
    conn.execute("COMMIT")
    conn.close()
    return path


def open_baseline(path: Path) -> sqlite3.Connection:
    from annotator.core.storage.connection import WAL_AUTOCHECKPOINT_PAGES

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    return conn


class SameStatements:
    """The SQL of one add_entity on a raw sqlite3 connection (a copy of the project file).

    BEGIN IMMEDIATE; INSERT the entity; SELECT its document's status (INSERT it the first time);
    INSERT the undo-log row with a JSON payload like the project's; COMMIT. Same pragmas as the
    project (foreign keys on). The gap between this and add_entity is Python overhead; the gap
    between this and the bare baseline is what the operation's extra SQL costs.
    """

    def __init__(self, path: Path, layer_id: int, autocheckpoint: int | None = None) -> None:
        from annotator.core.storage.connection import WAL_AUTOCHECKPOINT_PAGES

        if autocheckpoint is None:
            autocheckpoint = WAL_AUTOCHECKPOINT_PAGES
        self.conn = sqlite3.connect(path, isolation_level=None)
        for pragma in (
            "trusted_schema=OFF",
            "foreign_keys=ON",
            "journal_mode=WAL",
            "synchronous=NORMAL",
            f"wal_autocheckpoint={autocheckpoint}",
        ):
            self.conn.execute(f"PRAGMA {pragma}")
        self.layer_id = layer_id

    def __call__(self, doc_id: int, start: int, end: int, label_id: int) -> None:
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        row = {
            "doc_id": doc_id,
            "layer_id": self.layer_id,
            "start": start,
            "end": end,
            "label_id": label_id,
            "attributes": None,
            "kb_id": None,
        }
        cur = conn.execute(INSERT_ENTITY, tuple(row.values()))
        changes: list[list[object]] = [["entities", None, {"id": cur.lastrowid, **row}]]
        status = conn.execute(
            "SELECT status, seconds, updated_at FROM doc_status WHERE doc_id = ? AND layer_id = ?",
            (doc_id, self.layer_id),
        ).fetchone()
        if status is None:
            after = (doc_id, self.layer_id, "in_progress", 0.0, "2020-01-01T00:00:00Z")
            conn.execute("INSERT INTO doc_status VALUES (?, ?, ?, ?, ?)", after)
            changes.append(
                ["doc_status", None, dict(zip(("doc_id", "layer_id", "status"), after, strict=False))]
            )
        conn.execute(
            "INSERT INTO operations (layer_id, name, kind, state, changes, created_at) "
            "VALUES (?, ?, 'op', 'done', ?, ?)",
            (self.layer_id, "add PER", json.dumps(changes, separators=(",", ":")), time.time()),
        )
        conn.execute("COMMIT")


def checkpoint_off_the_write_path(path: Path, layer_id: int, calls: list[tuple[int, int, int, int]]) -> None:
    """Candidate fix for the stall: no autocheckpoint on the writing connection; a second
    connection in a background thread runs PASSIVE checkpoints (every 20 ms here, far more often
    than an app would need) while the same SQL as add_entity runs on the first one."""
    writer = SameStatements(path, layer_id, autocheckpoint=0)
    stop = threading.Event()
    done: list[float] = []

    def checkpointer() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            while not stop.wait(0.02):
                t0 = time.perf_counter()
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                done.append((time.perf_counter() - t0) * 1000)
        finally:
            conn.close()

    thread = threading.Thread(target=checkpointer, daemon=True)
    latencies: list[int] = []
    try:
        thread.start()
        for doc_id, start, end, label_id in calls:
            t0 = time.perf_counter_ns()
            writer(doc_id, start, end, label_id)
            latencies.append(time.perf_counter_ns() - t0)
            time.sleep(0)  # let the checkpointer run between operations, as user think-time would
    finally:
        stop.set()
        thread.join()
        writer.conn.close()
    header("Candidate fix: checkpoint off the write path (same SQL, raw sqlite3, fresh copy of the project)")
    print_table([describe("same SQL, background PASSIVE checkpoints", latencies)])
    if done:
        print(f"background checkpoints: {len(done)}, median {median(done):.1f} ms, max {max(done):.1f} ms")


def wal_generation(path: Path) -> bytes:
    """The WAL header's checkpoint sequence number and salts: they change when the WAL is reset."""
    try:
        with open(str(path) + "-wal", "rb") as f:
            return f.read(24)[12:24]
    except FileNotFoundError:
        return b""


def describe(name: str, ns: list[int]) -> list[str]:
    ms = [v / 1e6 for v in ns]
    return [
        name,
        f"{median(ms):.3f}",
        f"{percentile(ms, 90):.3f}",
        f"{percentile(ms, 99):.3f}",
        f"{max(ms):.2f}",
        str(sum(1 for v in ms if v > FRAME_MS)),
    ]


def print_table(rows: list[list[str]]) -> None:
    head = ["", "median ms", "p90 ms", "p99 ms", "max ms", f"> {FRAME_MS:g} ms"]
    widths = [max(len(r[i]) for r in [head, *rows]) + 2 for i in range(len(head))]
    for row in [head, *rows]:
        print(row[0].ljust(widths[0]) + "".join(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)))


def show_statements(project_path: Path, doc_id: int) -> None:
    """Print the SQL statements one add_entity runs (diagnostic; uses a private attribute)."""
    from annotator.core.project import Project

    project = Project.open(project_path)
    statements: list[str] = []
    try:
        project._conn.set_trace_callback(statements.append)
        project.add_entity("trace", doc_id, 0, 2, "PER")
        project.add_entity("trace", doc_id, 2, 4, "ORG")
        statements.clear()
        project.add_entity("trace", doc_id, 4, 6, "GPE")
        project._conn.set_trace_callback(None)
    finally:
        project.close()
    print(f"SQL statements in one add_entity (third call on a document): {len(statements)}")
    for s in statements:
        print("   ", " ".join(s.split())[:120])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000, help="add_entity calls (default 2000)")
    parser.add_argument("--entities", type=int, default=500_000, help="entities already there (default 500k)")
    parser.add_argument("--docs", type=int, default=1000, help="documents in the project (default 1000)")
    parser.add_argument("--undo", type=int, default=200, help="undo calls timed after the run (default 200)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from annotator.core.project import Project

    rng = random.Random(args.seed)
    workdir = Path(tempfile.mkdtemp(prefix="annotator-bench-operation-"))
    try:
        started = time.perf_counter()
        project_path, lengths = build_project(workdir, args.docs, args.entities, rng)
        base_path = build_baseline(workdir, args.entities, lengths, rng)
        replica_path = workdir / "replica.annot"
        trace_path = workdir / "trace.annot"
        shutil.copyfile(project_path, replica_path)
        shutil.copyfile(project_path, trace_path)
        fix_path = workdir / "fix.annot"
        shutil.copyfile(project_path, fix_path)
        print(
            f"set-up: {len(lengths)} documents, {args.entities:,} entities; project file "
            f"{project_path.stat().st_size / 2**20:.1f} MiB, baseline file "
            f"{base_path.stat().st_size / 2**20:.1f} MiB ({time.perf_counter() - started:.1f} s)"
        )
        show_statements(trace_path, next(iter(lengths)))

        # The calls: spans inside the texts, documents and labels at random.
        doc_ids = list(lengths)
        calls = []
        for _ in range(args.calls):
            doc_id = rng.choice(doc_ids)
            start = rng.randrange(lengths[doc_id] - 1)
            end = min(lengths[doc_id], start + rng.randint(2, 25))
            calls.append((doc_id, start, end, rng.choice(LABELS)))

        project = Project.open(project_path)
        base = open_baseline(base_path)
        layer_id = sqlite3.connect(replica_path).execute("SELECT id FROM layers WHERE name = ?", (LAYER,))
        same_sql = SameStatements(replica_path, layer_id.fetchone()[0])
        label_id = {key: i + 1 for i, key in enumerate(LABELS)}
        times: dict[str, list[int]] = {"project": [], "same_sql": [], "base": []}
        resets: list[int] = []  # add_entity calls after which the project's WAL had been reset
        clock = time.perf_counter_ns
        try:
            # Warm-up outside the figures: first operation of the layer (redo-stack clear), caches.
            project.add_entity(LAYER, doc_ids[0], 0, 2, "PER")
            project.undo(LAYER)
            generation = wal_generation(project_path)
            kinds = list(times)
            for block_no, lo in enumerate(range(0, args.calls, BLOCK)):
                block = calls[lo : lo + BLOCK]
                for which in kinds[block_no % 3 :] + kinds[: block_no % 3]:  # rotate the order
                    out = times[which]
                    for doc_id, start, end, label in block:
                        if which == "project":
                            t0 = clock()
                            project.add_entity(LAYER, doc_id, start, end, label)
                            out.append(clock() - t0)
                            now = wal_generation(project_path)
                            if now != generation:
                                resets.append(len(out) - 1)
                                generation = now
                        elif which == "same_sql":
                            t0 = clock()
                            same_sql(doc_id, start, end, label_id[label])
                            out.append(clock() - t0)
                        else:
                            t0 = clock()
                            base.execute("BEGIN IMMEDIATE")
                            base.execute(INSERT_ENTITY, (doc_id, 2, start, end, label_id[label], None, None))
                            base.execute("COMMIT")
                            out.append(clock() - t0)
            wal_sizes = {
                name: Path(str(path) + "-wal").stat().st_size
                for name, path in (
                    ("project", project_path),
                    ("same SQL", replica_path),
                    ("baseline", base_path),
                )
            }

            undo_ns = []
            for _ in range(args.undo):
                t0 = clock()
                project.undo(LAYER)
                undo_ns.append(clock() - t0)

            t0 = clock()
            project.checkpoint()
            checkpoint_ms = (clock() - t0) / 1e6
            t0 = clock()
            base.execute("PRAGMA wal_checkpoint(PASSIVE)")
            base_checkpoint_ms = (clock() - t0) / 1e6
        finally:
            project.close()
            base.close()
            same_sql.conn.close()

        header(f"{args.calls} single operations on {args.entities:,} entities (rotating blocks of {BLOCK})")
        project_ns, base_ns = times["project"], times["base"]
        print_table(
            [
                describe("Project.add_entity", project_ns),
                describe("same SQL, raw sqlite3", times["same_sql"]),
                describe("baseline INSERT + COMMIT", base_ns),
                describe(f"Project.undo (x{args.undo}, after)", undo_ns),
            ]
        )
        for name, ns in (("add_entity", project_ns), ("same SQL", times["same_sql"]), ("baseline", base_ns)):
            slow = [(i, v / 1e6) for i, v in enumerate(ns) if v / 1e6 > FRAME_MS]
            if slow:
                shown = ", ".join(f"#{i} {ms:.1f} ms" for i, ms in slow[:10])
                print(f"{name} calls over {FRAME_MS:g} ms: {shown}{' ...' if len(slow) > 10 else ''}")
        print(
            "project WAL reset (an autocheckpoint completed) after add_entity call: "
            + (", ".join(f"#{i}" for i in resets) or "none")
        )
        per_call = ", ".join(f"{name} {size / args.calls / 1024:.1f} KiB" for name, size in wal_sizes.items())
        print(f"WAL written per call (file size / calls, before any reset): {per_call}")
        print(
            f"passive checkpoint after the run: project {checkpoint_ms:.1f} ms, "
            f"baseline {base_checkpoint_ms:.1f} ms"
        )
        print(
            f"median split: SQL of the operation {median(times['same_sql']) / 1e3:.0f} us "
            f"(bare insert {median(base_ns) / 1e3:.0f} us), Python around it "
            f"{(median(project_ns) - median(times['same_sql'])) / 1e3:.0f} us"
        )
        print(
            verdict("add_entity median / baseline median", median(project_ns) / median(base_ns), TARGET_RATIO)
        )
        over = sum(1 for v in project_ns if v / 1e6 > FRAME_MS)
        print(
            f"add_entity calls over {FRAME_MS:g} ms: {over} of {len(project_ns)} "
            f"(target none: {'met' if over == 0 else 'NOT met'})"
        )
        layer = sqlite3.connect(fix_path).execute("SELECT id FROM layers WHERE name = ?", (LAYER,)).fetchone()
        checkpoint_off_the_write_path(fix_path, layer[0], [(d, a, b, label_id[x]) for d, a, b, x in calls])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Run every benchmark at its default size, one after the other, and print their outputs.

Why: one command gives the lead all the figures and verdicts of a build, measured on the same
machine in one sitting. Each benchmark runs in its own process (so one's imports, caches and
temporary files cannot affect the next) with this interpreter; the verdict lines are repeated
at the end. Extra arguments are not passed on: run a script directly for a larger size.

    .venv/bin/python benchmarks/run_all.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = (
    "bench_import.py",
    "bench_operation.py",
    "bench_cli_startup.py",
    "bench_search.py",
    "bench_document_list.py",
    "bench_gui.py",
    "bench_events.py",
    "bench_exchange.py",
    "bench_merge.py",
    "bench_agreement.py",
)
VERDICT_WORDS = ("target", "NOT met")


def main() -> int:
    verdicts: list[str] = []
    failed: list[str] = []
    started = time.perf_counter()
    for name in SCRIPTS:
        title = f"== {name} "
        print(title + "=" * max(0, 100 - len(title)), flush=True)
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(HERE / name)],
            cwd=HERE.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            print(line, end="", flush=True)
            if any(word in line for word in VERDICT_WORDS):
                verdicts.append(f"{name}: {line.strip()}")
        status = proc.wait()
        print(f"-- {name}: {time.perf_counter() - t0:.0f} s, exit status {status}\n", flush=True)
        if status != 0:
            failed.append(name)

    print("== verdicts " + "=" * 88)
    for line in verdicts:
        print(line)
    if failed:
        print(f"FAILED: {', '.join(failed)}")
    print(f"total {time.perf_counter() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up time of the command line: `annotator docs PROJECT` on a small project.

Why: start-up is imports (DESIGN.md: camel-tools' tokenizer module ~0.45 s, sqlite-utils ~0.3 s
when it drags in pandas), and a command a script calls in a loop must not pay for modules it
does not use. `annotator docs` only reads a few rows, so it should cost little more than starting
Python and importing sqlite3. No numeric target is set: the ratios are reported.

Processes timed (15 runs each, interleaved round-robin in a shuffled order per round, medians):
`annotator docs PATH` (the console script), `python -m annotator docs PATH`, `python -c "import
sqlite3"` and `python -c pass`. The project is the sample project built by `annotator demo PATH`
in a temporary folder. Then `python -X importtime -m annotator docs PATH` shows the ten imports
with the largest cumulative time, so the cost can be traced to a module.

    .venv/bin/python benchmarks/bench_cli_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import header, median

VENV_BIN = Path(sys.executable).parent


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


def import_times(cmd: list[str], env: dict[str, str]) -> list[tuple[int, int, str]]:
    """(cumulative us, self us, module as printed with its nesting) for every import."""
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative_us, name = line.removeprefix("import time:").split("|", 2)
        rows.append((int(cumulative_us), int(self_us), name.rstrip()))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    python = str(VENV_BIN / "python")
    script = str(VENV_BIN / "annotator")
    if not Path(script).exists():
        sys.exit(f"{script} is missing: install the project into the virtualenv (pip install -e .)")
    # No terminal-specific behaviour, no user config: the same environment for every command.
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNOTATOR_")}
    env["PYTHONDONTWRITEBYTECODE"] = "0"

    workdir = Path(tempfile.mkdtemp(prefix="annotator-bench-cli-"))
    try:
        project = str(workdir / "sample.annot")
        subprocess.run([script, "demo", project], stdout=subprocess.DEVNULL, env=env, check=True)
        commands = {
            "annotator docs PATH": [script, "docs", project],
            "python -m annotator docs PATH": [python, "-m", "annotator", "docs", project],
            'python -c "import sqlite3"': [python, "-c", "import sqlite3"],
            "python -c pass": [python, "-c", "pass"],
        }
        for cmd in commands.values():  # warm the OS cache and the .pyc files
            run_once(cmd, env)

        rng = random.Random(args.seed)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            order = list(commands)
            rng.shuffle(order)
            for name in order:
                times[name].append(run_once(commands[name], env))

        header(f"Process start-up, {args.runs} runs each, interleaved (medians)")
        bare = median(times["python -c pass"])
        with_sqlite = median(times['python -c "import sqlite3"'])
        print(f"{'command':<32}{'median ms':>10}{'min ms':>9}{'x pass':>9}{'x sqlite3':>11}")
        for name, values in times.items():
            m = median(values)
            ratios = f"{m / bare:>9.2f}{m / with_sqlite:>11.2f}"
            print(f"{name:<32}{m * 1000:>10.0f}{min(values) * 1000:>9.0f}{ratios}")
        docs = median(times["annotator docs PATH"])
        print(
            f'annotator docs: {docs / with_sqlite:.2f}x `python -c "import sqlite3"` '
            f"({(docs - with_sqlite) * 1000:.0f} ms more); no numeric target set"
        )

        rows = import_times([python, "-X", "importtime", "-m", "annotator", "docs", project], env)
        header("Top 10 cumulative imports of `python -X importtime -m annotator docs PATH`")
        print(f"{'cumulative ms':>14}{'self ms':>9}  module (indent = import nesting depth)")
        for cumulative, self_us, name in sorted(rows, reverse=True)[:10]:
            print(f"{cumulative / 1000:>14.1f}{self_us / 1000:>9.1f}  {name}")
        total = sum(self_us for _, self_us, _ in rows)
        print(f"all imports: {total / 1000:.0f} ms (sum of self times, {len(rows)} modules)")
        heavy = [
            n.strip() for _, _, n in rows if n.strip().split(".")[0] in ("camel_tools", "pandas", "numpy")
        ]
        if heavy:
            print(f"note: heavy packages imported by `docs`: {', '.join(sorted(set(heavy))[:8])}")
        else:
            print("no camel_tools, pandas, numpy, torch or PySide6 module is imported by `docs`")
        print("selected imports, cumulative ms (where they are imported from the top level or nested):")
        for root in ("sqlite_utils", "yaml", "click", "annotator.core.schema", "annotator.core.importing"):
            found = [c for c, _, n in rows if n.strip() == root]
            if found:
                print(f"  {root:<28}{found[0] / 1000:>7.1f} ms")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

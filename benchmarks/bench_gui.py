"""GUI speed: start-up, opening a long document, adding one span, scrolling; each against bare Qt.

Why: the annotator's day is opening articles, labelling words and scrolling. The document view
paints span overlays under the glyphs of the visible blocks (DESIGN.md invariant 5,
../shared/NOTES-document-view.md); every label is a project operation committed before the
screen shows it (invariant 2). A prototype measured 1.16x bare Qt to open 50k words with 5k
spans and 0.73 ms to add a span; this script measures the real widgets, in one run, with the
baselines interleaved (offscreen, bundled Noto Sans Arabic).

1. Start-up (target ≤ 1.5x): a fresh process that imports annotator.ui.main_window, opens the
   sample project (`annotator demo PATH`: 3 articles), builds MainWindow, shows it and stops the
   clock after the document view's first paint, against a process showing an empty
   QMainWindow. Timed by the parent around `subprocess.run` (interpreter start included; the
   children leave with os._exit right after the paint) and by the child from the top of its
   script. Also the real start, `annotator gui PATH` through `annotator.ui.app.run`: time to the
   placeholder's first paint and to the main window's.
2. Open a ~50k-word article with 5k token-aligned spans (nested, after a proclitic, on S-400 /
   إف-35) to first paint, target ≤ 1.2x: `show_document` + `viewport().repaint()` (tokens and
   spans precomputed) against a bare read-only QPlainTextEdit with the same font and RTL text
   option, `setPlainText` + `viewport().repaint()`. Both 1000x800 and shown; a second bare
   widget measures the noise.
3. Add one span on a 10k-word document with 2k entities, key press to repaint, target < 16 ms
   median: a real MainWindow on a project holding that document (entities added with one
   `add_entities` operation); a word is selected with `set_selection`, then `QTest.keyClick(view,
   "3")` (label GPE: keyPressEvent, edit_requested, add_entity's committed transaction,
   add_span) and `processEvents()` until the window has painted. Fresh words each time (the
   entity count drifts up by the number of presses); at most --presses presses within
   --add-budget seconds. Interleaved with the view alone (`add_span` + paint) and a bare
   QPlainTextEdit page repaint. Then where the time of a key press goes (the steps of
   `MainWindow._apply_changes`, timed inside real presses), and undo.
4. Paging down through the whole 50k-word / 5k-span document: per step `triggerAction(page
   step)` + `viewport().repaint()`, against the bare QPlainTextEdit, two passes.

Candidate fixes are measured next to the figures they would change (benchmarks never change the
app): run() loading the project only after the placeholder has painted, a cheaper
`DocumentView.set_spans`, and the annotation panel as a QTableView over an item model.
Everything lives in a temporary folder (projects, Qt settings of the child processes).

    .venv/bin/python benchmarks/bench_gui.py [--startup-runs 7] [--open-runs 11] [--presses 200]
        [--add-budget 100] [--sections 1234]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from _common import SAMPLE_ARTICLES, header, median, percentile, verdict

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QWidget

    from annotator.ui.document_view import DocumentView, ShownSpan

VENV_BIN = Path(sys.executable).parent
STARTUP_TARGET = 1.5
OPEN_TARGET = 1.2
FRAME_MS = 16.0
VIEW_SIZE = (1000, 800)
WINDOW_SIZE = (1280, 800)
LAYER = "bench"
PROCLITICS = "وفبل"
LETTER = re.compile(r"[^\W\d_]")
MIXED_WORD = re.compile(r"[A-Za-z\u0621-\u064a]+-[0-9]+")

# -- child processes for start-up ------------------------------------------------------------

# Each child prints one JSON line of {phase: ms since the top of its script} and leaves with
# os._exit right after its first paint, so no variant pays for tearing Qt down.
CHILD_PRELUDE = """\
import time
T0 = time.perf_counter()
import json, os, sys
MARKS = {}
def mark(name):
    MARKS[name] = (time.perf_counter() - T0) * 1000
def finish():
    mark("painted")
    print(json.dumps(MARKS), flush=True)
    os._exit(0)
"""

CHILD_BARE = (
    CHILD_PRELUDE
    + """\
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
mark("imports")
app = QApplication(sys.argv[:1])
mark("qapplication")

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint_event" not in MARKS:
            mark("paint_event")
            QTimer.singleShot(0, finish)  # runs once the paint has finished
        return False

window = QMainWindow()
window.resize(1280, 800)
watch = Watch()
window.installEventFilter(watch)
window.show()
mark("shown")
app.exec()
"""
)

CHILD_MAIN_WINDOW = (
    CHILD_PRELUDE
    + """\
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from annotator.core.project import Project
from annotator.ui.main_window import MainWindow
mark("imports")
app = QApplication(sys.argv[:1])
mark("qapplication")
project = Project.open(sys.argv[1])
mark("project_open")

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint_event" not in MARKS:
            mark("paint_event")
            QTimer.singleShot(0, finish)
        return False

window = MainWindow(project, sys.argv[2], QSettings(sys.argv[3], QSettings.Format.IniFormat))
mark("main_window")
window.resize(1280, 800)
watch = Watch()
window.view.viewport().installEventFilter(watch)
window.show()
mark("shown")
app.exec()
"""
)

# `annotator gui PATH` as the console script runs it (click, then annotator.ui.app.run). No
# application-wide event filter (a Python call per event would add ~50 ms): a 0 ms timer queued
# before run() fires first in its event loop and watches the placeholder; the one it queues fires
# after run()'s own load() and watches the new main window's document view.
CHILD_RUN = (
    CHILD_PRELUDE
    + """\
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if obj.objectName() == "placeholder" and "placeholder_paint" not in MARKS:
                mark("placeholder_paint")
            elif obj.objectName() == "viewport" and "paint_event" not in MARKS:
                mark("paint_event")
                QTimer.singleShot(0, finish)
        return False

watch = Watch()

def watch_placeholder():
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ in ("QWidget", "_Placeholder") and widget.isVisible():
            widget.setObjectName("placeholder")
            widget.installEventFilter(watch)
    QTimer.singleShot(0, watch_main_window)

def watch_main_window():
    # run() loads the project after the placeholder's first paint: wait for the main window.
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if not windows:
        QTimer.singleShot(1, watch_main_window)
        return
    mark("load_returned")
    for widget in windows:
        widget.view.viewport().setObjectName("viewport")
        widget.view.viewport().installEventFilter(watch)
        # Its first paint may already have happened in the iteration that showed it: ask for
        # one more (this can only make the measured time longer, never shorter).
        widget.view.viewport().update()

QTimer.singleShot(0, watch_placeholder)
from annotator.cli import main
main(["gui", sys.argv[1]])
"""
)

# Candidate fixes for run(), measured here only (benchmarks never change the app): the same steps
# as annotator gui PATH, but load() is queued from the placeholder's first paint, not before it;
# with "early" as the second argument the annotator modules are also imported only after that
# paint (the placeholder needs PySide6 alone).
CHILD_RUN_CANDIDATE = (
    CHILD_PRELUDE
    + """\
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
EARLY = sys.argv[2:] == ["early"]
holder = []

def prepare():
    global ui_app, settings
    import annotator.cli  # what `annotator gui` has imported by the time run() starts
    from annotator.ui import app as ui_app
    from annotator.ui.i18n import install_language
    settings = ui_app._settings()
    install_language(app, str(settings.value("language", "en")))

def load():
    if EARLY:
        prepare()
    window = ui_app.open_project_window(ui_app._initial_project(sys.argv[1], settings), settings)
    splash.close()
    window.resize(1280, 800)
    window.view.viewport().installEventFilter(watch)
    window.show()
    holder.append(window)

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if "placeholder_paint" not in MARKS:
                mark("placeholder_paint")
                QTimer.singleShot(0, load)  # after the placeholder is on screen
            elif obj is not splash and "paint_event" not in MARKS:
                mark("paint_event")
                QTimer.singleShot(0, finish)
        return False

app = QApplication(sys.argv[:1])
app.setApplicationName("annotator")
app.setOrganizationName("annotator")
if not EARLY:
    prepare()
watch = Watch()
splash = QWidget()
splash.setWindowTitle("annotator")
splash.resize(1280, 800)
splash.installEventFilter(watch)
splash.show()
app.exec()
"""
)


def run_child(cmd: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """(parent's wall seconds around the process, the child's marks in ms)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    wall = time.perf_counter() - start
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        sys.exit(f"child {cmd} failed ({done.returncode}):\n{done.stdout}\n{done.stderr[-2000:]}")
    return wall, json.loads(lines[-1])


def spread(values: Sequence[float], scale: float = 1.0, fmt: str = ".1f") -> str:
    """'median [min–max]' of values times scale."""
    return f"{median(values) * scale:{fmt}} [{min(values) * scale:{fmt}}–{max(values) * scale:{fmt}}]"


def bench_startup(workdir: Path, runs: int, rng: random.Random) -> list[str]:
    project = workdir / "sample.annot"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNOTATOR_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(workdir / "config"),  # the children's QSettings stay in the temp folder
        XDG_DATA_HOME=str(workdir / "data"),
        ANNOTATOR_NAME="sample",  # the sample project's layer: no name dialog
    )
    subprocess.run(
        [str(VENV_BIN / "annotator"), "demo", str(project)], stdout=subprocess.DEVNULL, env=env, check=True
    )
    python = sys.executable
    scripts = {}
    for name, source in (
        ("bare", CHILD_BARE),
        ("main", CHILD_MAIN_WINDOW),
        ("run", CHILD_RUN),
        ("candidate", CHILD_RUN_CANDIDATE),
    ):
        scripts[name] = workdir / f"child_{name}.py"
        scripts[name].write_text(source, encoding="utf-8")
    settings = str(workdir / "child_settings.ini")
    commands = {
        "bare QApplication + empty QMainWindow": [python, str(scripts["bare"])],
        "MainWindow on the sample project": [python, str(scripts["main"]), str(project), "sample", settings],
        "annotator gui PATH (app.run)": [python, str(scripts["run"]), str(project)],
        "candidate: load after placeholder paint": [python, str(scripts["candidate"]), str(project)],
        "candidate: and import after it": [python, str(scripts["candidate"]), str(project), "early"],
    }
    for cmd in commands.values():  # warm the OS cache and the .pyc files
        run_child(cmd, env)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    marks: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        order = list(commands)
        rng.shuffle(order)
        for name in order:
            wall, child = run_child(commands[name], env)
            walls[name].append(wall)
            marks[name].append(child)

    bare, main = "bare QApplication + empty QMainWindow", "MainWindow on the sample project"
    header(f"1. Start-up to first paint, fresh processes ({runs} runs each, interleaved; median [min–max])")
    print(f"{'process':<40}{'parent wall ms':>24}{'child, from script top ms':>30}")
    for name in commands:
        child_ms = [m["painted"] for m in marks[name]]
        print(f"{name:<40}{spread(walls[name], 1000):>24}{spread(child_ms):>30}")
    wall_ratio = [m / b for m, b in zip(walls[main], walls[bare], strict=True)]
    child_ratio = [m["painted"] / b["painted"] for m, b in zip(marks[main], marks[bare], strict=True)]
    extra = median(walls[main]) - median(walls[bare])
    child_main, child_bare = (median([m["painted"] for m in marks[name]]) for name in (main, bare))
    print(
        f"MainWindow / bare: wall {median(walls[main]) / median(walls[bare]):.2f}x "
        f"(per round {min(wall_ratio):.2f}–{max(wall_ratio):.2f}), +{extra * 1000:.0f} ms; "
        f"child clock {child_main / child_bare:.2f}x "
        f"(per round {min(child_ratio):.2f}–{max(child_ratio):.2f})"
    )
    print("phases of the MainWindow child (ms from the top of its script, medians; bare in brackets):")
    phases = ("imports", "qapplication", "project_open", "main_window", "shown", "paint_event", "painted")
    previous = 0.0
    for phase in phases:
        at = median([m[phase] for m in marks[main]])
        bare_at = median([m[phase] for m in marks[bare]]) if phase in marks[bare][0] else None
        bare_txt = f"  [{bare_at:.0f}]" if bare_at is not None else ""
        print(f"  {phase:<14}{at:>8.0f}  (+{at - previous:.0f}){bare_txt}")
        previous = at
    bare_paint = median([m["paint_event"] for m in marks[bare]])
    for run_name in list(commands)[2:]:
        placeholder = [m["placeholder_paint"] for m in marks[run_name] if "placeholder_paint" in m]
        print(
            f"{run_name}: main window painted at {spread([m['painted'] for m in marks[run_name]])} ms "
            f"(child clock)"
        )
        if placeholder:
            print(
                f"  placeholder's first paint event at {spread(placeholder)} ms in {len(placeholder)} of "
                f"{runs} runs: {median(placeholder) / bare_paint:.2f}x the empty QMainWindow's "
                f"({bare_paint:.0f} ms)"
            )
        else:
            print(
                f"  the placeholder window was never painted in {runs} runs: run() queues load() with a "
                "0 ms timer, which runs before the placeholder's first paint"
            )
    # Where the MainWindow child's time goes: its imports.
    done = subprocess.run(
        [python, "-X", "importtime", *commands[main][1:]], capture_output=True, text=True, env=env, check=True
    )
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "cumulative" not in line:
            _self_us, cumulative_us, module = line.removeprefix("import time:").split("|", 2)
            rows.append((int(cumulative_us), module.rstrip()))
    print("top-level imports of the MainWindow child by cumulative ms (one run, -X importtime):")
    top_level = [(c, m) for c, m in rows if not m.startswith("   ")]
    for cumulative, module in sorted(top_level, reverse=True)[:6]:
        print(f"  {cumulative / 1000:>7.1f}  {module.strip()}")
    heavy = sorted({m.strip().split(".")[0] for _, m in rows} & {"camel_tools", "torch", "pandas", "numpy"})
    print(f"  heavy packages imported: {', '.join(heavy) if heavy else 'none'}")
    real = marks["annotator gui PATH (app.run)"]
    real_placeholder = sum("placeholder_paint" in m for m in real)
    real_main = median([m["painted"] for m in real])
    return [
        verdict(
            "1. start-up to first paint, MainWindow / empty QMainWindow (wall)",
            median(walls[main]) / median(walls[bare]),
            STARTUP_TARGET,
        ),
        f"1. annotator gui PATH: placeholder painted in {real_placeholder} of {runs} runs; main window "
        f"painted at {real_main:.0f} ms, {real_main / child_bare:.2f}x the empty window (child clocks)",
    ]


# -- synthetic documents -------------------------------------------------------------------------


def sample_sentences() -> list[str]:
    """Every sentence of resources/samples/*.txt (the project's own splitter)."""
    from annotator.core.text import sentences

    found: list[str] = []
    for path in sorted(SAMPLE_ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found.extend(text[a:b] for a, b in sentences(text))
    return found


def build_text(rng: random.Random, pool: Sequence[str], words: int) -> str:
    """About `words` words: sample sentences at random, 2–5 per paragraph, blank lines between."""
    paragraphs: list[str] = []
    total = 0
    while total < words:
        chosen = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(2, 5))]
        total += sum(len(s.split()) for s in chosen)
        paragraphs.append(" ".join(chosen))
    return "\n\n".join(paragraphs) + "\n"


def make_spans(
    rng: random.Random, text: str, tokens: Sequence[tuple[int, int]], count: int, labels: Sequence[str]
) -> tuple[list[tuple[int, int, str]], dict[str, int]]:
    """`count` token-aligned spans in (start, -end) order, and how many are of each special kind.

    About 1 in 60 covers a mixed-direction word (S-400, إف-35, sometimes with the word before),
    ~13 % start after a one-letter proclitic, ~14 % are nested inside a longer span.
    """
    starts = [a for a, _ in tokens]
    is_word = [bool(LETTER.search(text[a:b])) for a, b in tokens]
    taken = bytearray(len(tokens))
    spans: list[tuple[int, int, str]] = []
    kinds = {"mixed direction": 0, "after a proclitic": 0, "nested": 0}
    mixed = list(MIXED_WORD.finditer(text))
    rng.shuffle(mixed)
    for found in mixed[: count // 60]:
        first = bisect_right(starts, found.start()) - 1
        last = bisect_right(starts, found.end() - 1) - 1
        if rng.random() < 0.5 and first > 0 and is_word[first - 1]:
            first -= 1
        if any(taken[first : last + 1]) or "\n" in text[tokens[first][0] : tokens[last][1]]:
            continue
        taken[first : last + 1] = b"\x01" * (last + 1 - first)
        spans.append((tokens[first][0], tokens[last][1], rng.choice(labels)))
        kinds["mixed direction"] += 1
    attempts = 0
    while len(spans) < count and attempts < count * 100:
        attempts += 1
        first = rng.randrange(len(tokens))
        last = first + rng.choice((0, 0, 0, 1, 1, 2))
        if last >= len(tokens) or not all(is_word[first : last + 1]):
            continue
        if any(taken[max(0, first - 1) : last + 2]):
            continue
        start, end = tokens[first][0], tokens[last][1]
        if "\n" in text[start:end]:
            continue
        taken[first : last + 1] = b"\x01" * (last + 1 - first)
        if text[start] in PROCLITICS and tokens[first][1] - start >= 4 and rng.random() < 0.5:
            start += 1
            kinds["after a proclitic"] += 1
        spans.append((start, end, rng.choice(labels)))
        if last > first and rng.random() < 0.27 and len(spans) < count:
            inner_first = rng.randint(first, last)
            inner_last = rng.randint(inner_first, last)
            if (inner_first, inner_last) != (first, last):
                spans.append((max(start, tokens[inner_first][0]), tokens[inner_last][1], rng.choice(labels)))
                kinds["nested"] += 1
    spans.sort(key=lambda s: (s[0], -s[1]))
    return spans, kinds


# Candidate fix for DocumentView.set_spans, measured here only. set_spans slices each span's text
# and, for the 98 % with no Latin letter or digit, runs `_RTL_OR_NEUTRAL.sub` and a generator
# (about 1 µs per span); builds a frozen dataclass per span (object.__setattr__ per field); then
# SpanIndex sorts them by a property key, builds a key list and takes a max. The candidate does
# the same work as the notes describe: regex searches on the whole text between the span's
# offsets (no slice, no sub; `_is_mixed` only for the rare span with a word character outside
# the Arabic blocks), rows as plain tuples kept in the SQL order (start, end DESC, id) they come
# in, and one pass for the longest span (the notes take it from SQL).
_LEFTOVER = re.compile(r"[^\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\W]")


def candidate_span_rows(
    text: str, to_qt: Callable[[int], int], spans: Sequence[ShownSpan]
) -> tuple[set[int], list[tuple[int, int, int, str]], int]:
    from annotator.ui.document_view import _LTR_OR_NUMBER, _is_mixed

    ltr, leftover = _LTR_OR_NUMBER.search, _LEFTOVER.search
    mixed = {
        s.id
        for s in spans
        if ltr(text, s.start, s.end) or (leftover(text, s.start, s.end) and _is_mixed(text[s.start : s.end]))
    }
    rows = [(to_qt(s.start), -to_qt(s.end), s.id, s.label) for s in spans]
    max_len = max((-end - start for start, end, _, _ in rows), default=0)
    return mixed, rows, max_len


# -- in-process helpers --------------------------------------------------------------------------


class PaintCounter:
    """Counts paint events of one widget (an event filter)."""

    def __init__(self, widget: QWidget) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def make_bare(family: str, point_size: float) -> QPlainTextEdit:
    """The baseline widget: read-only QPlainTextEdit, undo off, the view's font and text option."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QTextOption
    from PySide6.QtWidgets import QPlainTextEdit

    bare = QPlainTextEdit()
    bare.setReadOnly(True)
    bare.setUndoRedoEnabled(False)
    font = QFont(family)
    font.setPointSizeF(point_size)
    bare.setFont(font)
    option = bare.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    bare.document().setDefaultTextOption(option)
    return bare


def make_view(family: str, point_size: float) -> DocumentView:
    from annotator.core.schema import Schema
    from annotator.ui.document_view import DocumentView

    schema = Schema.default()
    view = DocumentView()
    view.set_labels({lb.key: lb.color for lb in schema.labels}, {lb.key: lb.key for lb in schema.labels})
    view.set_font_family(family, point_size)
    return view


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def stats_line(label: str, values: Sequence[float], width: int = 46) -> str:
    return (
        f"{label:<{width}}{ms(median(values)):>9}{ms(min(values)):>9}{ms(max(values)):>9}"
        f"{ms(percentile(values, 95)):>9}"
    )


# -- 2 and 4: opening and scrolling the long document --------------------------------------------


def bench_open_and_scroll(args: argparse.Namespace, rng: random.Random) -> list[str]:
    from PySide6.QtWidgets import QAbstractSlider, QApplication

    from annotator.core.schema import Schema
    from annotator.core.text import sentences, tokenize
    from annotator.ui import document_view
    from annotator.ui.app import arabic_font_family
    from annotator.ui.document_view import ShownSpan
    from annotator.ui.offsets import QtOffsets

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    family = arabic_font_family()
    text = build_text(rng, sample_sentences(), args.words)
    started = time.perf_counter()
    tokens = tokenize(text)
    sents = sentences(text)
    tokenize_s = time.perf_counter() - started
    labels = Schema.default().label_keys()
    spans, kinds = make_spans(rng, text, tokens, args.spans, labels)
    shown = [ShownSpan(i + 1, a, b, label) for i, (a, b, label) in enumerate(spans)]
    print(
        f"\ndocument: {len(text.split()):,} words, {len(tokens):,} tokens, {len(text):,} characters, "
        f"{text.count(chr(10) * 2) + 1} paragraphs (tokenized in {tokenize_s:.1f} s, not timed); "
        f"{len(shown):,} spans: " + ", ".join(f"{n} {kind}" for kind, n in kinds.items())
    )

    view = make_view(family, args.font_size)
    bare = make_bare(family, args.font_size)
    bare2 = make_bare(family, args.font_size)
    widgets: dict[str, QWidget] = {"view": view, "bare": bare, "bare (2nd)": bare2}
    for widget in widgets.values():
        widget.resize(*VIEW_SIZE)
        widget.show()
    app.processEvents()
    paints = {name: PaintCounter(w.viewport()) for name, w in widgets.items()}  # type: ignore[attr-defined]

    def opener(name: str) -> Callable[[], None]:
        if name == "view":
            return lambda: (view.show_document(text, tokens, sents, shown), view.viewport().repaint())  # type: ignore[func-returns-value]
        if name == "view, no spans":
            return lambda: (view.show_document(text, tokens, sents, []), view.viewport().repaint())  # type: ignore[func-returns-value]
        widget = bare if name == "bare" else bare2
        return lambda: (widget.setPlainText(text), widget.viewport().repaint())  # type: ignore[func-returns-value]

    def clear(name: str) -> None:
        if name.startswith("view"):
            view.show_document("", [], [], [])
        else:
            (bare if name == "bare" else bare2).setPlainText("")
        app.processEvents()
        gc.collect()

    variants = ("view", "view, no spans", "bare", "bare (2nd)")
    times: dict[str, list[float]] = {name: [] for name in variants}
    missed_paints = 0
    for rep in range(args.open_runs + 1):  # round 0 warms caches and is not counted
        order = list(variants)
        rng.shuffle(order)
        for name in order:
            clear(name)
            counter = paints["view" if name.startswith("view") else name]
            before = counter.count
            fn = opener(name)
            start = time.perf_counter()
            fn()
            elapsed = time.perf_counter() - start
            missed_paints += counter.count == before
            if rep:
                times[name].append(elapsed)
    rounds = list(zip(times["view"], times["bare"], strict=True))
    ratios = [v / b for v, b in rounds]
    noise = [b2 / b for b2, b in zip(times["bare (2nd)"], times["bare"], strict=True)]
    base = median(times["bare"])
    header(
        f"2. Open {len(text.split()):,} words / {len(shown):,} spans to first paint "
        f"({args.open_runs} rounds, interleaved)"
    )
    print(f"{'':<46}{'median':>9}{'min':>9}{'max':>9}{'p95':>9}{'x bare':>9}   (ms)")
    for name, label in (
        ("bare", "baseline: bare QPlainTextEdit, setPlainText"),
        ("bare (2nd)", "second bare QPlainTextEdit (noise)"),
        ("view, no spans", "DocumentView.show_document, no spans"),
        ("view", "DocumentView.show_document, 5k spans"),
    ):
        print(f"{stats_line(label, times[name])}{median(times[name]) / base:>8.2f}x")
    print(
        f"view / bare per round: {median(ratios):.2f} [{min(ratios):.2f}–{max(ratios):.2f}]; "
        f"2nd bare / bare: {median(noise):.2f} [{min(noise):.2f}–{max(noise):.2f}]; "
        f"+{(median(times['view']) - base) * 1000:.2f} ms; rounds without a paint: {missed_paints}"
    )

    # Where the extra time goes: the Python steps of show_document, each timed alone.
    view.show_document(text, tokens, sents, shown)
    app.processEvents()
    parts: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.open_runs):
        for label, fn in (
            ("QtOffsets(text) (scan for astral characters)", lambda: QtOffsets(text)),
            ("bidi-control scan of the text", lambda: list(document_view._BIDI_RE.finditer(text))),
            ("set_spans(5k spans) (no paint)", lambda: view.set_spans(shown)),
            ("_apply_direction() after setPlainText", view._apply_direction),
            ("view: repaint of the open page", view.viewport().repaint),
            ("bare: repaint of the open page", bare.viewport().repaint),
        ):
            gc.collect()
            start = time.perf_counter()
            fn()
            parts[label].append(time.perf_counter() - start)
            app.processEvents()
    to_qt = view._offsets.to_qt
    mixed, rows, _ = candidate_span_rows(text, to_qt, shown)
    same = mixed == view._mixed and [(a, -b, i, lb) for a, b, i, lb in rows] == [
        (v.start, v.end, v.id, v.label) for v in view._spans
    ]
    for _ in range(args.open_runs):
        gc.collect()
        start = time.perf_counter()
        candidate_span_rows(text, to_qt, shown)
        parts["candidate set_spans work (see the code)"].append(time.perf_counter() - start)
    print("parts, each timed alone (median ms):")
    for label, values in parts.items():
        print(f"  {label:<46}{ms(median(values)):>8}")
    saved = median(parts["set_spans(5k spans) (no paint)"]) - median(
        parts["candidate set_spans work (see the code)"]
    )
    print(
        f"  candidate gives the same mixed set and row order: {same}; with it the open would be about "
        f"{(median(times['view']) - saved) / base:.2f}x bare (saves {saved * 1000:.1f} ms)"
    )
    what = f"2. open {len(text.split()) // 1000}k words / {len(shown) // 1000}k spans to first paint"
    results = [verdict(f"{what}, view / bare QPlainTextEdit", median(ratios), OPEN_TARGET)]

    # 4. Paging down through the whole document, both widgets, step by step interleaved.
    view.show_document(text, tokens, sents, shown)
    bare.setPlainText(text)
    app.processEvents()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    top = view.verticalScrollBar().value()
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    app.processEvents()
    key_scrolls = view.verticalScrollBar().value() != top
    steps: dict[str, list[list[float]]] = {"view": [], "bare": []}
    pages: dict[str, list[int]] = {"view": [], "bare": []}
    for _ in range(2):
        for widget in (view, bare):
            widget.verticalScrollBar().setValue(0)
        app.processEvents()
        pass_times: dict[str, list[float]] = {"view": [], "bare": []}
        done = {"view": False, "bare": False}
        while not all(done.values()) and len(pass_times["view"]) < 2000:
            order = ["view", "bare"]
            rng.shuffle(order)
            for name in order:
                widget = view if name == "view" else bare
                bar = widget.verticalScrollBar()
                if done[name]:
                    continue
                before = bar.value()
                start = time.perf_counter()
                bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
                widget.viewport().repaint()
                elapsed = time.perf_counter() - start
                app.processEvents()
                if bar.value() == before:
                    done[name] = True
                else:
                    pass_times[name].append(elapsed)
        for name in steps:
            steps[name].append(pass_times[name])
            pages[name].append(len(pass_times[name]))
    header(f"4. Page down through the whole document ({pages['view'][0]} steps; per-step ms)")
    print(f"{'':<46}{'median':>9}{'min':>9}{'max':>9}{'p95':>9}{'x bare':>9}")
    for index, title in enumerate(("pass 1 (blocks laid out on the way)", "pass 2")):
        base_median = median(steps["bare"][index])
        for name in ("bare", "view"):
            values = steps[name][index]
            print(f"{stats_line(f'{title}: {name}', values)}{median(values) / base_median:>8.2f}x")
        thirds = []
        for name in ("bare", "view"):
            values = steps[name][index]
            n = len(values)
            thirds.append([median(values[i * n // 3 : (i + 1) * n // 3]) for i in range(3)])
        print(
            "  start / middle / end thirds, medians: bare "
            + " / ".join(ms(v) for v in thirds[0])
            + ", view "
            + " / ".join(ms(v) for v in thirds[1])
        )
    print(f"pages: view {pages['view']}, bare {pages['bare']}")
    print(f"a PageDown key press scrolls the DocumentView: {'yes' if key_scrolls else 'NO'}")
    scroll_ratio = median(steps["view"][1]) / median(steps["bare"][1])
    scroll_extra = median(steps["view"][1]) - median(steps["bare"][1])
    results.append(
        f"4. page-down paint per step (pass 2), view / bare QPlainTextEdit: {scroll_ratio:.2f}x, "
        f"+{scroll_extra * 1000:.2f} ms per page (no target set; the notes measured 1.24–1.36x)"
    )
    for widget in widgets.values():
        widget.close()
        widget.deleteLater()
    app.processEvents()
    return results


# -- 3: adding one span ------------------------------------------------------------------------


class Probe:
    """Times calls to named methods of objects (instance attributes shadow the methods)."""

    def __init__(self) -> None:
        self.calls: dict[str, float] = defaultdict(float)
        self._undo: list[Callable[[], None]] = []

    def wrap(self, owner: object, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*a: Any, **k: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*a, **k)
            finally:
                self.calls[label] += time.perf_counter() - start

        setattr(owner, name, timed)
        self._undo.append(lambda: delattr(owner, name))

    def restore(self) -> None:
        for undo in self._undo:
            undo()
        self._undo.clear()


def panel_candidate(
    entities: Sequence[Any], text: str, size: Any, rng: random.Random, repeat: int = 5
) -> tuple[list[float], list[float]]:
    """Candidate fix for the annotation panel: model/view, one row inserted per new entity."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def row(entity: Any) -> list[QStandardItem]:
        item = QStandardItem(text[entity.start : entity.end].replace("\n", " "))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [item, QStandardItem(entity.label), QStandardItem(entity.attributes.get("mention_type", "—"))]

    table = QTableView()
    table.resize(size)
    table.show()
    fills, inserts = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        model = QStandardItemModel(0, 3)
        for entity in entities:
            model.appendRow(row(entity))
        table.setModel(model)
        app.processEvents()
        fills.append(time.perf_counter() - start)
        entity = entities[rng.randrange(len(entities))]
        start = time.perf_counter()
        model.insertRow(rng.randrange(model.rowCount()), row(entity))
        app.processEvents()
        inserts.append(time.perf_counter() - start)
    table.close()
    table.deleteLater()
    return fills, inserts


def bench_add_span(args: argparse.Namespace, workdir: Path, rng: random.Random) -> list[str]:
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.core.project import Project
    from annotator.core.schema import Schema
    from annotator.ui.app import arabic_font_family
    from annotator.ui.document_view import ShownSpan
    from annotator.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    path = workdir / "add.annot"
    labels = Schema.default().label_keys()
    with Project.create(path) as project:
        doc_id, _ = project.add_document(
            build_text(rng, sample_sentences(), args.add_words), title="خبر طويل"
        )
        stored = project.document(doc_id).text
        tokens = project.tokens(doc_id)
        spans, kinds = make_spans(rng, stored, tokens, args.add_spans, labels)
        project.add_entities(LAYER, doc_id, spans)
    project = Project.open(path)
    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(project, LAYER, settings)
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    view = window.view
    font = view.font()
    alone = make_view(arabic_font_family(), font.pointSizeF())
    alone.resize(view.size())
    alone.show()
    bare = make_bare(arabic_font_family(), font.pointSizeF())
    bare.resize(view.size())
    bare.show()
    shown = [ShownSpan(e.id, e.start, e.end, e.label) for e in project.entities(doc_id, LAYER)]
    alone.show_document(stored, tokens, project.sentences(doc_id), shown)
    bare.setPlainText(stored)
    app.processEvents()
    counters = {
        "window": PaintCounter(view.viewport()),
        "alone": PaintCounter(alone.viewport()),
        "bare": PaintCounter(bare.viewport()),
    }
    print(
        f"\nproject: one document of {len(stored.split()):,} words, {len(shown):,} entities "
        f"(" + ", ".join(f"{n} {kind}" for kind, n in kinds.items()) + "); "
        f"MainWindow {WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}, view viewport "
        f"{view.viewport().width()}x{view.viewport().height()}, font {font.family()} {font.pointSizeF():g} pt"
    )

    # Fresh words: word tokens that no entity touches, in random order.
    covered = bytearray(len(stored) + 1)
    for span in shown:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    fresh = [(a, b) for a, b in tokens if LETTER.search(stored[a:b]) and not any(covered[a:b])]
    rng.shuffle(fresh)

    def flush_deletes() -> None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    def go_to(word: tuple[int, int]) -> None:
        view.ensure_visible(word[0])
        view.set_selection(word)
        alone.ensure_visible(word[0])
        cursor = bare.textCursor()
        cursor.setPosition(word[0])
        bare.setTextCursor(cursor)
        bare.ensureCursorVisible()
        app.processEvents()

    times: dict[str, list[float]] = {"key": [], "key+deletes": [], "alone": [], "bare": []}
    failures = 0
    deadline = time.perf_counter() + args.add_budget
    fake_id = -1
    presses = 0
    while presses < args.presses and time.perf_counter() < deadline and fresh:
        word = fresh.pop()
        go_to(word)
        gc.collect()
        order = ["key", "alone", "bare"]
        rng.shuffle(order)
        for name in order:
            if name == "key":
                before = counters["window"].count
                start = time.perf_counter()
                QTest.keyClick(view, "3")
                app.processEvents()
                painted = time.perf_counter() - start
                flush_deletes()  # what the event loop does next: delete the replaced cell widgets
                settled = time.perf_counter() - start
                ok = counters["window"].count > before and view.selected_span() is not None
                failures += not ok
                times["key"].append(painted)
                times["key+deletes"].append(settled)
            elif name == "alone":
                before = counters["alone"].count
                start = time.perf_counter()
                alone.add_span(ShownSpan(fake_id, word[0], word[1], "GPE"))
                app.processEvents()
                times["alone"].append(time.perf_counter() - start)
                failures += counters["alone"].count == before
                fake_id -= 1
            else:
                before = counters["bare"].count
                start = time.perf_counter()
                bare.viewport().update()
                app.processEvents()
                times["bare"].append(time.perf_counter() - start)
                failures += counters["bare"].count == before
        presses += 1

    # Where a key press goes: the steps of MainWindow._apply_changes, timed inside real presses.
    probe = Probe()
    probe.wrap(project, "add_entity", "project.add_entity (SQLite operation)")
    probe.wrap(project, "entities", "project.entities (all entities of the document)")
    probe.wrap(view, "add_span", "view.add_span")
    probe.wrap(window.panel, "show_entities", "panel.show_entities (rebuilds the whole table)")
    probe.wrap(window.panel, "select_entity", "panel.select_entity")
    probe.wrap(window.doc_list, "on_changes", "doc_list.on_changes")
    probe.wrap(window, "_update_status", "window._update_status")
    probe.wrap(window, "_update_undo_actions", "window._update_undo_actions")
    parts: dict[str, list[float]] = defaultdict(list)
    paint_after: list[float] = []
    for _ in range(min(args.breakdown, len(fresh))):
        word = fresh.pop()
        go_to(word)
        gc.collect()
        probe.calls.clear()
        start = time.perf_counter()
        QTest.keyClick(view, "3")
        handled = time.perf_counter()
        app.processEvents()
        paint_after.append(time.perf_counter() - handled)
        parts["key press handled (keyClick returns)"].append(handled - start)
        for label, seconds in probe.calls.items():
            parts[label].append(seconds)
        flush_deletes()
    probe.restore()
    parts["paint (processEvents after the key)"] = paint_after

    # Undo of one added span (set_spans + panel rebuild), outside the timed presses above.
    undo_times = []
    for _ in range(min(args.breakdown, presses)):
        start = time.perf_counter()
        window.undo()
        app.processEvents()
        undo_times.append(time.perf_counter() - start)
        flush_deletes()
    entity_count = len(project.entities(doc_id, LAYER))
    cells = window.panel.entity_model.rowCount() * window.panel.entity_model.columnCount()
    fill_times, insert_times = panel_candidate(
        project.entities(doc_id, LAYER), stored, window.panel.size(), rng
    )
    window.close()
    for widget in (alone, bare):
        widget.close()
        widget.deleteLater()
    flush_deletes()

    header(
        f"3. Add one span, {len(stored.split()):,} words / {len(shown):,} entities "
        f"({presses} presses on fresh words, interleaved)"
    )
    print(f"{'':<46}{'median':>9}{'min':>9}{'max':>9}{'p95':>9}   (ms)")
    print(stats_line("baseline: bare QPlainTextEdit page repaint", times["bare"]))
    print(stats_line("view alone: add_span + paint", times["alone"]))
    print(stats_line("key press '3' -> window painted", times["key"]))
    print(stats_line("  + Qt deleting the replaced cell widgets", times["key+deletes"]))
    print(
        f"checks failed (no paint, or no span selected after the key): {failures}; "
        f"entities: {len(shown):,} + {presses + len(paint_after)} presses - {len(undo_times)} undos = "
        f"{entity_count:,}; "
        f"annotation panel cells: {cells:,}"
    )
    print(f"undo of one added span (window.undo + paint), n={len(undo_times)}: {spread(undo_times, 1000)} ms")
    print(f"inside a key press (median ms of {len(paint_after)} presses; steps overlap where nested):")
    for label, values in sorted(parts.items(), key=lambda item: -median(item[1])):
        print(f"  {label:<52}{ms(median(values)):>9}")
    print(
        "candidate panel, QTableView over a QStandardItemModel (text, label, attribute as items; "
        "combo editors only when editing):"
    )
    print(f"  fill with all {entity_count:,} entities: {spread(fill_times, 1000, '.1f')} ms")
    print(f"  insert the new entity's row + paint: {spread(insert_times, 1000, '.2f')} ms")
    if presses < args.presses:
        print(f"note: stopped at {presses} presses (the --add-budget of {args.add_budget:g} s ran out)")
    key_median = median(times["key"]) * 1000
    return [
        verdict("3. add one span, key press to paint, median", key_median, FRAME_MS, " ms"),
        f"3. add one span, key press to paint: p95 {percentile(times['key'], 95) * 1000:.1f} ms, "
        f"max {max(times['key']) * 1000:.1f} ms; view alone median {median(times['alone']) * 1000:.2f} ms "
        f"(bare repaint {median(times['bare']) * 1000:.2f} ms)",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--startup-runs", type=int, default=7, help="processes per variant (default 7)")
    parser.add_argument("--open-runs", type=int, default=11, help="rounds of opening (default 11)")
    parser.add_argument("--words", type=int, default=50_000, help="words of the long document")
    parser.add_argument("--spans", type=int, default=5_000, help="spans on the long document")
    parser.add_argument("--add-words", type=int, default=10_000, help="words of the document for 3")
    parser.add_argument("--add-spans", type=int, default=2_000, help="entities on that document")
    parser.add_argument("--presses", type=int, default=200, help="key presses timed in 3 (default 200)")
    parser.add_argument(
        "--add-budget", type=float, default=100.0, help="seconds for the presses (default 100)"
    )
    parser.add_argument(
        "--breakdown", type=int, default=3, help="presses (and undos) broken down (default 3)"
    )
    parser.add_argument("--font-size", type=float, default=14.0, help="points, for 2 and 4 (notes: 14)")
    parser.add_argument("--sections", default="1234", help="which measurements to run (default 1234)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    started = time.perf_counter()
    rng = random.Random(args.seed)
    workdir = Path(tempfile.mkdtemp(prefix="annotator-bench-gui-"))
    verdicts: list[str] = []
    try:
        if "1" in args.sections:
            verdicts += bench_startup(workdir, args.startup_runs, rng)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        if "2" in args.sections or "4" in args.sections:
            verdicts += bench_open_and_scroll(args, rng)
        if "3" in args.sections:
            verdicts += bench_add_span(args, workdir, rng)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    header("Verdicts")
    for line in verdicts:
        print(line)
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()

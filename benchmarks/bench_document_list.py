"""Document list speed on a 100k-document project: first paint, and scrolling through 20k rows.

Why: the list is the first thing an annotator sees and scrolls all day; the model pages rows in
from SQLite (200 at a time) and answers Qt's `data()` calls from Python. The baseline, in the
same run, is what Qt costs with no Python and no database: a bare QTableView over a
QStandardItemModel holding the same first 20k rows (titles only, all in memory).

Measured, offscreen, with the bundled Arabic font:
- first paint: from constructing the widget (count + first page queries included) until its
  first paint of the list has finished; baseline: constructing and showing the bare view over
  the ready-built item model. Median of several fresh widgets, after one warm-up each.
- scrolling: the vertical scroll bar set to successive rows through the first ~20k rows, with
  `viewport().repaint()` each step. The first pass fetches pages on the way (as a user reaching
  the end of what is loaded does); the second pass scrolls over rows already loaded.
- extras: applying filters (count + first page) and selecting a document 50k rows down.
The benchmark's own setup objects are frozen out of the garbage collector (`gc.freeze`) so
that a full collection costs what it would in the app; the list's own objects are collected.

The project is built fast: `Project.create`, then 100k documents (short text, Arabic titles
from the seed articles' sentences), statuses and entities inserted with one sqlite3
transaction, then reopened with `Project.open`. Everything lives in a temporary folder.

    .venv/bin/python benchmarks/bench_document_list.py [--documents 100000] [--rows 20000]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from _common import header, median, seed_sentences

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView, QWidget

LAYER = "ali"
OUTLETS = (
    "الجزيرة",
    "العربية",
    "بي بي سي عربي",
    "سكاي نيوز عربية",
    "الشرق الأوسط",
    "القدس العربي",
    "المصري اليوم",
    "الأهرام",
    "النهار",
    "الخليج",
    "هسبريس",
    "الشروق",
)
WINDOW = (1000, 700)


def build_project(path: Path, documents: int, seed: int) -> None:
    """A project file with `documents` rows, ~10% with a status and ~5% with entities."""
    from annotator.core.project import Project

    with Project.create(path) as project:
        project.add_annotator(LAYER)
    rng = random.Random(seed)
    words = [s.split() for s in seed_sentences()]
    words = [w for w in words if len(w) >= 4]

    def rows() -> Iterator[tuple[str, str, str, str, str, int, str]]:
        for i in range(documents):
            sentence = words[rng.randrange(len(words))]
            title = " ".join(sentence[: rng.randint(4, 14)])
            text = f"نص الخبر رقم {i}"
            yield (
                hashlib.sha256(text.encode()).hexdigest(),
                text,
                title,
                OUTLETS[rng.randrange(len(OUTLETS))],
                f"202{rng.randint(3, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                rng.randint(150, 1500),
                "2024-01-01T00:00:00Z",
            )

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        layer_id = conn.execute("SELECT id FROM layers WHERE name = ?", (LAYER,)).fetchone()[0]
        label_id = conn.execute("SELECT min(id) FROM labels").fetchone()[0]
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO documents (content_hash, text, title, source, date, token_count, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )
        started = [i for i in range(1, documents + 1) if rng.random() < 0.10]
        conn.executemany(
            "INSERT INTO doc_status (doc_id, layer_id, status, seconds, updated_at) VALUES (?, ?, ?, 0, ?)",
            [
                (doc_id, layer_id, "done" if rng.random() < 0.6 else "in_progress", "2024-01-01")
                for doc_id in started
            ],
        )
        conn.executemany(
            'INSERT INTO entities (doc_id, layer_id, start, "end", label_id) VALUES (?, ?, ?, ?, ?)',
            [
                (doc_id, layer_id, k * 2, k * 2 + 1, label_id)
                for doc_id in started[: len(started) // 2]
                for k in range(rng.randint(1, 8))
            ],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def register_arabic_font() -> str:
    from PySide6.QtGui import QFontDatabase

    try:
        import fontpkg_noto_sans_arabic as noto
    except ImportError:
        return ""
    for font_file in sorted(Path(noto.ROOT).rglob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            return str(QFontDatabase.applicationFontFamilies(font_id)[0])
    return ""


def time_to_first_paint(make: Callable[[], QWidget], viewport_of: Callable[[QWidget], QWidget]) -> float:
    """Seconds from calling `make` (which builds and shows a widget) until its viewport has painted."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted: list[bool] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = PaintWatch()
    start = time.perf_counter()
    widget = make()
    viewport = viewport_of(widget)
    viewport.installEventFilter(watch)
    while not painted:
        QApplication.processEvents()
    elapsed = time.perf_counter() - start  # processEvents returned: the paint has finished
    viewport.removeEventFilter(watch)
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()
    return elapsed


def scroll_steps(table: QTableView, targets: list[int], fetch: Callable[[], bool] | None) -> list[float]:
    """Seconds per step: set the scroll bar to each target row (fetching first if needed), repaint."""
    bar = table.verticalScrollBar()
    viewport = table.viewport()
    times = []
    for target in targets:
        start = time.perf_counter()
        while fetch is not None and bar.maximum() < target and fetch():
            bar.setValue(bar.maximum())  # reaching the end of the loaded rows fetches a page
            table.doItemsLayout()  # what the view's delayed-layout timer would do next
        bar.setValue(target)
        viewport.repaint()
        times.append(time.perf_counter() - start)
    return times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=20_000, help="rows to scroll through (default 20000)")
    parser.add_argument("--step", type=int, default=100, help="rows per scroll step (default 100)")
    parser.add_argument("--repeat", type=int, default=9, help="fresh widgets for first paint (default 9)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="annotator-bench-list-"))
    try:
        path = workdir / "big.annot"
        started = time.perf_counter()
        build_project(path, args.documents, args.seed)
        print(f"project: {args.documents:,} documents built in {time.perf_counter() - started:.1f} s")
        run(path, args)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run(path: Path, args: argparse.Namespace) -> None:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from annotator.core.model import DocStatus
    from annotator.core.project import Project
    from annotator.ui.document_list import PAGE_SIZE, DocumentListWidget

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    family = register_arabic_font()
    if family:
        app.setFont(QFont(family, 10))
    project = Project.open(path)
    try:
        # The baselines' data: the same first rows, in memory (built outside the timings). The
        # brief's baseline has titles only; a second one has the list's six columns, to tell the
        # cost of shaping more text from the cost of the Python model.
        first_rows = project.document_list_page(LAYER, 0, args.rows)
        started = time.perf_counter()
        titles_only = QStandardItemModel(len(first_rows), 1)
        for row, summary in enumerate(first_rows):
            titles_only.setItem(row, 0, QStandardItem(summary.title))
        build_items = time.perf_counter() - started
        six_columns = QStandardItemModel(len(first_rows), 6)
        for row, summary in enumerate(first_rows):
            row_status = summary.statuses.get(LAYER, DocStatus.NOT_STARTED)
            cells = (
                summary.title,
                summary.source,
                summary.date,
                summary.token_count,
                row_status.value,
                summary.entity_counts.get(LAYER, 0),
            )
            for column, value in enumerate(cells):
                item = QStandardItem()
                item.setData(value, 0)  # DisplayRole: ints stay ints, as in the list
                six_columns.setItem(row, column, item)

        # The setup's own objects (120k item wrappers, 20k summaries) would make every full
        # garbage collection during the timings slower than in the app: keep them out of it.
        gc.collect()
        gc.freeze()

        def make_ours() -> QWidget:
            widget = DocumentListWidget(project, LAYER)
            widget.resize(*WINDOW)
            widget.show()
            return widget

        def bare_maker(items: QStandardItemModel) -> Callable[[], QWidget]:
            def make_bare() -> QWidget:
                view = QTableView()
                view.verticalHeader().hide()
                view.setModel(items)
                view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
                view.resize(*WINDOW)
                view.show()
                return view

            return make_bare

        def viewport_of(widget: QWidget) -> QWidget:
            table = widget.table if isinstance(widget, DocumentListWidget) else widget
            assert isinstance(table, QTableView)
            return table.viewport()

        makers = {
            "list": make_ours,
            "bare, titles": bare_maker(titles_only),
            "bare, 6 columns": bare_maker(six_columns),
        }
        paint: dict[str, list[float]] = {name: [] for name in makers}
        for rep in range(args.repeat + 1):  # the first round warms caches and is not counted
            for name, make in makers.items():
                seconds = time_to_first_paint(make, viewport_of)
                if rep:
                    paint[name].append(seconds)
        queries = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            project.document_list_count(LAYER)
            project.document_list_page(LAYER, 0, PAGE_SIZE)
            queries.append(time.perf_counter() - started)

        # Scrolling: the list and the bare views with the same viewport size.
        ours = make_ours()
        assert isinstance(ours, DocumentListWidget)
        views: dict[str, QTableView] = {"list": ours.table}
        for name in ("bare, titles", "bare, 6 columns"):
            view = makers[name]()
            assert isinstance(view, QTableView)
            views[name] = view
        app.processEvents()
        for name in ("bare, titles", "bare, 6 columns"):
            view = views[name]
            view.resize(view.size() + ours.table.viewport().size() - view.viewport().size())
        app.processEvents()
        visible = ours.table.viewport().height() // ours.table.verticalHeader().defaultSectionSize()
        targets = list(range(args.step, min(args.rows, len(first_rows)) - visible, args.step))
        model = ours.model
        scrolls = {
            "list, fetching pages": scroll_steps(
                ours.table, targets, lambda: model.canFetchMore(QModelIndex())
            )
        }
        loaded_rows = model.rowCount()
        ours.table.verticalScrollBar().setValue(0)
        scrolls["list, rows already loaded"] = scroll_steps(ours.table, targets, None)
        for name in ("bare, titles", "bare, 6 columns"):
            scrolls[name] = scroll_steps(views[name], targets, None)

        # Filters and a far jump, on the widget's model (count + first page each).
        filters: list[tuple[str, DocStatus | None, str]] = [
            ("status: done", DocStatus.DONE, ""),
            ("status: not started", DocStatus.NOT_STARTED, ""),
            (f"text: an outlet ({OUTLETS[0]})", None, OUTLETS[0]),
            ("text: a title word (الرئيس)", None, "الرئيس"),
            ("text: no match", None, "لا يوجد هذا النص"),
        ]
        filter_times = []
        for name, status, text in filters:
            started = time.perf_counter()
            model.set_filter(status, text)
            filter_times.append((name, time.perf_counter() - started, model.total()))
        model.set_filter(None, "")
        far_id = project.document_list_page(LAYER, 50_000, 1)[0].id
        started = time.perf_counter()
        found = ours.select_document(far_id)
        far = time.perf_counter() - started
        far_loaded = model.rowCount()
        for view in views.values():
            view.window().close()
    finally:
        project.close()

    header(f"First paint of the list ({args.documents:,} documents; median of {args.repeat})")
    base = median(paint["bare, titles"])
    print(f"{'':<58}{'ms':>8}{'x baseline':>12}")
    for name, label in (
        ("bare, titles", "baseline: bare QTableView, QStandardItemModel, titles"),
        ("bare, 6 columns", "bare QTableView, QStandardItemModel, the 6 columns"),
        ("list", "DocumentListWidget (count + first page + widgets + paint)"),
    ):
        print(f"{label:<58}{ms(median(paint[name]))}{median(paint[name]) / base:>11.2f}x")
    print(f"{'  of which the two core queries (count + first page)':<58}{ms(median(queries))}")
    print(f"(building the baseline's titles model, not counted: {build_items * 1000:.0f} ms)")

    header(f"Scrolling through {targets[-1]:,} rows: {len(targets)} steps of {args.step} rows, repaint each")
    base_median, base_worst = median(scrolls["bare, titles"]), max(scrolls["bare, titles"])
    print(f"{'':<34}{'median ms':>10}{'worst ms':>10}{'median x base':>15}{'worst x base':>14}")
    for name, label in (
        ("bare, titles", "baseline: bare view, titles"),
        ("bare, 6 columns", "bare view, the 6 columns"),
        ("list, fetching pages", "list, fetching pages on the way"),
        ("list, rows already loaded", "list, rows already loaded"),
    ):
        steps = scrolls[name]
        print(
            f"{label:<34}{ms(median(steps)):>10}{ms(max(steps)):>10}"
            f"{median(steps) / base_median:>14.2f}x{max(steps) / base_worst:>13.2f}x"
        )
    print(f"pages fetched while scrolling: {loaded_rows // PAGE_SIZE - 1} ({loaded_rows:,} rows loaded)")

    header("Filters (set_filter = count + first page + reset) and a far jump")
    for name, seconds, total in filter_times:
        print(f"{name:<40}{ms(seconds)} ms  ({total:,} documents)")
    print(
        f"{'select_document 50,000 rows down':<40}{ms(far)} ms  (found: {found}, {far_loaded:,} rows loaded)"
    )


if __name__ == "__main__":
    main()

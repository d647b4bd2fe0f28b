"""The agreement dashboard: the figures of `annotator agreement` with charts, for reviewers.

Pick annotators, press Compute, read the headline figures, then the tabs: Pairs, Labels,
Confusion, Documents, Events, Stances. A figure leads to the items behind it: clicking a cell of
the confusion matrix lists its items (document, span text, each annotator's label), and
double-clicking an item or a document row emits `open_item(doc_id, start, end)` (start = end =
-1 for a whole document); the main window opens the document there.

The tables are core.agreement_tables' `Table` values and the charts core.agreement_charts'
figures in a Qt canvas, so the dashboard, the terminal and the HTML report show the same
figures; their captions come from the core (English, or Arabic for language "ar"). Compute runs
on the GUI thread under a busy cursor (a few hundred ms for thousands of documents).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core import agreement_charts as charts
from annotator.core import agreement_tables as tables
from annotator.core.agreement_render import report_title, write_html_report
from annotator.core.model import GOLD_LAYER
from annotator.core.project import Project, ProjectError

HEADLINE = (
    "exact_f1",
    "overlap_f1",
    "cohen_kappa",
    "krippendorff_alpha",
    "unitizing_alpha",
    "gwet_ac1",
    "trigger_f1",
    "argument_f1",
    "stance_alpha",
)
"""The headline figures shown as big numbers, in this order (keys of `overview_figures`)."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _table_widget(parent: QWidget) -> QTableWidget:
    widget = QTableWidget(parent)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.verticalHeader().setVisible(False)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return widget


def fill_table(widget: QTableWidget, table: tables.Table) -> None:
    """Show `table` in `widget`: headers, cells (figures aligned to the end), each row's key in
    KEY_ROLE of its first cell."""
    widget.clear()
    widget.setColumnCount(len(table.headers))
    widget.setHorizontalHeaderLabels(list(table.headers))
    widget.setRowCount(len(table.rows))
    end = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
    for r, (row, key) in enumerate(zip(table.rows, table.keys, strict=True)):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if table.numeric[c]:
                item.setTextAlignment(end)
            if c == 0:
                item.setData(KEY_ROLE, key)
            widget.setItem(r, c, item)


class AgreementDashboard(QDialog):
    """Agreement between a project's annotators: headline figures, tables and charts."""

    open_item = Signal(int, int, int)

    def __init__(self, project: Project, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.project = project
        self.language = language
        self.names = tables.display_names(project.schema, language)
        self.data: dict[str, Any] | None = None
        self.selected_cell: tuple[str, str] | None = None
        self._tables: dict[str, tables.Table] = {}
        self._chart_layouts: dict[str, QVBoxLayout] = {}
        self._texts: dict[int, str] = {}
        self.setWindowTitle(self.tr("Agreement"))
        if language == "ar":
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_controls())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(self._build_figures())
        self.tabs = QTabWidget(self)
        self.canvases: dict[str, QWidget] = {}
        self._build_tabs()
        layout.addWidget(self.tabs, 1)
        self.resize(1100, 800)

    # -- building ----------------------------------------------------------------------------

    def _build_controls(self) -> QWidget:
        box = QGroupBox(self.tr("Annotators"), self)
        row = QHBoxLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        layers = self.project.stats()["layers"]
        for name, role in self.project.layers():
            if role != "annotator" or name == GOLD_LAYER:
                continue
            info = layers.get(name, {})
            check = QCheckBox(name, box)
            check.setChecked(bool(info.get("entities") or info.get("events") or info.get("stances")))
            self.checks[name] = check
            row.addWidget(check)
        row.addStretch(1)
        self.compute_button = QPushButton(self.tr("Compute"), box)
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.export_button = QPushButton(self.tr("Export HTML…"), box)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._choose_html)
        row.addWidget(self.compute_button)
        row.addWidget(self.export_button)
        return box

    def _build_figures(self) -> QWidget:
        panel = QWidget(self)
        grid = QGridLayout(panel)
        grid.setContentsMargins(0, 0, 0, 0)
        self.figures: dict[str, QLabel] = {}
        captions = {key: title for key, title, _ in tables.overview_figures({})}
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        for i, key in enumerate(HEADLINE):
            value = QLabel(tables.MISSING, panel)
            value.setFont(big)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name = QLabel(tables.caption(captions[key], self.language), panel)
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name.setWordWrap(True)
            grid.addWidget(value, 0, i)
            grid.addWidget(name, 1, i)
            self.figures[key] = value
        return panel

    def _tab(self, title: str, widgets: Sequence[QWidget], chart: str | None = None) -> None:
        """A tab: the tables one above the other, and the chart (if any) beside them."""
        column = QSplitter(Qt.Orientation.Vertical, self.tabs)
        for widget in widgets:
            column.addWidget(widget)
        if chart is None:
            self.tabs.addTab(column, title)
            return
        row = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        row.addWidget(column)
        row.addWidget(self._chart_holder(chart))
        row.setSizes([560, 520])
        self.tabs.addTab(row, title)

    def _chart_holder(self, name: str) -> QWidget:
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self._chart_layouts[name] = layout
        return holder

    def _build_tabs(self) -> None:
        self.pairs_table = _table_widget(self)
        self.labels_table = _table_widget(self)
        self.pair_labels_table = _table_widget(self)
        self.confusion_table = _table_widget(self)
        self.items_table = _table_widget(self)
        self.documents_table = _table_widget(self)
        self.event_pairs_table = _table_widget(self)
        self.event_attributes_table = _table_widget(self)
        self.event_types_table = _table_widget(self)
        self.stance_pairs_table = _table_widget(self)
        self.confusion_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.confusion_table.cellClicked.connect(self._cell_clicked)
        self.items_table.cellDoubleClicked.connect(self._item_activated)
        self.documents_table.cellDoubleClicked.connect(self._document_activated)
        self.items_hint = QLabel(self.tr("Click a cell of the matrix to list its items."), self)
        items = QWidget(self)
        items_layout = QVBoxLayout(items)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.items_hint)
        items_layout.addWidget(self.items_table)
        self._tab(self.tr("Pairs"), [self.pairs_table], "pairs")
        self._tab(self.tr("Labels"), [self.labels_table, self.pair_labels_table], "labels")
        self._tab(self.tr("Confusion"), [self.confusion_table, items], "confusion")
        self._tab(self.tr("Documents"), [self.documents_table], "documents")
        events = [self.event_pairs_table, self.event_attributes_table, self.event_types_table]
        self._tab(self.tr("Events"), events)
        self._tab(self.tr("Stances"), [self.stance_pairs_table])

    # -- computing and showing ---------------------------------------------------------------

    def chosen_annotators(self) -> list[str]:
        return [name for name, check in self.checks.items() if check.isChecked()]

    def compute(self) -> bool:
        """Compute the report for the checked annotators and show it; False (with the reason
        shown) when the core refuses, e.g. fewer than two annotators."""
        from annotator.core.project_agreement import project_agreement

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = project_agreement(self.project, self.chosen_annotators())
        except ProjectError as exc:
            self.message.setText(str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.show_data(report.to_json())
        return True

    def show_data(self, data: dict[str, Any]) -> None:
        """Show a report dict (the `to_json()` shape): figures, tables, charts."""
        self.data = data
        lang, names = self.language, self.names
        count = len(data.get("documents", []))
        self.message.setText(self.tr("%n document(s) compared.", "", count))
        for key, _, value in tables.overview_figures(data):
            if key in self.figures:
                self.figures[key].setText(tables.fmt(value))
        built = {
            "pairs": tables.entity_pairs_table(data, lang),
            "labels": tables.label_table(data, names, lang),
            "pair_labels": tables.pair_label_table(data, names, lang),
            "confusion": tables.confusion_table(data, names, lang),
            "documents": tables.documents_table(data, lang),
            "event_pairs": tables.event_pairs_table(data, lang),
            "event_attributes": tables.event_attributes_table(data, names, lang),
            "event_types": tables.event_types_table(data, names, lang),
            "stance_pairs": tables.stance_pairs_table(data, lang),
        }
        for name, table in built.items():
            fill_table(getattr(self, f"{name}_table"), table)
        self._tables = built
        self._show_items(None)
        self._show_charts(data)
        self.export_button.setEnabled(True)

    def _show_charts(self, data: dict[str, Any]) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        figures = charts.report_charts(data, self.names, self.language)
        self.canvases = {}
        for name, layout in self._chart_layouts.items():
            while (old := layout.takeAt(0)) is not None:
                if (widget := old.widget()) is not None:
                    widget.deleteLater()
            if name in figures:
                canvas = FigureCanvasQTAgg(figures[name])  # type: ignore[no-untyped-call]
                canvas.setMinimumSize(320, 260)
                layout.addWidget(canvas)
                self.canvases[name] = canvas

    # -- from a figure to its items ----------------------------------------------------------

    def _span_text(self, doc_id: int, start: int, end: int) -> str:
        if doc_id not in self._texts:
            self._texts[doc_id] = self.project.document(doc_id).text
        return self._texts[doc_id][start:end].replace("\n", " ")

    def _cell_clicked(self, row: int, column: int) -> None:
        """A click on a confusion cell lists the items behind it (column 0 holds A's label)."""
        confusion = self._tables.get("confusion")
        if confusion is None or column == 0 or self.data is None:
            return
        labels = self.data["entities"]["confusion"]["labels"]
        self._show_items((str(confusion.keys[row]), str(labels[column - 1])))

    def _show_items(self, cell: tuple[str, str] | None) -> None:
        self.selected_cell = cell
        if cell is None or self.data is None:
            self.items_table.clear()
            self.items_table.setRowCount(0)
            self.items_hint.setText(self.tr("Click a cell of the matrix to list its items."))
            return
        table = tables.confused_items_table(self.data, self.names, self.language, cell, self._span_text)
        fill_table(self.items_table, table)
        self._tables["items"] = table
        a, b = (tables.label_name(k, self.names, self.language) for k in cell)
        if table.rows:
            hint = self.tr("%1 → %2: double-click an item to open it.")
        elif a == b:
            hint = self.tr("%1 → %2: both annotators agree here.")
        else:
            hint = self.tr("%1 → %2: no items.")
        self.items_hint.setText(hint.replace("%1", a).replace("%2", b))

    def _item_activated(self, row: int, _column: int) -> None:
        doc_id, start, end = self._tables["items"].keys[row]
        self.open_item.emit(int(doc_id), int(start), int(end))

    def _document_activated(self, row: int, _column: int) -> None:
        self.open_item.emit(int(self._tables["documents"].keys[row]), -1, -1)

    # -- export ------------------------------------------------------------------------------

    def _choose_html(self) -> None:
        default = str(self.project.path.with_name(self.project.path.stem + "-agreement.html"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export HTML report"), default, self.tr("HTML files (*.html)")
        )
        if path:
            self.export_html(path)

    def export_html(self, path: str) -> bool:
        """Write the last report as an HTML file with charts; False (and the reason shown) on failure."""
        if self.data is None:
            return False
        try:
            title = report_title(self.project.path.stem, self.language)
            written = write_html_report(self.data, self.names, path, title, self.language, self._span_text)
        except OSError as exc:
            self.message.setText(self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", str(exc)))
            return False
        self.message.setText(self.tr("Wrote %1").replace("%1", str(written)))
        return True

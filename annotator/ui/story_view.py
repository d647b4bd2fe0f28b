"""The story view: one event cluster (one real-world event) as a table, one row per document.

`StoryTableModel` is a thin Qt adapter over `Project.story`: outlet, date, title and trigger,
then one column per argument role (the casualty count each outlet reports) and one per stance
target (each outlet's stance), side by side. Cells whose values disagree with the other outlets
are painted and explain the disagreement in their tooltip; the headers of such columns are
marked. `StoryView` adds a combo of the layer's stories, a summary line and "Export…";
`write_story_csv` / `write_story_jsonl` are the pure writers behind the export.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.project import Project, ProjectError
from annotator.core.story import Story, StoryCell, StoryRow
from annotator.ui.display import isolate

DOC_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""The row's document id (every column)."""
CONFLICT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
"""True when the cell's values disagree with the other outlets' (role and stance columns)."""

CONFLICT_BACKGROUND = QColor("#f7b6b6")
CONFLICT_TEXT = QColor("#000000")
CONFLICT_HEADER_TEXT = QColor("#a01010")
CONFLICT_MARK = "⚠ "

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A CSV cell starting with one of these is read as a formula by spreadsheets: it gets a quote."""

_FIXED_COLUMNS = ("outlet", "date", "title", "trigger")
_ROOT = QModelIndex()

ModelIndex = QModelIndex | QPersistentModelIndex


# -- export ------------------------------------------------------------------------------


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _fieldnames(records: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(key for record in records for key in record))


def write_story_csv(story: Story, path: Path | str, language: str = "en") -> int:
    """Write the story's records as CSV (UTF-8 with a BOM, so Excel shows Arabic); returns the rows.

    Cells that a spreadsheet would run as a formula (= + - @, tab, CR first) get a leading quote.
    """
    records = story.to_records(language)
    names = _fieldnames(records)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([_csv_cell(name) for name in names])
        for record in records:
            writer.writerow([_csv_cell(record.get(name, "")) for name in names])
    return len(records)


def write_story_jsonl(story: Story, path: Path | str, language: str = "en") -> int:
    """Write the story's records as JSON Lines (UTF-8, Arabic unescaped, one row a line); returns the rows."""
    records = story.to_records(language)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


def is_jsonl_path(path: Path | str) -> bool:
    return Path(path).suffix.lower() in (".jsonl", ".ndjson", ".json")


# -- the table model ---------------------------------------------------------------------


def _natural_alignment(text: str) -> Qt.AlignmentFlag:
    """Flush right for Arabic text, left for Latin text, leading edge for numbers and dates."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return (
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
        if direction == "L":
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter


class StoryTableModel(QAbstractTableModel):
    """The rows and columns of one `Story`; `set_story(None)` empties it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._story: Story | None = None
        # ("fixed", name) | ("role", key) | ("target", key), one per column
        self._columns: list[tuple[str, str]] = []

    # -- what the view calls -------------------------------------------------------------

    def story(self) -> Story | None:
        return self._story

    def set_story(self, story: Story | None) -> None:
        self.beginResetModel()
        self._story = story
        self._columns = []
        if story is not None:
            self._columns = [("fixed", name) for name in _FIXED_COLUMNS]
            self._columns += [("role", column.key) for column in story.roles]
            self._columns += [("target", column.key) for column in story.targets]
        self.endResetModel()

    def story_row(self, row: int) -> StoryRow | None:
        if self._story is None or not 0 <= row < len(self._story.rows):
            return None
        return self._story.rows[row]

    def row_of_document(self, doc_id: int) -> int:
        """The row of a document, or -1."""
        rows = self._story.rows if self._story else ()
        return next((i for i, row in enumerate(rows) if row.doc_id == doc_id), -1)

    def column_of_role(self, key: str) -> int:
        """The column of an argument role (by schema key), or -1."""
        return self._columns.index(("role", key)) if ("role", key) in self._columns else -1

    def column_of_target(self, key: str) -> int:
        """The column of a stance target (the story's target key, e.g. "target:<schema key>"), or -1."""
        return self._columns.index(("target", key)) if ("target", key) in self._columns else -1

    def column_of(self, name: str) -> int:
        """The column of "outlet", "date", "title" or "trigger"."""
        return self._columns.index(("fixed", name)) if ("fixed", name) in self._columns else -1

    def cell(self, row: int, column: int) -> StoryCell | None:
        """The role or stance cell at (row, column); None for the fixed columns."""
        story_row = self.story_row(row)
        if story_row is None or not 0 <= column < len(self._columns):
            return None
        kind, key = self._columns[column]
        if kind == "role":
            return story_row.roles.get(key, StoryCell())
        if kind == "target":
            return story_row.stances.get(key, StoryCell())
        if key == "trigger":
            return story_row.trigger
        return None

    def column_conflicts(self, column: int) -> bool:
        if self._story is None or not 0 <= column < len(self._columns):
            return False
        kind, key = self._columns[column]
        columns = self._story.roles if kind == "role" else self._story.targets if kind == "target" else ()
        return any(c.key == key and c.conflict for c in columns)

    # -- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() or self._story is None else len(self._story.rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def text(self, row: int, column: int) -> str:
        """What the cell shows."""
        story_row = self.story_row(row)
        if story_row is None or not 0 <= column < len(self._columns):
            return ""
        kind, key = self._columns[column]
        if kind == "fixed" and key != "trigger":
            return {"outlet": story_row.outlet, "date": story_row.date, "title": story_row.title}[key]
        cell = self.cell(row, column)
        return cell.text if cell else ""

    def data(self, index: ModelIndex, role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        row = self.story_row(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        column = index.column()
        if role == DOC_ID_ROLE:
            return row.doc_id
        cell = self.cell(index.row(), column)
        conflict = bool(cell and cell.conflict)
        if role == CONFLICT_ROLE:
            return conflict
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_natural_alignment(self.text(index.row(), column)).value)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CONFLICT_BACKGROUND) if conflict else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(CONFLICT_TEXT) if conflict else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if conflict:
                return self.tr("Outlets disagree: %1").replace("%1", self._others(index.row(), column))
            return self.text(index.row(), column) or None
        return None

    def _others(self, row: int, column: int) -> str:
        """The values of the other rows in this column, each with its outlet."""
        parts = []
        for other in range(self.rowCount()):
            cell = self.cell(other, column)
            story_row = self.story_row(other)
            if other == row or cell is None or story_row is None or not cell.text:
                continue
            parts.append(f"{isolate(story_row.outlet or story_row.title)}: {isolate(cell.text)}")
        return "; ".join(parts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = int(Qt.ItemDataRole.DisplayRole)
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return super().headerData(section, orientation, role)
        conflict = self.column_conflicts(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return (CONFLICT_MARK if conflict else "") + self._header_name(section)
        if role == Qt.ItemDataRole.FontRole and conflict:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and conflict:
            return QBrush(CONFLICT_HEADER_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and conflict:
            return self.tr("Outlets disagree in this column")
        return None

    def _header_name(self, section: int) -> str:
        kind, key = self._columns[section]
        story = self._story
        if kind == "role" and story is not None:
            return next(c.name for c in story.roles if c.key == key)
        if kind == "target" and story is not None:
            name = next(c.name for c in story.targets if c.key == key)
            return self.tr("Stance: %1").replace("%1", name)
        return {
            "outlet": self.tr("Outlet"),
            "date": self.tr("Date"),
            "title": self.tr("Title"),
            "trigger": self.tr("Trigger"),
        }[key]

    def conflict_names(self) -> list[str]:
        """The headers (without the mark) of the conflicting columns, in column order."""
        return [self._header_name(c) for c in range(len(self._columns)) if self.column_conflicts(c)]


# -- the view ----------------------------------------------------------------------------


class StoryView(QWidget):
    """Pick one of the layer's stories and compare how each outlet reports it.

    Double-clicking a row emits `document_requested(doc_id, trigger start)`. Call `refresh()`
    after operations that change events, entities, stances or documents.
    """

    document_requested = Signal(int, int)  # doc id, offset of the row's first trigger

    def __init__(self, project: Project, layer: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._layer = layer
        self._language = language
        self._story: Story | None = None

        self.clusters = QComboBox(self)
        self.clusters.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = StoryTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.explanation = QLabel(
            self.tr(
                "No stories yet. A story links reports of the same event across documents: in the "
                "Events tab, select an event and choose Link to story…"
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.table_page = table_page = QWidget(self)
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.summary)
        table_layout.addWidget(self.table, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(table_page)
        self.pages.addWidget(self.explanation)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Story:"), self))
        top.addWidget(self.clusters, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        self.clusters.currentIndexChanged.connect(lambda _i: self._load_story())
        self.table.doubleClicked.connect(lambda index: self.request_document(index.row()))
        self.export_button.clicked.connect(self._export_clicked)
        self.refresh()

    # -- what the main window calls ------------------------------------------------------

    @property
    def layer(self) -> str:
        return self._layer

    def set_layer(self, layer: str) -> None:
        """Show another annotator's stories."""
        if layer != self._layer:
            self._layer = layer
            self.refresh()

    def set_language(self, language: str) -> None:
        """Show schema names (roles, targets, polarities) in `language` ("ar" or "en")."""
        if language != self._language:
            self._language = language
            self.refresh()

    def current_cluster(self) -> str | None:
        data = self.clusters.currentData()
        return str(data) if data is not None else None

    def set_cluster(self, key: str) -> bool:
        """Show the story of cluster `key`; False when the layer has no such cluster."""
        index = self.clusters.findData(key)
        if index < 0:
            return False
        if index == self.clusters.currentIndex():
            self._load_story()
        else:
            self.clusters.setCurrentIndex(index)
        return True

    def story(self) -> Story | None:
        """The story shown now, or None."""
        return self._story

    def has_stories(self) -> bool:
        return self.clusters.count() > 0

    def refresh(self) -> None:
        """Reload the layer's stories and the one shown (kept when it still exists)."""
        current = self.current_cluster()
        self.clusters.blockSignals(True)
        try:
            self.clusters.clear()
            for group in self._project.event_clusters(self._layer):
                documents = self.tr("%n document(s)", "", group.documents)
                self.clusters.addItem(f"{isolate(group.title)} · {documents}", group.key)
                self.clusters.setItemData(self.clusters.count() - 1, group.key, Qt.ItemDataRole.ToolTipRole)
            index = self.clusters.findData(current) if current is not None else -1
            self.clusters.setCurrentIndex(index if index >= 0 else 0 if self.clusters.count() else -1)
        finally:
            self.clusters.blockSignals(False)
        self._load_story()

    def request_document(self, row: int) -> None:
        """Ask the main window to open row's document at its (first) trigger."""
        story_row = self.model.story_row(row)
        if story_row is None:
            return
        start = 0
        if story_row.event_ids:
            try:
                start = self._project.event(story_row.event_ids[0]).start
            except ProjectError:
                start = 0
        self.document_requested.emit(story_row.doc_id, start)

    def export_to(self, path: Path | str) -> int:
        """Write the story shown to `path`: JSON Lines for .jsonl/.ndjson/.json, CSV otherwise."""
        if self._story is None:
            return 0
        if is_jsonl_path(path):
            return write_story_jsonl(self._story, path, self._language)
        return write_story_csv(self._story, path, self._language)

    # -- inside --------------------------------------------------------------------------

    def _load_story(self) -> None:
        cluster = self.current_cluster()
        story: Story | None = None
        if cluster is not None:
            try:
                story = self._project.story(self._layer, cluster, self._language)
            except ProjectError:
                story = None
        self._story = story
        self.model.set_story(story)
        self.pages.setCurrentWidget(self.table_page if self.has_stories() else self.explanation)
        self.export_button.setEnabled(story is not None)
        self.summary.setText(self._summary_text())
        if story is not None:
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                header.resizeSection(column, min(header.sectionSize(column), 320))

    def _summary_text(self) -> str:
        story = self._story
        if story is None:
            return ""
        outlets = len({row.outlet or f"#{row.doc_id}" for row in story.rows})
        parts = [self.tr("%n outlet(s)", "", outlets)]
        if len(story.rows) != outlets:
            parts.append(self.tr("%n document(s)", "", len(story.rows)))
        names = self.model.conflict_names()
        if names:
            parts.append(
                self.tr("conflicts: %1").replace("%1", self.tr(", ").join(isolate(n) for n in names))
            )
        else:
            parts.append(self.tr("no conflicts"))
        return " · ".join(parts)

    def _export_clicked(self) -> None:
        if self._story is None:
            return
        csv_filter = self.tr("CSV for spreadsheets (*.csv)")
        jsonl_filter = self.tr("JSON Lines (*.jsonl)")
        suggested = (self._story.title or self._story.cluster).replace("/", "-") + ".csv"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export story"), suggested, f"{csv_filter};;{jsonl_filter}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".jsonl", ".ndjson", ".json"):
            target = target.with_name(target.name + (".jsonl" if chosen == jsonl_filter else ".csv"))
        try:
            self.export_to(target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export story"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )


class StoryDialog(QDialog):
    """A window around a `StoryView`; its `document_requested` is the view's."""

    document_requested = Signal(int, int)

    def __init__(self, project: Project, layer: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Story view"))
        self.view = StoryView(project, layer, language, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.document_requested.connect(self.document_requested)
        self.resize(960, 420)

    def refresh(self) -> None:
        self.view.refresh()

    def set_cluster(self, key: str) -> bool:
        return self.view.set_cluster(key)

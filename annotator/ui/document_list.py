"""The document list: one annotator's documents, filtered, paged in lazily, with progress.

`DocumentListModel` is a thin Qt adapter over `Project.document_list_page` for one layer: it
fetches pages of `PAGE_SIZE` rows as the view scrolls (Qt's `canFetchMore`/`fetchMore`), so a
project of 100k documents never loads every row. `DocumentListWidget` puts a filter bar, the
table and a progress line around it. The main window feeds every operation's `Changes` to
`DocumentListWidget.on_changes` and opens the document that `document_activated` names.
"""

from __future__ import annotations

import bisect
import time
import unicodedata
from dataclasses import replace
from enum import IntEnum
from operator import attrgetter

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Changes, DocStatus, DocumentSummary
from annotator.core.project import Project

PAGE_SIZE = 200
"""Rows fetched per query; a page is ~1 ms of SQLite and a few screens of rows."""

MAX_PAGES_PER_FETCH = 64
"""The most pages `row_of` fetches with one query when it looks far down the list."""

FILTER_DELAY_MS = 150
"""Typing in the filter box waits this long for the next key before querying."""


class Column(IntEnum):
    TITLE = 0
    OUTLET = 1
    DATE = 2
    TOKENS = 3
    STATUS = 4
    ENTITIES = 5


# Plain ints for data(), which runs for every visible cell: enum member lookups cost more.
_TITLE = int(Column.TITLE)
_OUTLET = int(Column.OUTLET)
_DATE = int(Column.DATE)
_TOKENS = int(Column.TOKENS)
_STATUS = int(Column.STATUS)

DOC_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""The row's document id (every column)."""
STATUS_ROLE = int(Qt.ItemDataRole.UserRole) + 2
"""The row's raw `DocStatus` for this layer (every column); the status column shows it translated."""

_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, DOC_ID_ROLE, STATUS_ROLE})

_V_CENTRE = Qt.AlignmentFlag.AlignVCenter
# Titles and outlets are Arabic: flush right whatever the UI language (AlignAbsolute keeps an
# RTL layout from mirroring it to the left). Numbers and dates are right-aligned too, so the
# units digits line up. The status is a UI word: it follows the layout direction (leading edge).
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | _V_CENTRE
_LEADING = Qt.AlignmentFlag.AlignLeading | _V_CENTRE
_COLUMN_ALIGNMENT = (_RIGHT, _RIGHT, _RIGHT, _RIGHT, _LEADING, _RIGHT)

_id_of = attrgetter("id")


def _status_labels() -> dict[DocStatus, str]:
    return {
        DocStatus.NOT_STARTED: QCoreApplication.translate("DocumentListModel", "Not started"),
        DocStatus.IN_PROGRESS: QCoreApplication.translate("DocumentListModel", "In progress"),
        DocStatus.DONE: QCoreApplication.translate("DocumentListModel", "Done"),
    }


def _concerns_layer(changes: Changes, layer: str) -> bool:
    """False when the change names only other annotators' layers (their edits are not shown here)."""
    return changes.documents or not changes.layers or layer in changes.layers


class DocumentListModel(QAbstractTableModel):
    """One annotator's document list, in id order, loaded a page at a time.

    `rowCount` is the number of rows loaded so far; the view asks for more as it scrolls. Use
    `set_filter` for the status and text filters and `refresh` after every operation.
    """

    def __init__(self, project: Project, layer: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._layer = layer
        self._status: DocStatus | None = None
        self._text = ""
        self._rows: list[DocumentSummary] = []
        # Where the next page starts in the filtered list. It differs from len(self._rows) when a
        # loaded row stops matching the status filter: the row stays (the annotator is working
        # on it), but the query no longer counts it.
        self._next_offset = 0
        self._total = 0
        self._labels = _status_labels()
        self._untitled = QCoreApplication.translate("DocumentListModel", "(untitled)")
        self._reload()

    # -- what the rest of the UI calls ---------------------------------------------------

    @property
    def layer(self) -> str:
        return self._layer

    @property
    def status_filter(self) -> DocStatus | None:
        return self._status

    @property
    def text_filter(self) -> str:
        return self._text

    def set_layer(self, layer: str) -> None:
        """Show another annotator's statuses and counts; starts again from the first page."""
        if layer != self._layer:
            self._layer = layer
            self._reload()

    def set_filter(self, status: DocStatus | None, text: str) -> None:
        """Show only documents with this status (None: all) whose title or outlet contains `text`."""
        text = text.strip()
        if (status, text) != (self._status, self._text):
            self._status, self._text = status, text
            self._reload()

    def total(self) -> int:
        """How many documents match the filters (loaded or not)."""
        return self._total

    def doc_id_at(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, doc_id: int, *, fetch: bool = True) -> int | None:
        """The row showing `doc_id`, fetching pages until it is loaded; None if the list lacks it.

        Rows are in id order, so fetching stops at the first page that passes `doc_id`; each
        fetch is twice the last (up to 64 pages), since every query skips the rows before it
        (SQLite's OFFSET), and a jump 50k rows down page by page would take ~0.8 s instead of
        ~0.1 s. With `fetch=False` only the rows loaded already are looked at.
        """
        pages = 1
        while True:
            row = bisect.bisect_left(self._rows, doc_id, key=_id_of)
            if row < len(self._rows) and self._rows[row].id == doc_id:
                return row
            if not fetch or row < len(self._rows) or not self.canFetchMore(_ROOT):
                return None
            self._append(self._fetch_page(PAGE_SIZE * pages))
            pages = min(pages * 2, MAX_PAGES_PER_FETCH)

    def refresh(self, changes: Changes) -> None:
        """Bring the list up to date after an operation, re-reading only the documents it names.

        New or removed documents reload the list. A loaded row whose status leaves the status
        filter stays where it is (showing its new status) until the filter is applied again;
        a document that joins the filter among the loaded rows is inserted in its place.
        """
        if changes.documents:
            self._reload()
            return
        if not (changes.entities or changes.statuses) or not _concerns_layer(changes, self._layer):
            return
        if not changes.doc_ids:  # an operation that does not say which documents: re-read them all
            self._reload()
            return
        for doc_id in sorted(changes.doc_ids):
            row = self.row_of(doc_id, fetch=False)
            if row is not None:
                self._reread_row(row, changes.entities)
            elif changes.statuses and self._status is not None:
                self._insert_if_joined(doc_id)
        if changes.statuses and self._status is not None:
            self._total = self._project.document_list_count(self._layer, self._status, self._text)

    def retranslate(self) -> None:
        """Re-read the translated headers and statuses (after the UI language changed)."""
        self._labels = _status_labels()
        self._untitled = QCoreApplication.translate("DocumentListModel", "(untitled)")
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    # -- Qt's model protocol ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._next_offset < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not parent.isValid():
            self._append(self._fetch_page(PAGE_SIZE))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> object:
        # Called for every visible cell and role on each paint: cheapest checks first.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        column = index.column()
        if role == _ALIGNMENT:
            return _COLUMN_ALIGNMENT[column]
        summary = self._rows[index.row()]
        if role == _DISPLAY:
            if column == _TITLE:
                return summary.title or self._untitled
            if column == _OUTLET:
                return summary.source
            if column == _DATE:
                return summary.date
            if column == _TOKENS:
                return summary.token_count  # an int: the delegate formats it in the view's locale
            if column == _STATUS:
                return self._labels[summary.statuses.get(self._layer, DocStatus.NOT_STARTED)]
            return summary.entity_counts.get(self._layer, 0)
        if role == DOC_ID_ROLE:
            return summary.id
        if role == STATUS_ROLE:
            return summary.statuses.get(self._layer, DocStatus.NOT_STARTED)
        if role == _TOOLTIP and column == _TITLE:
            return summary.title or None  # titles are often longer than the column
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return (
                QCoreApplication.translate("DocumentListModel", "Title"),
                QCoreApplication.translate("DocumentListModel", "Outlet"),
                QCoreApplication.translate("DocumentListModel", "Date"),
                QCoreApplication.translate("DocumentListModel", "Tokens"),
                QCoreApplication.translate("DocumentListModel", "Status"),
                QCoreApplication.translate("DocumentListModel", "Entities"),
            )[section]
        if role == _ALIGNMENT:
            return _LEADING
        return None

    # -- loading ---------------------------------------------------------------------------

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._next_offset = 0
        self._total = self._project.document_list_count(self._layer, self._status, self._text)
        self._rows = self._fetch_page(PAGE_SIZE)
        self.endResetModel()

    def _append(self, page: list[DocumentSummary]) -> None:
        if page:
            first = len(self._rows)
            self.beginInsertRows(_ROOT, first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _fetch_page(self, limit: int) -> list[DocumentSummary]:
        """The next `limit` rows of the filtered list, without rows already loaded."""
        page = self._project.document_list_page(
            self._layer, self._next_offset, limit, self._status, self._text
        )
        if not page:  # fewer documents than counted (the project changed under us): stop asking
            self._total = self._next_offset
            return []
        self._next_offset += len(page)
        last_loaded = self._rows[-1].id if self._rows else -1
        return [summary for summary in page if summary.id > last_loaded]

    def _status_of(self, summary: DocumentSummary) -> DocStatus:
        return summary.statuses.get(self._layer, DocStatus.NOT_STARTED)

    def _matches_status(self, status: DocStatus) -> bool:
        return self._status is None or status == self._status

    def _reread_row(self, row: int, entities_changed: bool) -> None:
        old = self._rows[row]
        status = self._project.status(old.id, self._layer)
        counts = old.entity_counts
        if entities_changed:
            counts = {self._layer: len(self._project.entities(old.id, self._layer))}
        new = replace(old, statuses={self._layer: status}, entity_counts=counts)
        self._rows[row] = new
        self._next_offset += self._matches_status(status) - self._matches_status(self._status_of(old))
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _insert_if_joined(self, doc_id: int) -> None:
        """Insert a document that now matches the status filter, if its place is among the loaded rows."""
        position = bisect.bisect_left(self._rows, doc_id, key=_id_of)
        if position == len(self._rows) and self.canFetchMore(_ROOT):
            return  # it will arrive with a later page
        if not self._matches_status(self._project.status(doc_id, self._layer)):
            return
        # Its offset in the filtered list: the loaded rows before it that match the filter.
        offset = sum(self._matches_status(self._status_of(s)) for s in self._rows[:position])
        found = self._project.document_list_page(self._layer, offset, 1, self._status, self._text)
        if not found or found[0].id > doc_id:
            return  # the text filter leaves it out
        if found[0].id != doc_id:
            self._reload()  # the loaded rows no longer line up with the project: start again
            return
        self.beginInsertRows(_ROOT, position, position)
        self._rows.insert(position, found[0])
        self._next_offset += 1
        self.endInsertRows()


def _first_strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first letter with a strong bidi class (like HTML's dir="auto")."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


class _ContentDirectionDelegate(QStyledItemDelegate):
    """Lays out each title and outlet in its own direction, whatever the UI's direction.

    Qt lays out item text in the view's direction: an Arabic title in an English (LTR) UI
    would show its final full stop on the right and a leading "2024:" after the words.
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        direction = _first_strong_direction(option.text)
        if direction is not None:
            option.direction = direction


class DocumentListWidget(QWidget):
    """One annotator's documents: a filter bar, the list, and how many are done.

    Emits `document_activated(doc_id)` when the annotator clicks a row, double-clicks it or
    presses Enter on it. `select_document` highlights a row from elsewhere (the document view,
    "next document") without emitting. Feed every operation's `Changes` to `on_changes`.
    """

    document_activated = Signal(int)

    def __init__(self, project: Project, layer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self.model = DocumentListModel(project, layer, self)
        self._last_activation: tuple[int, float] | None = None

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        for status in ("", DocStatus.NOT_STARTED, DocStatus.IN_PROGRESS, DocStatus.DONE):
            self.status_combo.addItem("", str(status))  # item data: a DocStatus value, "" for all
        self.table = QTableView(self)
        self.progress_label = QLabel(self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)

        self._set_up_table()
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.status_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress_label)

        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.returnPressed.connect(self._apply_filter)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.table.clicked.connect(self._on_row_activated)
        self.table.activated.connect(self._on_row_activated)  # Enter, double-click

        self._progress = project.progress(layer)
        self._retranslate()

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(False)  # the order is the project's (id); pages depend on it
        table.setTabKeyNavigation(False)  # Tab leaves the list instead of walking its cells
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        delegate = _ContentDirectionDelegate(table)
        table.setItemDelegateForColumn(Column.TITLE, delegate)
        table.setItemDelegateForColumn(Column.OUTLET, delegate)
        rows = table.verticalHeader()
        rows.hide()
        # Uniform row heights: a fixed section size keeps 100k rows cheap to lay out and scroll.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(rows.defaultSectionSize(), table.fontMetrics().height() + 8))
        columns = table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)

    def _size_columns(self) -> None:
        """Widths from the font and the header words: ResizeToContents would re-measure every page."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        padding = 24
        # Qt's default minimum is the font's widest glyph: with an Arabic font that is a wide
        # ligature, and every column would be at least ~130 px wide.
        header.setMinimumSectionSize(header_metrics.averageCharWidth() * 4 + padding // 2)

        def width(*samples: str) -> int:
            return max(metrics.horizontalAdvance(s) for s in samples) + padding

        def title_of(column: Column) -> str:
            return str(self.model.headerData(column, Qt.Orientation.Horizontal))

        for column, samples in (
            (Column.OUTLET, ("سكاي نيوز عربية",)),  # a longish outlet name
            (Column.DATE, ("0000-00-00",)),
            (Column.TOKENS, (self.locale().toString(88888),)),
            (Column.STATUS, tuple(_status_labels().values())),
            (Column.ENTITIES, (self.locale().toString(8888),)),
        ):
            header_width = header_metrics.horizontalAdvance(title_of(column)) + padding
            header.resizeSection(column, max(width(*samples), header_width))

    # -- what the rest of the UI calls ---------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Update the rows and the progress line after an operation (the app's one broadcast)."""
        if not _concerns_layer(changes, self.model.layer):
            return
        if changes.documents:
            current = self.current_document()
            self.model.refresh(changes)
            if current is not None:
                self.select_document(current)
        else:
            self.model.refresh(changes)
        if changes.documents or changes.statuses:
            self._update_progress()

    def set_layer(self, layer: str) -> None:
        """Show another annotator's list and progress."""
        self.model.set_layer(layer)
        self._update_progress()

    def select_document(self, doc_id: int) -> bool:
        """Select and scroll to the document's row, fetching pages as needed; does not emit.

        Returns False (and clears the selection) when the filters leave the document out.
        """
        loaded = self.model.rowCount()
        row = self.model.row_of(doc_id)
        if row is None:
            self.table.clearSelection()
            return False
        if self.model.rowCount() != loaded:
            # Lay the new pages out before selecting: selecting scrolls to the row, and with the
            # scroll range of the old last row, the scroll would clamp at its end, which tells
            # the view to fetch yet another page.
            self.table.doItemsLayout()
        self._select_row(row)
        self.table.scrollTo(self.model.index(row, Column.TITLE), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def current_document(self) -> int | None:
        """The id of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.doc_id_at(rows[0].row()) if rows else None

    # -- handlers ------------------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, Column.TITLE), flags)

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        current = self.current_document()
        status = self.status_combo.currentData()
        self.model.set_filter(DocStatus(status) if status else None, self.filter_edit.text())
        row = None if current is None else self.model.row_of(current, fetch=False)
        if row is not None:
            self._select_row(row)  # still listed: keep it selected (and in view)

    def _on_row_activated(self, index: QModelIndex) -> None:
        doc_id = self.model.doc_id_at(index.row())
        now = time.monotonic()
        # A double-click is a click, then an activation: open the document once.
        if self._last_activation is not None:
            last_id, last_time = self._last_activation
            if last_id == doc_id and now - last_time < QApplication.doubleClickInterval() / 1000:
                return
        self._last_activation = (doc_id, now)
        self.document_activated.emit(doc_id)

    def _update_progress(self) -> None:
        self._progress = self._project.progress(self.model.layer)
        self._show_progress()

    def _show_progress(self) -> None:
        done, total = self._progress
        locale = self.locale()
        # %1 and %2 as Qt Linguist expects, so translators see (and keep) the placeholders.
        text = (
            self.tr("%1 of %2 done")
            .replace("%1", locale.toString(done))
            .replace("%2", locale.toString(total))
        )
        self.progress_label.setText(text)

    def _retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by title or outlet"))
        self.filter_edit.setAccessibleName(self.tr("Filter documents"))
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.table.setAccessibleName(self.tr("Documents"))
        for i, text in enumerate(
            (self.tr("All"), self.tr("Not started"), self.tr("In progress"), self.tr("Done"))
        ):
            self.status_combo.setItemText(i, text)
        self.model.retranslate()
        self._size_columns()
        self._show_progress()  # from the last figures: a language change does not query the project

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

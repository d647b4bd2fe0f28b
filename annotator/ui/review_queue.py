"""The reviewer's queue: the units to decide, which annotators are compared, progress, the merge.

`QueueModel` is a thin Qt adapter over a list of the project's `UnitState`s (annotator.core
.project_gold); `QueuePanel` is the left side of the review window. The panel only shows and
asks: the window runs every project operation.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.project_gold import UnitState
from annotator.ui.display import color_icon

UnitId = tuple[int, str, str]
"""A unit across reloads: (document id, kind, key)."""

FILTERS = ("open", "disagreements", "everything")
OPEN_COLOR = "#e67e22"
DECIDED_COLOR = "#2e7d32"
AGREED_COLOR = "#9e9e9e"


def unit_id(state: UnitState) -> UnitId:
    return (state.unit.doc_id, state.unit.kind, state.unit.key)


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One row as shown: the unit's state, its text (title, kind, quote, state), a tooltip, and
    whether every annotator agrees (worked out once: it compares every version)."""

    state: UnitState
    text: str
    tip: str
    agreed: bool = False


class QueueModel(QAbstractListModel):
    """The rows of the queue; `state_at(row)` gives the unit behind a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self.line_height = 18  # the list's font line spacing, set by the panel

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tip
        if role == Qt.ItemDataRole.SizeHintRole:
            # Qt's own hint can leave out the last line of a multi-line row (it then elides it).
            return QSize(100, (row.text.count("\n") + 1) * self.line_height + 8)
        if role == Qt.ItemDataRole.DecorationRole:
            if row.state.decided:
                return color_icon(DECIDED_COLOR)
            return color_icon(AGREED_COLOR if row.agreed else OPEN_COLOR)
        return None

    def state_at(self, row: int) -> UnitState | None:
        return self._rows[row].state if 0 <= row < len(self._rows) else None

    def row_of(self, wanted: UnitId) -> int | None:
        return next((i for i, r in enumerate(self._rows) if unit_id(r.state) == wanted), None)

    def states(self) -> list[UnitState]:
        return [r.state for r in self._rows]


def _line_height(view: QWidget) -> int:
    """A row's line height: Arabic quotes fall back to the Arabic font, often taller than the UI's."""
    from annotator.ui.app import arabic_font_family

    arabic = QFont(arabic_font_family())
    arabic.setPointSizeF(view.font().pointSizeF())
    return max(view.fontMetrics().lineSpacing(), QFontMetrics(arabic).lineSpacing()) + 1


class QueueList(QListView):
    """The queue's list view. Typing does not search it: digits and letters are the reviewer's
    decision keys (window shortcuts), never a jump to a row that starts with that character."""

    def keyboardSearch(self, search: str) -> None:
        return


class QueuePanel(QWidget):
    """Annotators to compare, the filter, progress, the queue, and the automatic merge."""

    annotators_changed = Signal()
    filter_changed = Signal()
    merge_requested = Signal(object)  # min_agree: int | None (None = all participants)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        who = QGroupBox(self.tr("Annotators compared"), self)
        who_layout = QVBoxLayout(who)
        self.annotator_list = QListWidget(who)
        self.annotator_list.setMaximumHeight(96)
        self.annotator_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.annotator_list.itemChanged.connect(lambda _item: self.annotators_changed.emit())
        who_layout.addWidget(self.annotator_list)
        layout.addWidget(who)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:"), self))
        self.filter_combo = QComboBox(self)
        self.filter_combo.addItem(self.tr("Open units only"), "open")
        self.filter_combo.addItem(self.tr("All disagreements"), "disagreements")
        self.filter_combo.addItem(self.tr("Everything (with agreed units)"), "everything")
        self.filter_combo.setCurrentIndex(1)
        self.filter_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        row.addWidget(self.filter_combo, 1)
        layout.addLayout(row)

        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)

        self.model = QueueModel(self)
        self.view = QueueList(self)
        self.view.setModel(self.model)
        self.model.line_height = _line_height(self.view)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        layout.addWidget(self.view, 1)

        merge = QGroupBox(self.tr("Merge agreed units into gold"), self)
        merge_layout = QVBoxLayout(merge)
        spin_row = QHBoxLayout()
        spin_row.addWidget(QLabel(self.tr("Min. annotators agreeing:"), merge))
        self.min_agree = QSpinBox(merge)
        self.min_agree.setRange(0, 99)
        self.min_agree.setSpecialValueText(self.tr("all"))
        self.min_agree.setToolTip(self.tr("0 = all the annotators who worked on the document"))
        spin_row.addWidget(self.min_agree)
        merge_layout.addLayout(spin_row)
        self.merge_button = QPushButton(self.tr("Merge agreed units"), merge)
        self.merge_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.merge_button.clicked.connect(lambda _=False: self._request_merge())
        merge_layout.addWidget(self.merge_button)
        self.report_label = QLabel(merge)
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        merge_layout.addWidget(self.report_label)
        layout.addWidget(merge)

    # -- annotators ----------------------------------------------------------------------

    def set_annotators(self, names: list[str], colors: dict[str, str], keys: dict[str, int]) -> None:
        """List the annotators, each checked, with their colour and decision key."""
        self.annotator_list.blockSignals(True)
        self.annotator_list.clear()
        for name in names:
            key = keys.get(name)
            item = QListWidgetItem(color_icon(colors[name]), f"{key}  {name}" if key and key <= 9 else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.annotator_list.addItem(item)
        self.annotator_list.blockSignals(False)

    def checked_annotators(self) -> list[str]:
        found = []
        for i in range(self.annotator_list.count()):
            item = self.annotator_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def set_checked(self, name: str, checked: bool) -> None:
        for i in range(self.annotator_list.count()):
            item = self.annotator_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- filter, progress, merge -----------------------------------------------------------

    def filter(self) -> str:
        return str(self.filter_combo.currentData())

    def set_filter(self, name: str) -> None:
        if name in FILTERS:
            self.filter_combo.setCurrentIndex(FILTERS.index(name))

    def set_progress(self, decided: int, total: int) -> None:
        self.progress_label.setText(
            self.tr("%1 of %2 decided").replace("%1", str(decided)).replace("%2", str(total))
        )
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(decided)

    def _request_merge(self) -> None:
        value = self.min_agree.value()
        self.merge_requested.emit(value if value > 0 else None)

    # -- rows ------------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

"""The table widget of the schema editor: one list of the edited schema (labels, roles ...),
one row per item, one column per field, each cell edited the way its kind says.

`SchemaEditor` (schema_editor.py) builds one `ItemTable` per list and listens to `edited`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

NEW_COLOR = "#cccccc"  # the colour of an item added in the editor, until one is chosen

Item = dict[str, Any]
"""One item of the edited schema, in `Schema.to_dict` form (a label, a role ...)."""

_SEPARATORS = re.compile(r"[,،;\s]+")  # keys hold no spaces: Latin or Arabic commas, or spaces
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class Kind(Enum):
    KEY = "key"  # editable only for items added in this dialog
    TEXT = "text"
    ARABIC = "arabic"  # text shown and edited right to left
    OPTIONAL = "optional"  # text; empty removes the field
    LIST = "list"  # keys separated by commas
    COLOR = "color"  # a button showing the colour, opening a colour dialog
    FLAG = "flag"  # a check box; unchecked removes the field


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: Kind
    tip: str = ""


class _RtlDelegate(QStyledItemDelegate):
    """Edits Arabic names right to left, whatever the UI language."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        if isinstance(editor, QLineEdit):
            editor.setAlignment(_RIGHT)
        return editor


class ItemTable(QTableWidget):
    """Rows: the items of one list of the edited schema; a finished cell edit writes into its item."""

    edited = Signal()

    def __init__(
        self,
        columns: list[Column],
        items: Callable[[], list[Item]],
        is_new: Callable[[Item], bool],
        pick_color: Callable[[str], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = columns
        self._items = items
        self._is_new = is_new
        self._pick_color = pick_color
        self._loading = False
        self.add_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        self.setHorizontalHeaderLabels([c.header for c in columns])
        for i, column in enumerate(columns):
            header = self.horizontalHeaderItem(i)
            if column.tip and header is not None:
                header.setToolTip(column.tip)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab moves on to the buttons; arrows move between cells
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        for i, column in enumerate(columns):
            if column.kind is Kind.ARABIC:
                self.setItemDelegateForColumn(i, _RtlDelegate(self))
        self.itemChanged.connect(self._store)
        self.itemActivated.connect(self._activated)

    def schema_items(self) -> list[Item]:
        return self._items()

    def column_of(self, field: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.field == field)

    def row_of(self, key: str) -> int:
        return next(i for i, item in enumerate(self.schema_items()) if item["key"] == key)

    def selected_item(self) -> Item | None:
        items, row = self.schema_items(), self.currentRow()
        return items[row] if 0 <= row < len(items) else None

    def reload(self, select: int | None = None) -> None:
        row = self.currentRow() if select is None else select
        items = self.schema_items()
        self._loading = True
        try:
            self.setRowCount(0)
            self.setRowCount(len(items))
            for r, item in enumerate(items):
                for c, column in enumerate(self.columns):
                    self._fill(r, c, column, item)
        finally:
            self._loading = False
        if items:
            self.setCurrentCell(min(max(row, 0), len(items) - 1), 0)

    def _fill(self, row: int, col: int, column: Column, item: Item) -> None:
        value = item.get(column.field)
        cell = QTableWidgetItem()
        if column.kind is Kind.FLAG:
            cell.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            cell.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        elif column.kind is Kind.LIST:
            cell.setText(", ".join(value or []))
        else:
            cell.setText(str(value or ""))
        if column.kind is Kind.ARABIC:
            cell.setTextAlignment(_RIGHT)
        if column.kind is Kind.KEY and not self._is_new(item):
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cell.setToolTip(self.tr("Annotations refer to this key, so it cannot be renamed."))
        if column.kind is Kind.COLOR:
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cell.setBackground(QColor(str(value)))
            button = QPushButton(str(value), self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter on the cell opens the colour dialog
            button.setToolTip(self.tr("Choose a colour"))
            button.setStyleSheet(
                f"QPushButton {{ background: {value}; color: #111; border: 1px solid #999; }}"
            )
            button.clicked.connect(lambda _=False, it=item, f=column.field: self._choose_color(it, f))
            self.setItem(row, col, cell)
            self.setCellWidget(row, col, button)
            return
        self.setItem(row, col, cell)

    def _choose_color(self, item: Item, field: str) -> None:
        chosen = self._pick_color(str(item.get(field, NEW_COLOR)))
        if chosen and chosen.lower() != item.get(field):
            item[field] = chosen.lower()
            self.reload(select=next(i for i, it in enumerate(self.schema_items()) if it is item))
            self.edited.emit()

    def _activated(self, cell: QTableWidgetItem) -> None:
        column = self.columns[cell.column()]
        items = self.schema_items()
        if column.kind is Kind.COLOR and cell.row() < len(items):
            self._choose_color(items[cell.row()], column.field)

    def _store(self, cell: QTableWidgetItem) -> None:
        items = self.schema_items()
        if self._loading or cell.row() >= len(items):
            return
        item, column = items[cell.row()], self.columns[cell.column()]
        text = cell.text().strip()
        if column.kind is Kind.FLAG:
            if cell.checkState() == Qt.CheckState.Checked:
                item[column.field] = True
            else:
                item.pop(column.field, None)
        elif column.kind is Kind.LIST:
            item[column.field] = [key for key in _SEPARATORS.split(text) if key]
        elif column.kind is Kind.OPTIONAL and not text:
            item.pop(column.field, None)
        elif column.kind is not Kind.COLOR:
            item[column.field] = text
        self.edited.emit()

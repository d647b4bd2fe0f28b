"""The annotation panel: the open document's entities in text order, synced with the view.

A `QTableView` over a thin model of the entity list: no widget per row (a combo box per cell
cost seconds at 2k entities), editors only while a cell is edited. Label and attributes are
edited in place; the edit becomes a request the workspace turns into a project operation.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from annotator.core.model import Entity
from annotator.core.schema import Schema

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # [(shown text, value)] for the cell's editor
_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


class EntityTableModel(QAbstractTableModel):
    """Rows: entities in text order. Columns: text, label, one per entity attribute."""

    edit_requested = Signal(int, str, str)  # entity id, "label" or an attribute key, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._schema: Schema | None = None
        self._language = "en"
        self._text = ""
        self._rows: list[Entity] = []
        self._headers: list[str] = []

    def set_schema(self, schema: Schema, language: str, headers: list[str]) -> None:
        self.beginResetModel()
        self._schema, self._language, self._headers = schema, language, headers
        self.endResetModel()

    def set_entities(self, text: str, entities: list[Entity]) -> None:
        self.beginResetModel()
        self._text, self._rows = text, list(entities)
        self.endResetModel()

    def insert_entity(self, entity: Entity) -> int:
        """Insert one entity at its place in text order (the fast path after labelling)."""
        key = (entity.start, -entity.end, entity.id)
        row = next((i for i, e in enumerate(self._rows) if (e.start, -e.end, e.id) > key), len(self._rows))
        self.beginInsertRows(_ROOT, row, row)
        self._rows.insert(row, entity)
        self.endInsertRows()
        return row

    def row_of(self, entity_id: int) -> int | None:
        return next((i for i, e in enumerate(self._rows) if e.id == entity_id), None)

    def entity_at(self, row: int) -> Entity:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self._schema is None else 2 + len(self._schema.entity_attributes)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if section < len(self._headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() >= 1 else base

    def _attribute_key(self, column: int) -> str:
        assert self._schema is not None
        return "label" if column == 1 else self._schema.entity_attributes[column - 2].key

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._schema is None:
            return None
        entity, column = self._rows[index.row()], index.column()
        schema = self._schema
        if role == ID_ROLE:
            return entity.id
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._text[entity.start : entity.end].replace("\n", " ")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(
                    Qt.AlignmentFlag.AlignRight
                    | Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignAbsolute
                )
            if role == Qt.ItemDataRole.BackgroundRole and schema.has_label(entity.label):
                return QColor(schema.label(entity.label).color)
            return None
        key = self._attribute_key(column)
        value = entity.label if key == "label" else str(entity.attributes.get(key, ""))
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "label" and schema.has_label(value):
                return f"{value} · {schema.label(value).names.in_language(self._language)}"
            return value or "—"
        if role == CHOICES_ROLE:
            if key == "label":
                return [
                    (f"{lb.key} · {lb.names.in_language(self._language)}", lb.key) for lb in schema.labels
                ]
            return [("—", ""), *((v, v) for v in schema.entity_attribute(key).values)]
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit is only a request: the row changes when the project operation comes back."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() < 1:
            return False
        entity = self._rows[index.row()]
        key = self._attribute_key(index.column())
        current = entity.label if key == "label" else str(entity.attributes.get(key, ""))
        if str(value) != current:
            self.edit_requested.emit(entity.id, key, str(value))
        return False


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor with the cell's choices (labels, or an attribute's values)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for shown, value in index.data(CHOICES_ROLE) or []:
            combo.addItem(shown, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AnnotationPanel(QTableView):
    """Text, label and attributes of each entity; label and attributes are edited in place."""

    entity_activated = Signal(int)
    relabel_requested = Signal(int, str)
    attribute_requested = Signal(int, str, str)  # entity id, attribute key, value ("" = unset)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity_model = EntityTableModel(self)
        self.setModel(self.entity_model)
        self.setItemDelegate(ChoiceDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setWordWrap(False)
        self.entity_model.edit_requested.connect(self._on_edit)
        selection = self.selectionModel()
        selection.selectionChanged.connect(lambda *_: self._on_selection())

    def set_schema(self, schema: Schema, language: str) -> None:
        attrs = [a.names.in_language(language) for a in schema.entity_attributes]
        self.entity_model.set_schema(schema, language, [self.tr("Text"), self.tr("Label"), *attrs])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_entities(self, text: str, entities: list[Entity]) -> None:
        """Fill the table, entities in text order (outer before inner)."""
        with QSignalBlocker(self.selectionModel()):
            self.entity_model.set_entities(text, entities)

    def add_entity(self, entity: Entity) -> None:
        """Show one new entity without reloading the others."""
        with QSignalBlocker(self.selectionModel()):
            self.entity_model.insert_entity(entity)

    def _on_edit(self, entity_id: int, key: str, value: str) -> None:
        if key == "label":
            self.relabel_requested.emit(entity_id, value)
        else:
            self.attribute_requested.emit(entity_id, key, value)

    def select_entity(self, entity_id: int | None) -> None:
        """Select the row of an entity without emitting (the view already shows it)."""
        with QSignalBlocker(self.selectionModel()):
            self.clearSelection()
            row = self.entity_model.row_of(entity_id) if entity_id is not None else None
            if row is not None:
                self.selectRow(row)
                self.scrollTo(self.entity_model.index(row, 0))
        self.viewport().update()

    def _on_selection(self) -> None:
        rows = {i.row() for i in self.selectionModel().selectedRows()}
        if len(rows) == 1:
            self.entity_activated.emit(self.entity_model.entity_at(rows.pop()).id)

    def entity_ids(self) -> list[int]:
        return [self.entity_model.entity_at(i).id for i in range(self.entity_model.rowCount())]

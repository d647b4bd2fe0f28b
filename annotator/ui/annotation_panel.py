"""The annotation panel: the open document's entities in text order, synced with the view."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from annotator.core.model import Entity
from annotator.core.schema import Schema

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AnnotationPanel(QTableWidget):
    """Text, label and attributes of each entity; label and attributes are edited in place."""

    entity_activated = Signal(int)
    relabel_requested = Signal(int, str)
    attribute_requested = Signal(int, str, str)  # entity id, attribute key, value ("" = unset)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self._schema: Schema | None = None
        self._language = "en"
        self._ids: list[int] = []
        self.itemSelectionChanged.connect(self._on_selection)

    def set_schema(self, schema: Schema, language: str) -> None:
        self._schema = schema
        self._language = language
        attrs = [a.names.in_language(language) for a in schema.entity_attributes]
        self.setColumnCount(2 + len(attrs))
        self.setHorizontalHeaderLabels([self.tr("Text"), self.tr("Label"), *attrs])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_entities(self, text: str, entities: list[Entity]) -> None:
        """Fill the table, entities in text order (outer before inner)."""
        assert self._schema is not None
        schema = self._schema
        with QSignalBlocker(self):
            self.setRowCount(len(entities))
            self._ids = [e.id for e in entities]
            for row, entity in enumerate(entities):
                item = QTableWidgetItem(text[entity.start : entity.end].replace("\n", " "))
                item.setData(ID_ROLE, entity.id)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if schema.has_label(entity.label):
                    item.setBackground(QColor(schema.label(entity.label).color))
                self.setItem(row, 0, item)
                self.setCellWidget(row, 1, self._label_combo(entity))
                for col, attr in enumerate(schema.entity_attributes, start=2):
                    self.setCellWidget(row, col, self._attribute_combo(entity, attr.key, attr.values))

    def _label_combo(self, entity: Entity) -> QComboBox:
        assert self._schema is not None
        combo = QComboBox(self)
        for label in self._schema.labels:
            combo.addItem(f"{label.key} · {label.names.in_language(self._language)}", label.key)
        combo.setCurrentIndex(max(0, combo.findData(entity.label)))
        combo.activated.connect(
            lambda _i, c=combo, eid=entity.id: self.relabel_requested.emit(eid, c.currentData())
        )
        return combo

    def _attribute_combo(self, entity: Entity, key: str, values: tuple[str, ...]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem("—", "")
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(entity.attributes.get(key, ""))))
        combo.activated.connect(
            lambda _i, c=combo, eid=entity.id, k=key: self.attribute_requested.emit(eid, k, c.currentData())
        )
        return combo

    def select_entity(self, entity_id: int | None) -> None:
        """Select the row of an entity without emitting (the view already shows it)."""
        with QSignalBlocker(self):
            self.clearSelection()
            if entity_id in self._ids:
                row = self._ids.index(entity_id)
                self.selectRow(row)
                item = self.item(row, 0)
                if item is not None:
                    self.scrollToItem(item)

    def _on_selection(self) -> None:
        rows = {i.row() for i in self.selectedIndexes()}
        if len(rows) == 1:
            self.entity_activated.emit(self._ids[rows.pop()])

    def entity_ids(self) -> list[int]:
        return list(self._ids)

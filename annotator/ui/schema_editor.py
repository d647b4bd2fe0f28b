"""The schema editor: labels, event types with their roles and attributes, attribute definitions,
polarities and stance targets, edited as tables over a plain copy of the stored schema.

Nothing is saved until "Apply", which validates the edited copy (`Schema.from_dict`) and stores it as
one operation through the main window's `run`; closing the dialog discards the edits. Deleting an item
that annotations use is refused at once with the count; a label in use can be merged into another
label instead (one operation that relabels its entities in every layer). Keys of stored items are
read-only: annotations refer to keys, so only display names, colours and shortcuts change freely.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Changes
from annotator.core.project import Project, ProjectError
from annotator.core.project_schema import SchemaUsage, schema_problems
from annotator.core.schema import Schema, SchemaError
from annotator.ui.schema_tables import NEW_COLOR, Column, Item, ItemTable, Kind

Run = Callable[..., Changes | None]
"""The main window's runner: `run(method, *args) -> Changes | None` (None: refused, message shown)."""


_SHORTCUT_CHOICES = "abcdefghijklmnopqrstuvwxyz0123456789"


class SchemaEditor(QDialog):
    """Edit the project's schema; "Apply" stores it as one operation, closing discards the edits.

    The interactions that open a modal dialog are attributes, so a test (or a script) can replace
    them: `pick_color(current) -> "#rrggbb" | None`, `ask_merge_target(key, prompt, [(key, name)])
    -> key | None`, `ask_open_path() -> path | None`, `ask_save_path() -> path | None`.
    """

    def __init__(
        self, project: Project, layer: str, run: Run, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._project, self._layer, self._run, self._language = project, layer, run, language
        self._data: dict[str, Any] = {}
        self._new: list[Item] = []
        self._usage: SchemaUsage | None = None
        self.pick_color: Callable[[str], str | None] = self._ask_color
        self.ask_merge_target: Callable[[str, str, list[tuple[str, str]]], str | None] = self._ask_target
        self.ask_open_path: Callable[[], str | None] = self._ask_open_path
        self.ask_save_path: Callable[[], str | None] = self._ask_save_path
        self.setWindowTitle(self.tr("Schema"))
        self.resize(980, 620)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget(self)
        self._build_labels_tab()
        self._build_event_types_tab()
        self._build_attributes_tab()
        self.polarities_table = self._table(self._named_columns(color=True), lambda: self._data["polarities"])
        self.tabs.addTab(self._with_buttons(self.polarities_table), self.tr("Polarities"))
        targets = [*self._named_columns(), Column("description", self.tr("Description"), Kind.OPTIONAL)]
        self.targets_table = self._table(targets, lambda: self._data["stance_targets"])
        self.tabs.addTab(self._with_buttons(self.targets_table), self.tr("Stance targets"))

        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.import_button.setToolTip(self.tr("Replace the schema with one from a YAML file"))
        self.export_button.setToolTip(self.tr("Save the stored schema as a YAML file"))
        self.close_button.setToolTip(self.tr("Close; edits not applied are discarded"))
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.apply_button, self.close_button):
            buttons.addWidget(button)
        for button in (self.import_button, self.export_button, self.apply_button, self.close_button):
            button.setAutoDefault(False)  # Enter finishes a cell edit; it never applies or closes
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _named_columns(self, *, color: bool = False) -> list[Column]:
        columns = [
            Column("key", self.tr("Key"), Kind.KEY),
            Column("ar", self.tr("Arabic name"), Kind.ARABIC),
            Column("en", self.tr("English name"), Kind.TEXT),
        ]
        if color:
            columns.append(Column("color", self.tr("Colour"), Kind.COLOR))
            columns.append(Column("shortcut", self.tr("Shortcut"), Kind.TEXT))
        return columns

    def _table(self, columns: list[Column], items: Callable[[], list[Item]]) -> ItemTable:
        table = ItemTable(columns, items, self._is_new, lambda current: self.pick_color(current), self)
        table.edited.connect(self.message.clear)
        return table

    def _with_buttons(self, table: ItemTable, *extra: QPushButton) -> QWidget:
        """The table with its Add and Delete buttons (and `extra` ones) under it."""
        page = QWidget(self)
        add = QPushButton(self.tr("Add"), page)
        delete = QPushButton(self.tr("Delete"), page)
        add.setObjectName("add")
        delete.setObjectName("delete")
        add.clicked.connect(lambda: self.add_row(table))
        delete.clicked.connect(lambda: self._on_delete(table))
        row = QHBoxLayout()
        for button in (add, delete, *extra):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        table.add_button, table.delete_button = add, delete
        return page

    def _build_labels_tab(self) -> None:
        columns = [
            *self._named_columns(color=True),
            Column("description", self.tr("Description"), Kind.OPTIONAL),
        ]
        self.labels_table = self._table(columns, lambda: self._data["labels"])
        self.merge_button = QPushButton(self.tr("Merge label into…"), self)
        self.merge_button.setToolTip(
            self.tr("Relabel every entity of the selected label and remove the label, in one step")
        )
        self.merge_button.clicked.connect(self._on_merge)
        self.tabs.addTab(self._with_buttons(self.labels_table, self.merge_button), self.tr("Labels"))

    def _build_event_types_tab(self) -> None:
        columns = [
            *self._named_columns(color=True),
            Column("description", self.tr("Description"), Kind.OPTIONAL),
        ]
        self.types_table = self._table(columns, lambda: self._data["event_types"])
        role_columns = [
            *self._named_columns(),
            Column(
                "labels",
                self.tr("Accepts"),
                Kind.LIST,
                self.tr(
                    "The entity labels and event types that may fill the role: keys, separated by commas"
                ),
            ),
            Column("required", self.tr("Required"), Kind.FLAG),
            Column("repeatable", self.tr("Repeatable"), Kind.FLAG),
        ]
        self.roles_table = self._table(role_columns, self._current_roles)
        self.type_attributes = QListWidget(self)
        self.type_attributes.itemChanged.connect(self._store_type_attributes)
        self.roles_box = QGroupBox(self.tr("Roles of the selected event type"), self)
        QVBoxLayout(self.roles_box).addWidget(self._with_buttons(self.roles_table))
        attributes_box = QGroupBox(self.tr("Its attributes"), self)
        QVBoxLayout(attributes_box).addWidget(self.type_attributes)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.roles_box)
        lower.addWidget(attributes_box)
        lower.setStretchFactor(0, 4)
        lower.setStretchFactor(1, 1)
        page = QSplitter(Qt.Orientation.Vertical, self)
        page.addWidget(self._with_buttons(self.types_table))
        page.addWidget(lower)
        self.types_table.currentCellChanged.connect(lambda *_: self._show_type())
        self.tabs.addTab(page, self.tr("Event types"))

    def _build_attributes_tab(self) -> None:
        columns = [
            *self._named_columns(),
            Column(
                "values",
                self.tr("Values"),
                Kind.LIST,
                self.tr("The attribute's values: keys, separated by commas"),
            ),
            Column("default", self.tr("Default"), Kind.OPTIONAL),
        ]
        self.entity_attributes_table = self._table(columns, lambda: self._data["entity_attributes"])
        self.event_attributes_table = self._table(columns, lambda: self._data["event_attributes"])
        self.event_attributes_table.edited.connect(self._fill_type_attributes)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        for title, table in (
            (self.tr("Entity attributes"), self.entity_attributes_table),
            (self.tr("Event attributes"), self.event_attributes_table),
        ):
            box = QGroupBox(title, page)
            QVBoxLayout(box).addWidget(self._with_buttons(table))
            layout.addWidget(box)
        self.tabs.addTab(page, self.tr("Attributes"))

    def _tables(self) -> list[ItemTable]:
        return [
            self.labels_table,
            self.types_table,
            self.roles_table,
            self.entity_attributes_table,
            self.event_attributes_table,
            self.polarities_table,
            self.targets_table,
        ]

    # -- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Start over from the stored schema (edits not applied are dropped)."""
        self._data = copy.deepcopy(self._project.schema.to_dict())
        self._new.clear()
        self._usage = None
        for table in self._tables():
            table.reload(select=0)
        self._show_type()

    @property
    def usage(self) -> SchemaUsage:
        if self._usage is None:
            self._usage = self._project.schema_usage()
        return self._usage

    def edited_data(self) -> dict[str, Any]:
        """The edited schema in `Schema.to_dict` form (a copy)."""
        return copy.deepcopy(self._data)

    def is_dirty(self) -> bool:
        return self._data != self._project.schema.to_dict()

    def _is_new(self, item: Item) -> bool:
        return any(item is new for new in self._new)

    def _current_type(self) -> Item | None:
        items, row = self._data.get("event_types", []), self.types_table.currentRow()
        return items[row] if 0 <= row < len(items) else None

    def _current_roles(self) -> list[Item]:
        event_type = self._current_type()
        return event_type["roles"] if event_type is not None else []

    def _show_type(self) -> None:
        event_type = self._current_type()
        title = self.tr("Roles of %1").replace("%1", event_type["key"]) if event_type else ""
        self.roles_box.setTitle(title or self.tr("Roles of the selected event type"))
        self.roles_table.reload(select=0)
        self._fill_type_attributes()

    def _fill_type_attributes(self) -> None:
        event_type = self._current_type()
        chosen = set(event_type["attributes"]) if event_type else set()
        self.type_attributes.blockSignals(True)
        self.type_attributes.clear()
        for attribute in self._data.get("event_attributes", []):
            name = attribute.get(self._language) or attribute["key"]
            item = QListWidgetItem(f"{name} ({attribute['key']})")
            item.setData(Qt.ItemDataRole.UserRole, attribute["key"])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = attribute["key"] in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.type_attributes.addItem(item)
        self.type_attributes.setEnabled(event_type is not None)
        self.type_attributes.blockSignals(False)

    def _store_type_attributes(self, _: QListWidgetItem) -> None:
        event_type = self._current_type()
        if event_type is None:
            return
        list_widget = self.type_attributes
        event_type["attributes"] = [
            str(list_widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(list_widget.count())
            if list_widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)

    def show_message(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    # -- adding and deleting -------------------------------------------------------------

    def add_row(self, table: ItemTable) -> Item | None:
        """Add a new item to the table's list with a free key, and start editing its key."""
        if table is self.roles_table and self._current_type() is None:
            self.show_error(self.tr("Select an event type first."))
            return None
        items = table.schema_items()
        keys = {item["key"] for item in items}
        if table in (self.labels_table, self.types_table):
            keys |= {item["key"] for item in self._data["labels"] + self._data["event_types"]}
        base = {
            self.labels_table: "NEW",
            self.types_table: "New.Type",
            self.roles_table: "NewRole",
            self.polarities_table: "new_polarity",
            self.targets_table: "new_target",
        }.get(table, "new_attribute")
        key, n = base, 1
        while key in keys:
            n += 1
            key = f"{base}{n}"
        item: Item = {"key": key, "ar": "", "en": ""}
        fields = {column.field for column in table.columns}
        if "color" in fields:
            used = {str(it.get("shortcut", "")).casefold() for it in items}
            free = next((c for c in _SHORTCUT_CHOICES if c not in used), "")
            item.update(color=NEW_COLOR, shortcut=free)
        if "labels" in fields:
            item["labels"] = []
        if "values" in fields:
            item["values"] = []
        if table is self.types_table:
            item.update(attributes=[], roles=[])
        items.append(item)
        self._new.append(item)
        table.reload(select=len(items) - 1)
        table.setFocus()
        key_cell = table.item(len(items) - 1, 0)
        if key_cell is not None:
            table.editItem(key_cell)
        if table is self.event_attributes_table:
            self._fill_type_attributes()
        self.show_message(self.tr("Fill in the key and both names, then Apply."))
        return item

    def refusal_to_delete(self, table: ItemTable, item: Item) -> str | None:
        """Why the item may not be deleted (annotations use it, with the count), or None."""
        if self._is_new(item):
            return None
        key, usage = item["key"], self.usage
        if table is self.labels_table:
            n = usage.label(key)
            text = self.tr("The label %1 is used by %n entities; it cannot be deleted.", "", n)
        elif table is self.types_table:
            n = usage.event_type(key)
            text = self.tr("The event type %1 is used by %n events; it cannot be deleted.", "", n)
        elif table is self.roles_table:
            event_type = self._current_type()
            n = usage.role(event_type["key"], key) if event_type else 0
            text = self.tr("The role %1 is used by %n arguments; it cannot be deleted.", "", n)
        elif table is self.polarities_table:
            n = usage.polarity(key)
            text = self.tr("The polarity %1 is used by %n stances; it cannot be deleted.", "", n)
        elif table is self.targets_table:
            n = usage.stance_target(key)
            text = self.tr("The stance target %1 is used by %n stances; it cannot be deleted.", "", n)
        elif table is self.entity_attributes_table:
            n = usage.entity_attribute(key)
            text = self.tr("The attribute %1 is set on %n entities; it cannot be deleted.", "", n)
        else:
            n = usage.event_attribute(key)
            text = self.tr("The attribute %1 is set on %n events; it cannot be deleted.", "", n)
        return text.replace("%1", key) if n else None

    def delete_row(self, table: ItemTable) -> str | None:
        """Delete the table's selected item; returns the refusal shown instead, or None when deleted."""
        item = table.selected_item()
        if item is None:
            return self.tr("Select a row to delete first.")
        refusal = self.refusal_to_delete(table, item)
        if refusal:
            return refusal
        items = table.schema_items()
        row = next(i for i, it in enumerate(items) if it is item)
        del items[row]
        key = item["key"]
        if table in (self.labels_table, self.types_table):
            for event_type in self._data["event_types"]:
                for role in event_type["roles"]:
                    role["labels"] = [k for k in role["labels"] if k != key]
        if table is self.event_attributes_table:
            for event_type in self._data["event_types"]:
                event_type["attributes"] = [k for k in event_type["attributes"] if k != key]
        table.reload(select=row)
        if table in (self.types_table, self.event_attributes_table):
            self._show_type()
        else:
            self.roles_table.reload()
        return None

    def _on_delete(self, table: ItemTable) -> None:
        item = table.selected_item()
        refusal = self.delete_row(table)
        if refusal is None:
            self.show_message(self.tr("Deleted; Apply to save."))
            return
        self.show_error(refusal)
        if table is self.labels_table and item is not None and not self._is_new(item):
            if self.is_dirty():
                self.show_error(
                    refusal + " " + self.tr("Apply or discard your edits first to merge it instead.")
                )
                return
            prompt = (
                refusal + "\n" + self.tr("Merge it into another label instead? Its entities get that label.")
            )
            target = self.ask_merge_target(item["key"], prompt, self._merge_choices(item["key"]))
            if target:
                self.merge_label(item["key"], target)

    # -- merging, applying, files --------------------------------------------------------

    def _merge_choices(self, key: str) -> list[tuple[str, str]]:
        return [
            (label.key, label.names.in_language(self._language))
            for label in self._project.schema.labels
            if label.key != key
        ]

    def _on_merge(self) -> None:
        item = self.labels_table.selected_item()
        if item is None or self._is_new(item):
            self.show_error(self.tr("Select a saved label to merge first."))
            return
        key = item["key"]
        prompt = self.tr(
            "Give every entity labelled %1, in every annotator's layer, this label and remove %1:"
        ).replace("%1", key)
        target = self.ask_merge_target(key, prompt, self._merge_choices(key))
        if target:
            self.merge_label(key, target)

    def merge_label(self, old_key: str, into_key: str) -> bool:
        """Merge a stored label into another (one operation); refused while other edits are pending."""
        if self.is_dirty():
            self.show_error(self.tr("Apply or discard your other edits first, then merge."))
            return False
        n = self.usage.label(old_key)
        if self._call(self._project.merge_label, self._layer, old_key, into_key) is None:
            return False
        self.refresh()
        text = self.tr("Merged %1 into %2: %n entities relabelled.", "", n)
        self.show_message(text.replace("%1", old_key).replace("%2", into_key))
        return True

    def apply(self) -> bool:
        """Validate the edited schema and store it as one operation; errors are shown in the dialog."""
        try:
            schema = Schema.from_dict(self.edited_data(), source=self.tr("The edited schema"))
        except SchemaError as exc:
            self.show_error(str(exc))
            return False
        if schema == self._project.schema:
            self.show_message(self.tr("Nothing to apply: the schema is unchanged."))
            return False
        problems = schema_problems(self.usage, schema)
        if problems:
            self.show_error(
                self.tr("Not applied: annotations still use what it removes:") + " " + "; ".join(problems)
            )
            return False
        if self._call(self._project.update_schema, self._layer, schema) is None:
            return False
        self.refresh()
        self.show_message(self.tr("The schema was saved."))
        return True

    def _call(self, method: Callable[..., Changes], *args: Any) -> Changes | None:
        """Run a project change through `run`, showing a refusal in the dialog as well."""
        errors: list[str] = []

        def attempt(*a: Any) -> Changes:
            try:
                return method(*a)
            except ProjectError as exc:
                errors.append(str(exc))
                raise

        try:
            changes = self._run(attempt, *args)
        except ProjectError:
            changes = None
        if changes is None:
            self.show_error(errors[0] if errors else self.tr("The change was not applied."))
        return changes

    def _import(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        if self._call(self._project.import_schema, self._layer, path) is not None:
            self.refresh()
            self.show_message(self.tr("Imported the schema from %1.").replace("%1", path))

    def _export(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        try:
            self._project.export_schema(path)
        except ProjectError as exc:
            self.show_error(str(exc))
            return
        text = self.tr("Exported the schema to %1.").replace("%1", path)
        if self.is_dirty():
            text += " " + self.tr("Edits not applied yet are not in the file.")
        self.show_message(text)

    # -- the modal interactions (replaceable) --------------------------------------------

    def _ask_color(self, current: str) -> str | None:
        color = QColorDialog.getColor(QColor(current), self, self.tr("Colour"))
        return str(color.name()) if color.isValid() else None

    def _ask_target(self, key: str, prompt: str, choices: list[tuple[str, str]]) -> str | None:
        shown = [f"{name} ({k})" for k, name in choices]
        title = self.tr("Merge %1 into another label").replace("%1", key)
        text, ok = QInputDialog.getItem(self, title, prompt, shown, 0, False)
        return choices[shown.index(text)][0] if ok and text in shown else None

    def _ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a schema"), "", self.tr("Schema files (*.yaml *.yml)")
        )
        return path or None

    def _ask_save_path(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the schema"), "schema.yaml", self.tr("Schema files (*.yaml *.yml)")
        )
        return path or None

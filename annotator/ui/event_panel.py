"""The Events tab: the event-type palette, the document's events with their arguments, and the
current event's attributes, problems and links.

Building an event, keyboard first: select the trigger in the view and press the type's letter
(or click its button); the new event becomes the current one. Then select an entity mention
(click it, or Tab to it) and press Enter, or click it: a menu offers the roles of the event's
type that accept the mention's label. A digit on a fresh selection creates the entity on the
spot and offers the roles at once. Every change is a project operation through `run`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core import validation
from annotator.core.model import Event
from annotator.core.project import Project
from annotator.ui.display import isolate, shorten

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # ("event", id) or ("argument", id)
Runner = Callable[..., Any]


class EventPanel(QWidget):
    """The document's events; the current one is outlined in the view with links to its arguments."""

    event_selected = Signal(int)  # event id, -1 for none
    type_chosen = Signal(str)  # an event type's button was clicked: make the selection a trigger of it
    story_requested = Signal(int)  # "Link to story…" for this event
    argument_activated = Signal(int, int)  # (start, end) of a chosen argument, to show it in the view
    message = Signal(str)

    def __init__(
        self, project: Project, layer: str, run: Runner, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.layer = layer
        self.run = run
        self.language = language
        self.doc_id: int | None = None
        self.text = ""
        self._events: dict[int, Event] = {}
        self._problems: dict[int, list[str]] = {}
        self._current: int | None = None
        self.last_menu: QMenu | None = None  # the role menu shown last (tests drive it)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.type_palette = QWidget(self)
        grid = QGridLayout(self.type_palette)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3)
        self.type_buttons: dict[str, QPushButton] = {}
        schema = project.schema
        for i, event_type in enumerate(schema.event_types):
            button = QPushButton(
                f"{event_type.shortcut}  {event_type.names.in_language(language)}", self.type_palette
            )
            button.setToolTip(
                f"{event_type.key}: {event_type.description}" if event_type.description else event_type.key
            )
            button.setStyleSheet(
                f"QPushButton {{ background: {event_type.color}; color: #111; border: 1px solid #999;"
                " border-radius: 3px; padding: 2px 5px; text-align: start; }"
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, key=event_type.key: self.type_chosen.emit(key))
            grid.addWidget(button, i // 2, i % 2)
            self.type_buttons[event_type.key] = button
        layout.addWidget(self.type_palette)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.currentItemChanged.connect(self._on_current_item)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.installEventFilter(self)
        layout.addWidget(self.tree, 1)

        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00000;")
        layout.addWidget(self.problems)
        self.attributes = QWidget(self)
        self.attribute_form = QFormLayout(self.attributes)
        self.attribute_form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attributes)

        buttons = QHBoxLayout()
        self.event_argument_button = QPushButton(self.tr("Event as argument…"), self)
        self.event_argument_button.clicked.connect(self.show_event_argument_menu)
        self.story_button = QPushButton(self.tr("Link to story…"), self)
        self.story_button.clicked.connect(self._request_story)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.event_argument_button, self.story_button, self.delete_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._update_details()

    # -- content ---------------------------------------------------------------------------

    def show_document(self, doc_id: int, text: str) -> None:
        self.doc_id, self.text = doc_id, text
        self._current = None
        self.refresh()

    def refresh(self) -> None:
        """Reload the document's events (after any operation on events or entities)."""
        if self.doc_id is None:
            return
        events = self.project.events(self.doc_id, self.layer)
        self._events = {e.id: e for e in events}
        if self._current not in self._events:
            self._current = None
        entities = {e.id: e for e in self.project.entities(self.doc_id, self.layer)}
        schema = self.project.schema
        # Problems from what is loaded here, without a query per argument.
        fillers: dict[int, str] = {}
        for event in events:
            for argument in event.arguments:
                if argument.entity_id is not None:
                    found = entities.get(argument.entity_id)
                    fillers[argument.id] = found.label if found is not None else "?"
                else:
                    other = self._events.get(argument.event_id or -1)
                    fillers[argument.id] = other.type if other is not None else "?"
        self._problems = {
            event.id: validation.event_problems(schema, event, fillers, language=self.language)
            for event in events
        }
        self.tree.blockSignals(True)
        self.tree.clear()
        current_item = None
        for event in events:
            problems = self._problems[event.id]
            name = (
                schema.event_type(event.type).names.in_language(self.language)
                if schema.has_event_type(event.type)
                else event.type
            )
            flag = "⚠ " if problems else ""
            # First-strong isolates keep each part's own direction whatever the UI language.
            cluster = (
                f"  ⟲ {isolate(self.project.link_title(self.layer, 'event', event.cluster))}"
                if event.cluster
                else ""
            )
            trigger = shorten(self.text[event.start : event.end], 40)
            item = QTreeWidgetItem([f"{flag}{isolate(name)} · {isolate(trigger)}{cluster}"])
            item.setData(0, KIND_ROLE, ("event", event.id))
            tip = [*problems] if problems else [event.type]
            if event.cluster:
                story = self.project.link_title(self.layer, "event", event.cluster)
                tip.append(self.tr("Story: %1").replace("%1", story))
            item.setToolTip(0, "\n".join(tip))
            if schema.has_event_type(event.type):
                item.setBackground(0, QColor(schema.event_type(event.type).color))
            if problems:
                item.setForeground(0, QColor(160, 0, 0))
            for argument in event.arguments:
                role = (
                    schema.role(event.type, argument.role).names.in_language(self.language)
                    if schema.has_role(event.type, argument.role)
                    else argument.role
                )
                if argument.entity_id is not None and argument.entity_id in entities:
                    entity = entities[argument.entity_id]
                    filler = f"{shorten(self.text[entity.start : entity.end], 40)} ({entity.label})"
                elif argument.event_id is not None and argument.event_id in self._events:
                    other = self._events[argument.event_id]
                    filler = f"{shorten(self.text[other.start : other.end], 40)} ({other.type})"
                else:
                    filler = "?"
                child = QTreeWidgetItem([f"{role}: {filler}"])
                child.setData(0, KIND_ROLE, ("argument", argument.id))
                item.addChild(child)
            missing = (
                [r for r in schema.event_type(event.type).required_roles()]
                if schema.has_event_type(event.type)
                else []
            )
            for role_spec in missing:
                if not event.arguments_for(role_spec.key):
                    child = QTreeWidgetItem(
                        [self.tr("%1: (missing)").replace("%1", role_spec.names.in_language(self.language))]
                    )
                    child.setForeground(0, QColor(160, 0, 0))
                    child.setData(0, KIND_ROLE, ("missing", event.id))
                    item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if event.id == self._current:
                current_item = item
        if current_item is not None:
            self.tree.setCurrentItem(current_item)
        self.tree.blockSignals(False)
        self._update_details()

    def events(self) -> list[Event]:
        return list(self._events.values())

    def problems_of(self, event_id: int) -> list[str]:
        """What the event lacks or breaks (missing required roles...), as of the last refresh."""
        return self._problems.get(event_id, [])

    def current_event(self) -> int | None:
        return self._current

    def select_event(self, event_id: int | None, *, emit: bool = True) -> None:
        self._current = event_id if event_id in self._events else None
        self.tree.blockSignals(True)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, KIND_ROLE) == ("event", self._current):
                self.tree.setCurrentItem(item)
                break
        else:
            self.tree.clearSelection()
            self.tree.setCurrentIndex(self.tree.rootIndex())
        self.tree.blockSignals(False)
        self._update_details()
        if emit:
            self.event_selected.emit(self._current if self._current is not None else -1)

    def _on_current_item(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        kind, id_ = item.data(0, KIND_ROLE)
        event_id = id_ if kind in ("event", "missing") else self._event_of_argument(id_)
        if event_id != self._current:
            self._current = event_id
            self._update_details()
            self.event_selected.emit(event_id if event_id is not None else -1)
        if kind == "argument":
            span = self._argument_span(id_)
            if span is not None:
                self.argument_activated.emit(*span)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, id_ = item.data(0, KIND_ROLE)
        if kind == "event":
            event = self._events.get(id_)
            if event is not None:
                self.argument_activated.emit(event.start, event.end)

    def _event_of_argument(self, argument_id: int) -> int | None:
        return next(
            (e.id for e in self._events.values() if any(a.id == argument_id for a in e.arguments)), None
        )

    def _argument_span(self, argument_id: int) -> tuple[int, int] | None:
        for event in self._events.values():
            for argument in event.arguments:
                if argument.id != argument_id:
                    continue
                if argument.entity_id is not None:
                    entity = self.project.entity(argument.entity_id)
                    return entity.start, entity.end
                if argument.event_id in self._events:
                    other = self._events[argument.event_id]
                    return other.start, other.end
        return None

    def current_links(self) -> tuple[list[int], list[int]]:
        """(entity ids, event ids) filling the current event's roles, for the view's links."""
        event = self._events.get(self._current) if self._current is not None else None
        if event is None:
            return [], []
        entities = [a.entity_id for a in event.arguments if a.entity_id is not None]
        events = [a.event_id for a in event.arguments if a.event_id is not None]
        return entities, events

    # -- details of the current event --------------------------------------------------------

    def _update_details(self) -> None:
        while self.attribute_form.rowCount():
            self.attribute_form.removeRow(0)
        event = self._events.get(self._current) if self._current is not None else None
        for button in (self.event_argument_button, self.story_button, self.delete_button):
            button.setEnabled(event is not None)
        if event is None:
            self.problems.setText(
                self.tr("Select a trigger and press an event type's key.") if not self._events else ""
            )
            return
        problems = self._problems.get(event.id, [])
        self.problems.setText("\n".join(problems))
        schema = self.project.schema
        if not schema.has_event_type(event.type):
            return
        for definition in schema.event_attribute_defs(event.type):
            combo = QComboBox(self.attributes)
            for value in definition.values:
                combo.addItem(value, value)
            combo.setCurrentIndex(
                max(0, combo.findData(event.attributes.get(definition.key, definition.default)))
            )
            combo.currentIndexChanged.connect(
                lambda _i, key=definition.key, box=combo: self._set_attribute(key, str(box.currentData()))
            )
            self.attribute_form.addRow(definition.names.in_language(self.language), combo)

    def _set_attribute(self, key: str, value: str) -> None:
        event = self._events.get(self._current) if self._current is not None else None
        if event is None or event.attributes.get(key) == value:
            return
        self.run(self.project.set_event_attributes, self.layer, event.id, {**event.attributes, key: value})

    # -- arguments ---------------------------------------------------------------------------

    def valid_roles(self, entity_id: int) -> list[tuple[str, str, bool]]:
        """(role key, shown name, enabled) of the current event's roles that take this entity."""
        event = self._events.get(self._current) if self._current is not None else None
        if event is None:
            return []
        schema = self.project.schema
        if not schema.has_event_type(event.type):
            return []
        label = self.project.entity(entity_id).label
        roles = []
        for role in schema.event_type(event.type).roles:
            if not role.accepts(label):
                continue
            filled = len(event.arguments_for(role.key))
            taken = any(a.entity_id == entity_id and a.role == role.key for a in event.arguments)
            enabled = not taken and (role.repeatable or filled == 0)
            name = role.names.in_language(self.language)
            if role.required and not filled:
                name += " *"
            roles.append((role.key, name, enabled))
        return roles

    def show_role_menu(self, entity_id: int, where: QPoint) -> QMenu | None:
        """Offer the current event's roles that accept the entity; the chosen one becomes an argument."""
        if self._current is None:
            self.message.emit(self.tr("Choose an event first (click its trigger or pick it in the list)."))
            return None
        roles = self.valid_roles(entity_id)
        if not roles:
            label = self.project.entity(entity_id).label
            self.message.emit(self.tr("No role of this event takes a %1.").replace("%1", label))
            return None
        menu = QMenu(self)
        for key, name, enabled in roles:
            action = QAction(name, menu)
            action.setEnabled(enabled)
            action.setData(key)
            action.triggered.connect(lambda _=False, role=key: self.add_argument(entity_id, role))
            menu.addAction(action)
        first = next((a for a in menu.actions() if a.isEnabled()), None)
        if first is not None:
            menu.setActiveAction(first)
        self.last_menu = menu
        menu.popup(where)
        return menu

    def add_argument(self, entity_id: int, role: str) -> None:
        if self._current is None:
            return
        self.run(self.project.add_argument, self.layer, self._current, role, entity_id=entity_id)

    def event_argument_choices(self) -> list[tuple[str, int, str]]:
        """(role key, event id, shown text) for events of the document that may fill a role of the
        current event (a statement's Topic: the attack it is about)."""
        event = self._events.get(self._current) if self._current is not None else None
        schema = self.project.schema
        if event is None or not schema.has_event_type(event.type):
            return []
        choices = []
        for role in schema.event_type(event.type).roles:
            for other in self._events.values():
                if other.id == event.id or not role.accepts(other.type):
                    continue
                if any(a.event_id == other.id and a.role == role.key for a in event.arguments):
                    continue
                trigger = shorten(self.text[other.start : other.end], 40)
                shown = f"{role.names.in_language(self.language)} ← {trigger} ({other.type})"
                choices.append((role.key, other.id, shown))
        return choices

    def show_event_argument_menu(self) -> QMenu | None:
        choices = self.event_argument_choices()
        if not choices:
            self.message.emit(self.tr("No other event of this document can fill a role of this event."))
            return None
        menu = QMenu(self)
        for role, other_id, shown in choices:
            action = QAction(shown, menu)
            action.triggered.connect(
                lambda _=False, r=role, o=other_id: self.run(
                    self.project.add_argument, self.layer, self._current, r, argument_event_id=o
                )
            )
            menu.addAction(action)
        self.last_menu = menu
        menu.popup(self.event_argument_button.mapToGlobal(QPoint(0, self.event_argument_button.height())))
        return menu

    # -- deleting and linking ------------------------------------------------------------------

    def delete_current(self) -> None:
        """Delete the selected argument, or else the current event."""
        item = self.tree.currentItem()
        if item is not None and item.data(0, KIND_ROLE)[0] == "argument":
            self.run(self.project.remove_argument, self.layer, item.data(0, KIND_ROLE)[1])
            return
        if self._current is not None:
            self.run(self.project.delete_event, self.layer, self._current)

    def _request_story(self) -> None:
        if self._current is not None:
            self.story_requested.emit(self._current)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.tree
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

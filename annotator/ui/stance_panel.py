"""The Stances tab: the outlet's one-click stances, the document's stances with their evidence.

A stance is held by an entity mention or by the document's author/outlet, toward a schema target
or an entity mention, with a polarity, a scope (the whole document or a span such as a quote),
evidence spans anywhere in the text, and an optional intensity, confidence and note.

Keyboard first: Tab goes outlet grid → stance list → buttons; in the list Insert (or
Ctrl+Shift+N) makes a new stance, Enter/F2 edits the current one, E adds the text selection as
evidence and Delete removes the current stance or evidence row. Every change is one project
operation through `run`, so Edit > Undo takes it back. The main window paints the spans
(`evidence_spans`, `scope_spans`) and supplies the text selection (`selection_provider`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Entity, Span, Stance
from annotator.core.project import Project
from annotator.core.schema import Schema
from annotator.ui.display import color_icon, mention_text, shorten
from annotator.ui.outlet_grid import OutletGrid
from annotator.ui.stance_dialog import StanceDialog, polarity_name, target_name
from annotator.ui.stance_list import (
    CONFIDENCE,
    EVIDENCE,
    HOLDER,
    ID_ROLE,
    INTENSITY,
    KIND_ROLE,
    POLARITY,
    SCOPE,
    TARGET,
    StanceTree,
    span_children,
)

Runner = Callable[..., Any]
SelectionProvider = Callable[[], Span | None]


class StancePanel(QWidget):
    """The document's stances: the outlet grid on top, the list with evidence rows, the buttons."""

    stance_selected = Signal(int)  # stance id, -1 for none
    evidence_activated = Signal(int, int)  # (start, end) of an evidence span, to show it in the view
    message = Signal(str)  # a status message for the window (nothing selected, ...)

    def __init__(
        self,
        project: Project,
        layer: str,
        run: Runner,
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.layer = layer
        self.run = run
        self.language = language
        self.selection_provider: SelectionProvider | None = None
        self.doc_id: int | None = None
        self.text = ""
        self.dialog: StanceDialog | None = None  # the dialog opened last (tests fill it)
        self._schema: Schema | None = None
        self._stances: dict[int, Stance] = {}
        self._entities: dict[int, Entity] = {}
        self._outlet: dict[str, Stance] = {}
        self._evidence: dict[int, tuple[int, int, int]] = {}  # evidence id → (stance id, start, end)
        self._shown_stance: int | None = None  # the stance last announced by stance_selected

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.outlet_box = OutletGrid(self)
        self.outlet_box.chosen.connect(self.set_outlet_stance)
        layout.addWidget(self.outlet_box)

        self.tree = StanceTree(self)
        # Spanning a row costs a layout pass of the whole list (250 stances: 1.3 s), so evidence
        # rows span their columns only once their stance is opened.
        self.tree.itemExpanded.connect(span_children)
        self.tree.setColumnCount(7)
        self.tree.setRootIsDecorated(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda current, _previous: self._on_current(current))
        self.tree.itemDoubleClicked.connect(lambda item, _column: self._activate(item))
        self.tree.delete_pressed.connect(self.delete_current)
        self.tree.edit_pressed.connect(lambda: self._activate(self.tree.currentItem()))
        self.tree.evidence_pressed.connect(self.add_evidence_from_selection)
        self.tree.new_pressed.connect(self.new_stance_dialog)
        layout.addWidget(self.tree, 1)

        buttons = QGridLayout()
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda _checked=False: self.new_stance_dialog())
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_stance_dialog())
        self.evidence_button = QPushButton(self)
        self.evidence_button.clicked.connect(lambda _checked=False: self.add_evidence_from_selection())
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_current())
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.evidence_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        layout.addLayout(buttons)

        # The same keys when the grid or a button has the focus (the list handles its own).
        for sequence, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.new_stance_dialog),
            (QKeySequence("Ctrl+Shift+N"), self.new_stance_dialog),
            (QKeySequence(Qt.Key.Key_E), self.add_evidence_from_selection),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._retranslate()
        self._build_outlet_grid()
        self._update_buttons()

    # -- language and schema -------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Show schema names (targets, polarities) in "ar" or "en" and the panel's texts anew."""
        self.language = language
        self._retranslate()
        self._build_outlet_grid()
        self.refresh()

    def _retranslate(self) -> None:
        self.outlet_box.retranslate()
        self.tree.setHeaderLabels(
            [
                self.tr("Holder"),
                self.tr("Target"),
                self.tr("Polarity"),
                self.tr("Scope"),
                self.tr("Evidence"),
                self.tr("Intensity"),
                self.tr("Confidence"),
            ]
        )
        self.new_button.setText(self.tr("New stance…"))
        self.new_button.setToolTip(self.tr("A new stance (Insert or Ctrl+Shift+N)"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the current stance (Enter or F2 in the list)"))
        self.evidence_button.setText(self.tr("Add evidence from selection"))
        self.evidence_button.setToolTip(
            self.tr("Add the text selection as evidence of the current stance (E)")
        )
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the current stance or evidence (Delete)"))

    @property
    def outlet_buttons(self) -> dict[tuple[str, str], QPushButton]:
        """The outlet grid's buttons by (target, polarity)."""
        return self.outlet_box.buttons

    def _build_outlet_grid(self) -> None:
        self._schema = self.project.schema
        self.outlet_box.build(self._schema, self.language)
        self._sync_outlet_buttons()

    def _tab_chain(self) -> list[QWidget]:
        """The panel's Tab order: outlet grid → stance list → buttons (whatever order Qt made them in)."""
        widgets: list[QWidget] = [*self.outlet_buttons.values(), self.tree]
        widgets += [self.new_button, self.edit_button, self.evidence_button, self.delete_button]
        return [
            w
            for w in widgets
            if w.isVisibleTo(self) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]

    def focusNextPrevChild(self, forward: bool) -> bool:
        chain = self._tab_chain()
        focus = QApplication.focusWidget()
        index = next((i for i, widget in enumerate(chain) if widget is focus), -1)
        if index < 0:
            return super().focusNextPrevChild(forward)
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        next_index = index + (1 if forward else -1)
        if 0 <= next_index < len(chain):
            chain[next_index].setFocus(reason)
            return True
        outside = self._outside_neighbour(chain[index], forward)
        (outside or chain[0 if forward else -1]).setFocus(reason)
        return True

    def _outside_neighbour(self, start: QWidget, forward: bool) -> QWidget | None:
        """The first widget of the window after (or before) `start` in Qt's focus chain, outside the panel."""
        widget = start
        while True:
            candidate = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if candidate is None or candidate is start:
                return None
            widget = candidate
            if (
                widget is not self
                and not self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                return widget

    # -- the shown document --------------------------------------------------------------

    def show_document(self, doc_id: int, text: str, *, load: bool = True) -> None:
        """Show a document's stances (and take its entity mentions for the pickers).

        With `load` False the list stays empty until `refresh()`: the workspace defers it while
        the Stances tab is hidden, since a long list costs more than opening the document.
        """
        self.doc_id = doc_id
        self.text = text
        self._shown_stance = None
        with QSignalBlocker(self.tree):
            self.tree.clear()
        if load:
            self.refresh()
        else:
            self._stances, self._evidence = {}, {}

    def refresh(self) -> None:
        """Reload the shown document's stances, keeping the current row and the open ones."""
        if self._schema is not self.project.schema and self._schema != self.project.schema:
            self._build_outlet_grid()
        doc_id = self.doc_id
        if doc_id is None:
            self._stances, self._entities, self._outlet, self._evidence = {}, {}, {}, {}
        else:
            self._stances = {s.id: s for s in self.project.stances(doc_id, self.layer)}
            self._entities = {e.id: e for e in self.project.entities(doc_id, self.layer)}
            self._outlet = self.project.outlet_stances(doc_id, self.layer)
            self._evidence = {
                ev.id: (s.id, ev.start, ev.end) for s in self._stances.values() for ev in s.evidence
            }
        current = self.tree.currentItem()
        kept = (str(current.data(0, KIND_ROLE)), int(current.data(0, ID_ROLE))) if current else None
        kept_stance = self.current_stance()
        row = self.tree.indexOfTopLevelItem(current.parent() or current) if current is not None else -1
        opened = {
            int(item.data(0, ID_ROLE))
            for item in (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
            if item is not None and item.isExpanded()
        }
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for stance in self._stances.values():
                self._add_item(stance, stance.id in opened)
            # The same row, else its stance (an evidence row went), else the row now at its place.
            target = self._find_item(*kept) if kept is not None else None
            if target is None and kept_stance is not None:
                target = self._find_item("stance", kept_stance)
            if target is None and row >= 0 and self.tree.topLevelItemCount():
                target = self.tree.topLevelItem(min(row, self.tree.topLevelItemCount() - 1))
            if target is not None:
                self.tree.setCurrentItem(target)
        self._sync_outlet_buttons()
        self._update_buttons()
        self._announce(self.current_stance())

    def _add_item(self, stance: Stance, expanded: bool) -> None:
        schema = self.project.schema
        shown_polarity = polarity_name(schema, stance.polarity, self.language)
        color = schema.polarity(stance.polarity).color if schema.has_polarity(stance.polarity) else None
        item = QTreeWidgetItem(self.tree)
        item.setData(0, KIND_ROLE, "stance")
        item.setData(0, ID_ROLE, stance.id)
        item.setText(HOLDER, self._mention(stance.holder_entity_id) or self.tr("Author/outlet"))
        if stance.target is not None:
            item.setText(TARGET, target_name(schema, stance.target, self.language))
        else:
            item.setText(TARGET, self._mention(stance.target_entity_id))
        item.setText(POLARITY, shown_polarity)
        if color is not None:
            item.setBackground(POLARITY, QColor(color))
            item.setForeground(POLARITY, QColor("#111111"))
        if stance.scope is None:
            item.setText(SCOPE, self.tr("document"))
        else:
            item.setText(SCOPE, f"“{shorten(self.text[stance.scope[0] : stance.scope[1]], 30)}”")
        item.setText(EVIDENCE, str(len(stance.evidence)))
        item.setText(INTENSITY, str(stance.intensity) if stance.intensity is not None else "")
        item.setText(CONFIDENCE, f"{stance.confidence:.2f}" if stance.confidence is not None else "")
        if stance.note:
            for column in range(self.tree.columnCount()):
                item.setToolTip(column, stance.note)
        for evidence in stance.evidence:
            child = QTreeWidgetItem(item)
            child.setData(0, KIND_ROLE, "evidence")
            child.setData(0, ID_ROLE, evidence.id)
            child.setText(0, f"“{shorten(self.text[evidence.start : evidence.end], 60)}”")
            child.setToolTip(0, self.text[evidence.start : evidence.end])
            if color is not None:
                child.setIcon(0, color_icon(color))
        item.setExpanded(expanded)
        if expanded:
            span_children(item)

    def _mention(self, entity_id: int | None) -> str:
        if entity_id is None:
            return ""
        entity = self._entities.get(entity_id)
        return mention_text(self.text, entity) if entity is not None else f"#{entity_id}"

    def _find_item(self, kind: str, item_id: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            if kind == "stance" and int(top.data(0, ID_ROLE)) == item_id:
                return top
            if kind == "evidence":
                for j in range(top.childCount()):
                    child = top.child(j)
                    if child is not None and int(child.data(0, ID_ROLE)) == item_id:
                        return child
        return None

    def _sync_outlet_buttons(self) -> None:
        self.outlet_box.sync(self._outlet, self.doc_id is not None)

    def _update_buttons(self) -> None:
        has_doc = self.doc_id is not None
        has_stance = self.current_stance() is not None
        self.new_button.setEnabled(has_doc)
        self.evidence_button.setEnabled(has_doc)
        self.edit_button.setEnabled(has_stance)
        self.delete_button.setEnabled(self.tree.currentItem() is not None)

    # -- what the window reads -----------------------------------------------------------

    def current_stance(self) -> int | None:
        """The stance of the current row (an evidence row's stance too), or None."""
        item = self.tree.currentItem()
        if item is None:
            return None
        top = item.parent() or item
        return int(top.data(0, ID_ROLE))

    def current_evidence(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "evidence":
            return None
        return int(item.data(0, ID_ROLE))

    def stances(self) -> list[Stance]:
        """The shown document's stances, in the list's order."""
        return list(self._stances.values())

    def evidence_spans(self) -> list[tuple[int, int, int, str]]:
        """(evidence id, start, end, polarity key) of every evidence span of the shown stances."""
        return [
            (evidence.id, evidence.start, evidence.end, stance.polarity)
            for stance in self._stances.values()
            for evidence in stance.evidence
        ]

    def scope_spans(self) -> list[tuple[int, int, int, str]]:
        """(stance id, start, end, polarity key) of the shown stances whose scope is a span."""
        return [
            (stance.id, stance.scope[0], stance.scope[1], stance.polarity)
            for stance in self._stances.values()
            if stance.scope is not None
        ]

    def select_stance(self, stance_id: int | None, emit: bool = False) -> None:
        """Make a stance the current row (None: no row); `emit` announces it with stance_selected."""
        item = self._find_item("stance", stance_id) if stance_id is not None else None
        with QSignalBlocker(self.tree):
            if item is None:
                self.tree.setCurrentIndex(QModelIndex())
                self.tree.clearSelection()
            else:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
        self._update_buttons()
        if emit:
            self._announce(self.current_stance())
        else:
            self._shown_stance = self.current_stance()

    def _announce(self, stance_id: int | None) -> None:
        if stance_id != self._shown_stance:
            self._shown_stance = stance_id
            self.stance_selected.emit(-1 if stance_id is None else stance_id)

    def _on_current(self, item: QTreeWidgetItem | None) -> None:
        self._update_buttons()
        self._announce(self.current_stance())
        if item is not None and item.data(0, KIND_ROLE) == "evidence":
            found = self._evidence.get(int(item.data(0, ID_ROLE)))
            if found is not None:
                self.evidence_activated.emit(found[1], found[2])

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        """Enter, F2 or a double click: edit a stance, or show an evidence span in the view."""
        if item is None:
            return
        if item.data(0, KIND_ROLE) == "evidence":
            found = self._evidence.get(int(item.data(0, ID_ROLE)))
            if found is not None:
                self.evidence_activated.emit(found[1], found[2])
            return
        self.edit_stance_dialog(int(item.data(0, ID_ROLE)))

    def _selection(self) -> Span | None:
        provider = self.selection_provider
        span = provider() if provider is not None else None
        if span is None or span[0] >= span[1]:
            return None
        return (int(span[0]), int(span[1]))

    def _after(self, changes: Any) -> bool:
        """Reload after a successful operation of this panel (the window may have already)."""
        if changes is None:
            self._sync_outlet_buttons()
            return False
        self.refresh()
        return True

    # -- operations ----------------------------------------------------------------------

    def set_outlet_stance(self, target: str, polarity: str) -> None:
        """The outlet grid's click: set the outlet's polarity toward a target, or clear it if it is that."""
        if self.doc_id is None:
            return
        current = self._outlet.get(target)
        chosen = None if current is not None and current.polarity == polarity else polarity
        changes = self.run(self.project.set_outlet_stance, self.layer, self.doc_id, target, chosen)
        self._after(changes)

    def new_stance_dialog(self) -> StanceDialog | None:
        """Open the dialog for a new stance (the text selection, if any, becomes its first evidence)."""
        if self.doc_id is None:
            self.message.emit(self.tr("Open a document first."))
            return None
        doc_id = self.doc_id
        dialog = StanceDialog(
            self.project.schema,
            self.language,
            self.text,
            list(self._entities.values()),
            selection=self._selection(),
            parent=self,
        )
        dialog.accepted.connect(lambda: self._create(dialog, doc_id))
        return self._open(dialog)

    def edit_stance_dialog(self, stance_id: int | None = None) -> StanceDialog | None:
        """Open the dialog on a stance (by default the current one) to change its fields."""
        stance_id = self.current_stance() if stance_id is None else stance_id
        stance = self._stances.get(stance_id) if stance_id is not None else None
        if stance is None:
            self.message.emit(self.tr("Select a stance first."))
            return None
        dialog = StanceDialog(
            self.project.schema,
            self.language,
            self.text,
            list(self._entities.values()),
            selection=self._selection(),
            stance=stance,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._update(dialog, stance))
        return self._open(dialog)

    def _open(self, dialog: StanceDialog) -> StanceDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: StanceDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.tree.setFocus()

    def _create(self, dialog: StanceDialog, doc_id: int) -> None:
        values = dialog.values()
        polarity = values.pop("polarity")
        changes = self.run(
            self.project.add_stance, self.layer, doc_id, polarity, evidence=dialog.evidence(), **values
        )
        if self._after(changes) and changes.created_ids:
            self.select_stance(changes.created_ids[0], emit=True)

    def _update(self, dialog: StanceDialog, stance: Stance) -> None:
        values = dialog.values()
        changed: dict[str, Any] = {}
        for field in ("polarity", "holder_entity_id", "scope", "intensity", "note"):
            if values[field] != getattr(stance, field):
                changed[field] = values[field]
        if (values["target"], values["target_entity_id"]) != (stance.target, stance.target_entity_id):
            if values["target"] is not None:
                changed["target"] = values["target"]
            else:
                changed["target_entity_id"] = values["target_entity_id"]
        old, new = stance.confidence, values["confidence"]
        if (old is None) != (new is None) or (old is not None and new is not None and abs(old - new) > 1e-9):
            changed["confidence"] = new
        if not changed:
            return
        changes = self.run(self.project.update_stance, self.layer, stance.id, **changed)
        if self._after(changes):
            self.select_stance(stance.id, emit=True)

    def add_evidence_from_selection(self) -> None:
        """Add the text selection as evidence of the current stance (key E, or the button)."""
        if self.doc_id is None:
            self.message.emit(self.tr("Open a document first."))
            return
        stance_id = self.current_stance()
        if stance_id is None:
            self.message.emit(self.tr("Select a stance in the list first, then add evidence to it."))
            return
        span = self._selection()
        if span is None:
            self.message.emit(self.tr("Select the evidence in the text first."))
            return
        changes = self.run(self.project.add_evidence, self.layer, stance_id, span[0], span[1])
        if self._after(changes):
            item = self._find_item("stance", stance_id)
            if item is not None:
                item.setExpanded(True)
            self.select_stance(stance_id, emit=True)
            self.message.emit(self.tr("Evidence added."))

    def delete_current(self) -> None:
        """Delete the current stance, or remove the current evidence span from its stance."""
        item = self.tree.currentItem()
        if item is None:
            self.message.emit(self.tr("Select a stance first."))
            return
        item_id = int(item.data(0, ID_ROLE))
        if item.data(0, KIND_ROLE) == "evidence":
            changes = self.run(self.project.remove_evidence, self.layer, item_id)
        else:
            changes = self.run(self.project.delete_stance, self.layer, item_id)
        self._after(changes)

"""The reviewer's decisions (`DecisionsMixin` of the review window: accept a version, the
majority, an edited version, reject; the automatic merge; undo and redo of the gold layer), and
the edit dialog.

Edit and accept: the reviewer starts from one version of a unit and changes it before it goes
into gold (`Project.accept_edited`, recorded as "edited").

Per entity: keep or drop it, change its label, or give it the span selected in the document
view (the dialog is not modal, so the reviewer can select text while it is open); a new entity
can be made from the selection. Per event: keep or drop, change its type. Per stance: keep or
drop, change its polarity. The window validates through the project and shows a refusal in the
dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.core.adjudication import EntityItem, EventItem, Item, StanceItem, Unit, Version
from annotator.core.model import GOLD_LAYER, Changes, Document, Span
from annotator.core.project import Project, ProjectError, ProjectFileError
from annotator.core.project_gold import UnitState
from annotator.ui.display import color_icon
from annotator.ui.review_queue import QueuePanel, QueueRow, UnitId, unit_id
from annotator.ui.review_versions import Describer, decision_text, gold_entries, kind_name

if TYPE_CHECKING:
    from annotator.ui.document_view import DocumentView


class ItemRow(QFrame):
    """One item of the version being edited: keep it or not, and the field a reviewer may change."""

    def __init__(
        self,
        item: Item,
        describer: Describer,
        selection: Callable[[], Span | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.item = item
        self._describer = describer
        self._selection = selection
        schema = describer.schema
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.keep = QCheckBox(self.tr("Keep"), self)
        self.keep.setChecked(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.keep)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        fields = QHBoxLayout()
        self.combo = QComboBox(self)
        self.span_button: QPushButton | None = None
        if isinstance(item, EntityItem):
            fields.addWidget(QLabel(self.tr("Label:"), self))
            for label in schema.labels:
                self.combo.addItem(color_icon(label.color), describer.label(label.key), label.key)
            self._choose(item.label)
            self.span_button = QPushButton(self.tr("Use the view's selection as the span"), self)
            self.span_button.clicked.connect(lambda _=False: self.use_selection())
        elif isinstance(item, EventItem):
            fields.addWidget(QLabel(self.tr("Event type:"), self))
            for event_type in schema.event_types:
                self.combo.addItem(
                    color_icon(event_type.color), describer.event_type(event_type.key), event_type.key
                )
            self._choose(item.type)
        else:
            fields.addWidget(QLabel(self.tr("Polarity:"), self))
            for polarity in schema.polarities:
                self.combo.addItem(color_icon(polarity.color), describer.polarity(polarity.key), polarity.key)
            self._choose(item.polarity)
        fields.addWidget(self.combo, 1)
        if self.span_button is not None:
            fields.addWidget(self.span_button)
        layout.addLayout(fields)
        self.combo.currentIndexChanged.connect(lambda _i: self._show())
        self.keep.toggled.connect(lambda _on: self._show())
        self._show()

    def _choose(self, key: str) -> None:
        index = self.combo.findData(key)
        if index < 0:  # a key the schema no longer has: keep it choosable as it is
            self.combo.addItem(key, key)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def choose(self, key: str) -> None:
        """Pick a label, event type or polarity by its key (the combo's data)."""
        self._choose(key)

    def use_selection(self) -> bool:
        """Give the entity the span selected in the document view; False when nothing is selected."""
        span = self._selection()
        if span is None or span[1] <= span[0] or not isinstance(self.item, EntityItem):
            return False
        self.item = replace(self.item, start=span[0], end=span[1])
        self._show()
        return True

    def edited(self) -> Item | None:
        """The item as the reviewer left it, or None when it is dropped."""
        if not self.keep.isChecked():
            return None
        key = str(self.combo.currentData())
        if isinstance(self.item, EntityItem):
            return replace(self.item, label=key)
        if isinstance(self.item, EventItem):
            return replace(self.item, type=key)
        assert isinstance(self.item, StanceItem)
        return replace(self.item, polarity=key)

    def _show(self) -> None:
        item = self.edited()
        self.summary.setText(self._describer.describe(item) if item is not None else self.tr("(dropped)"))
        self.combo.setEnabled(self.keep.isChecked())


class EditDialog(QDialog):
    """Edit a version of `unit` and ask for it to be accepted (`version_chosen`)."""

    version_chosen = Signal(object)  # Version

    def __init__(
        self,
        unit: Unit,
        describer: Describer,
        selection: Callable[[], Span | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit and accept"))
        self.setModal(False)  # the reviewer selects text in the view while it is open
        if parent is not None:  # a window does not inherit its parent's direction (Arabic mirrors)
            self.setLayoutDirection(parent.layoutDirection())
        self.unit = unit
        self._describer = describer
        self._selection = selection
        self.rows: list[ItemRow] = []
        layout = QVBoxLayout(self)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("Start from:"), self))
        self.start_combo = QComboBox(self)
        majority = unit.majority()
        groups = unit.groups()
        for group in groups:
            who = ", ".join(group.annotators)
            if group == majority:
                who = self.tr("%1 (majority)").replace("%1", who)
            self.start_combo.addItem(who, group.version)
        start_row.addWidget(self.start_combo, 1)
        layout.addLayout(start_row)
        self._body = QWidget(self)
        self._items = QVBoxLayout(self._body)
        self._items.setContentsMargins(0, 0, 0, 0)
        self._items.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._body)
        layout.addWidget(scroll, 1)
        self.add_button: QPushButton | None = None
        if unit.kind == "entity":
            self.add_button = QPushButton(self.tr("Add the view's selection as an entity"), self)
            self.add_button.clicked.connect(lambda _=False: self.add_selection())
            layout.addWidget(self.add_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = buttons.addButton(
            self.tr("Accept into gold"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        start = majority if majority is not None else (groups[0] if groups else None)
        self.start_combo.setCurrentIndex(groups.index(start) if start is not None else -1)
        self.start_combo.currentIndexChanged.connect(lambda _i: self._load())
        self._load()
        self.resize(560, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _load(self) -> None:
        """Rows for the version chosen under "Start from"."""
        for row in self.rows:
            self._items.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        version = self.start_combo.currentData()
        for item in version or ():
            self._add_row(item)

    def _add_row(self, item: Item) -> ItemRow:
        row = ItemRow(item, self._describer, self._selection, self._body)
        self._items.insertWidget(self._items.count() - 1, row)
        self.rows.append(row)
        return row

    def add_selection(self) -> ItemRow | None:
        """A new entity on the view's selection, labelled like the first entity of the version."""
        span = self._selection()
        if span is None or span[1] <= span[0]:
            self.show_error(self.tr("Select some text in the document first."))
            return None
        first = next((r.edited() for r in self.rows if isinstance(r.edited(), EntityItem)), None)
        labels = self._describer.schema.label_keys()
        label = first.label if isinstance(first, EntityItem) else (labels[0] if labels else "")
        self.message.clear()
        return self._add_row(EntityItem(span[0], span[1], label))

    def version(self) -> Version:
        items = [item for item in (row.edited() for row in self.rows) if item is not None]
        return tuple(sorted(items, key=lambda i: (type(i).__name__, i)))

    def show_error(self, message: str) -> None:
        self.message.setText(message)

    def _accept(self) -> None:
        self.message.clear()
        self.version_chosen.emit(self.version())


class DecisionsMixin:
    """The reviewer's decisions, the automatic merge, and undo / redo of the gold layer; mixed into
    ReviewWindow (review_window.py), whose translation context its strings use."""

    if TYPE_CHECKING:
        project: Project
        reviewer: str
        settings: QSettings
        keys: dict[str, int]
        queue: QueuePanel
        view: DocumentView
        edit_dialog: EditDialog | None
        undo_action: QAction
        redo_action: QAction
        changes_applied: Any
        _rows: dict[int, list[QueueRow]]
        _history: list[tuple[int | None, UnitId]]
        _redone: list[tuple[int | None, UnitId]]

        def current(self) -> UnitState | None: ...
        def states(self) -> list[UnitState]: ...
        def reload(self, doc_ids: frozenset[int] | set[int] | None = None) -> None: ...
        def go_to_unit(self, wanted: UnitId) -> bool: ...
        def next_open(self, from_row: int, after: list[UnitId] | None = None) -> bool: ...
        def _show_current(self) -> None: ...
        def _doc(self, doc_id: int) -> Document: ...
        def _describer(self, doc: Document) -> Describer: ...
        def _say(self, message: str) -> str: ...
        def _file_problem(self, message: str) -> None: ...

    # -- decisions -------------------------------------------------------------------------

    def accept_key(self, number: int) -> None:
        name = next((n for n, k in self.keys.items() if k == number), None)
        if name is not None:
            self.accept_version(name)

    def accept_version(self, annotator: str) -> None:
        self._decide(self.project.accept_version, annotator)

    def accept_majority(self) -> None:
        self._decide(self.project.accept_majority)

    def reject_current(self) -> None:
        self._decide(self.project.reject_unit)

    def edit_current(self) -> None:
        """Open the edit dialog on the current unit, starting from its majority version."""
        state = self.current()
        if state is None or self.project.readonly:
            return
        if self.edit_dialog is not None:
            self.edit_dialog.close()
        dialog = EditDialog(
            state.unit, self._describer(self._doc(state.unit.doc_id)), self.view.selection, _parent(self)
        )
        dialog.version_chosen.connect(lambda version, d=dialog: self._accept_edited(d, version))
        dialog.destroyed.connect(lambda *_: setattr(self, "edit_dialog", None))
        self.edit_dialog = dialog
        dialog.show()

    def _accept_edited(self, dialog: EditDialog, version: Any) -> None:
        """The dialog's version into gold; a refusal stays in the dialog for the reviewer to fix."""
        wanted: UnitId = (dialog.unit.doc_id, dialog.unit.kind, dialog.unit.key)
        current = self.current()
        if (current is None or unit_id(current) != wanted) and not self.go_to_unit(wanted):
            dialog.show_error(
                QCoreApplication.translate(
                    "ReviewWindow", "This unit is no longer in the queue (check the filter)."
                )
            )
            return
        refusal = self._decide(self.project.accept_edited, version)
        if refusal is None:
            dialog.close()
        else:
            dialog.show_error(refusal)

    def _decide(self, method: Callable[..., Changes], *args: Any) -> str | None:
        """Run one decision on the current unit; show what gold got, go to the next open unit.
        Returns the project's refusal, or None when the decision was made."""
        state = self.current()
        if state is None:
            return QCoreApplication.translate("ReviewWindow", "No unit is chosen.")
        if self.project.readonly:
            return self._say(
                QCoreApplication.translate(
                    "ReviewWindow", "The project is open read-only: decisions are off."
                )
            )
        decided = unit_id(state)
        row = self.queue.current_row()
        after = [unit_id(s) for s in self.states()[row + 1 :]]
        try:
            changes = method(self.reviewer, state.unit, *args)
        except ProjectFileError as exc:
            self._file_problem(str(exc))
            return str(exc)
        except ProjectError as exc:
            return self._say(str(exc))
        self._history.append((changes.op_id, decided))
        self._redone.clear()
        self._apply(changes)
        message = self._gold_message(decided)
        if not self.next_open(row, after):
            self.go_to_unit(decided)
            message += "  " + QCoreApplication.translate(
                "ReviewWindow", "Every unit in the queue is decided."
            )
        self._say(message)
        return None

    def _gold_message(self, decided: UnitId) -> str:
        """What the decision did: "Gold: Geopolitical entity «إدلب» (adjudicated by rana)"."""
        doc_id = decided[0]
        state = next((r.state for r in self._rows.get(doc_id, []) if unit_id(r.state) == decided), None)
        if state is None or state.decision is None:
            return ""
        describer = self._describer(self._doc(doc_id))
        items = [describer.headline(e.item) for e in gold_entries(self.project, state.unit)]
        how = decision_text(state.decision)
        if not items:
            return (
                QCoreApplication.translate("ReviewWindow", "Nothing of this %1 goes into gold (%2)")
                .replace("%1", kind_name(state.unit.kind))
                .replace("%2", how)
            )
        return (
            QCoreApplication.translate("ReviewWindow", "Gold: %1 (%2)")
            .replace("%1", "; ".join(items))
            .replace("%2", how)
        )

    def merge_agreed(self, min_agree: int | None = None) -> None:
        """Put every unit that all (or `min_agree`) annotators agree on into gold, in one operation."""
        self.settings.setValue("review/min_agree", min_agree or 0)
        try:
            report = self.project.auto_adjudicate(min_agree, annotators=self.queue.checked_annotators())
        except ProjectFileError as exc:
            self._file_problem(str(exc))
            return
        except ProjectError as exc:
            self.queue.report_label.setText(str(exc))
            self._say(str(exc))
            return
        self.reload()
        self._show_current()
        self._update_undo_actions()
        self.queue.report_label.setText(report.summary())
        added = sum(report.unanimous.values()) + sum(report.majority.values())
        self._say(
            QCoreApplication.translate("ReviewWindow", "Agreed units merged into gold: %1.").replace(
                "%1", str(added)
            )
        )

    # -- undo and redo -------------------------------------------------------------------------

    def undo(self) -> None:
        self._replay(redo=False)

    def redo(self) -> None:
        self._replay(redo=True)

    def _replay(self, *, redo: bool) -> None:
        """Undo or redo the gold layer's latest operation, and show the unit it was about."""
        try:
            changes = self.project.redo(GOLD_LAYER) if redo else self.project.undo(GOLD_LAYER)
        except ProjectFileError as exc:
            self._file_problem(str(exc))
            return
        except ProjectError as exc:
            self._say(str(exc))
            return
        if changes is None:
            self._say(
                QCoreApplication.translate("ReviewWindow", "Nothing to redo.")
                if redo
                else QCoreApplication.translate("ReviewWindow", "Nothing to undo.")
            )
            return
        source, target = (self._redone, self._history) if redo else (self._history, self._redone)
        unit: UnitId | None = None
        if source and source[-1][0] == changes.op_id:
            entry = source.pop()
            target.append(entry)
            unit = entry[1]
        self._apply(changes)
        if unit is not None:
            self.go_to_unit(unit)
        self._say(QCoreApplication.translate("ReviewWindow", "Done: %1").replace("%1", changes.op_name))

    def _apply(self, changes: Changes) -> None:
        """Reload the documents the operation touched, then the current unit and the Edit menu."""
        self.reload(changes.doc_ids or None)
        self._show_current()
        self._update_undo_actions()
        self.changes_applied.emit(changes)

    def _update_undo_actions(self) -> None:
        status = self.project.undo_status(GOLD_LAYER)
        self.undo_action.setText(
            QCoreApplication.translate("ReviewWindow", "Undo %1").replace("%1", status.undo)
            if status.undo
            else QCoreApplication.translate("ReviewWindow", "Undo")
        )
        self.undo_action.setEnabled(status.undo is not None and not self.project.readonly)
        self.redo_action.setText(
            QCoreApplication.translate("ReviewWindow", "Redo %1").replace("%1", status.redo)
            if status.redo
            else QCoreApplication.translate("ReviewWindow", "Redo")
        )
        self.redo_action.setEnabled(status.redo is not None and not self.project.readonly)


def _parent(widget: object) -> QWidget:
    assert isinstance(widget, QWidget)
    return widget

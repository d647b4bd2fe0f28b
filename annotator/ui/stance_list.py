"""The stance list widget of the Stances tab: its columns, item roles, and the keys it keeps.

The list claims Delete, Enter/F2, E and Insert (Ctrl+Shift+N) ahead of the window's shortcuts
and turns them into signals the panel acts on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "stance" or "evidence"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the stance's or the evidence's id

# Columns of the stance list.
HOLDER, TARGET, POLARITY, SCOPE, EVIDENCE, INTENSITY, CONFIDENCE = range(7)


def span_children(item: QTreeWidgetItem) -> None:
    for i in range(item.childCount()):
        child = item.child(i)
        if child is not None and not child.isFirstColumnSpanned():
            child.setFirstColumnSpanned(True)


class StanceTree(QTreeWidget):
    """The stance list; it keeps its keys (Delete, Enter, F2, E, Insert) from window shortcuts."""

    delete_pressed = Signal()
    edit_pressed = Signal()
    evidence_pressed = Signal()
    new_pressed = Signal()

    def _action_for(self, event: QKeyEvent) -> SignalInstance | None:
        key, mods = event.key(), event.modifiers()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        plain = mods & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return self.delete_pressed
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            return self.edit_pressed
        if plain and key == Qt.Key.Key_E:
            return self.evidence_pressed
        if (plain and key == Qt.Key.Key_Insert) or (key == Qt.Key.Key_N and mods == ctrl_shift):
            return self.new_pressed
        return None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._action_for(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        signal = self._action_for(event)
        if signal is None:
            super().keyPressEvent(event)
            return
        event.accept()
        signal.emit()

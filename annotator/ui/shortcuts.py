"""Every keyboard shortcut of the workspace, in one list: the cheat sheet (F1 or ?) shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), in the order the cheat sheet lists them."""
    return [
        (
            "← / →",
            QCoreApplication.translate(
                "Shortcuts", "Next / previous word (Left goes forward in right-to-left text)"
            ),
        ),
        ("Shift+← / Shift+→", QCoreApplication.translate("Shortcuts", "Extend the selection by a word")),
        ("↑ / ↓", QCoreApplication.translate("Shortcuts", "Word on the line above / below")),
        (
            QCoreApplication.translate("Shortcuts", "Drag"),
            QCoreApplication.translate(
                "Shortcuts", "Select; snaps to words and takes proclitics (و ف ب ل ك) off the start"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Alt+Drag"),
            QCoreApplication.translate("Shortcuts", "Select raw characters, no snapping"),
        ),
        (
            "Ctrl+K",
            QCoreApplication.translate(
                "Shortcuts", "Take the next proclitic off the selection (و ف ب ل ك ال), or put them back"
            ),
        ),
        (
            "1–9, 0, " + QCoreApplication.translate("Shortcuts", "letters"),
            QCoreApplication.translate(
                "Shortcuts", "Apply the label with that key (or relabel the selected entity)"
            ),
        ),
        ("Tab / Shift+Tab", QCoreApplication.translate("Shortcuts", "Next / previous entity")),
        (
            "Ctrl+↓ / Ctrl+↑",
            QCoreApplication.translate("Shortcuts", "Next / previous sentence without entities"),
        ),
        (
            "Ctrl+← / Ctrl+→",
            QCoreApplication.translate(
                "Shortcuts", "Grow / shrink the selected entity at its end (left edge) by a word"
            ),
        ),
        (
            "Ctrl+Shift+→ / Ctrl+Shift+←",
            QCoreApplication.translate(
                "Shortcuts", "Grow / shrink the selected entity at its start (right edge) by a word"
            ),
        ),
        ("Alt+← / Alt+→", QCoreApplication.translate("Shortcuts", "The same by one character (end)")),
        (
            "Alt+Shift+→ / Alt+Shift+←",
            QCoreApplication.translate("Shortcuts", "The same by one character (start)"),
        ),
        ("Delete", QCoreApplication.translate("Shortcuts", "Delete the selected entity")),
        (
            "Ctrl+1 / Ctrl+2 / Ctrl+3",
            QCoreApplication.translate("Shortcuts", "Entities / Events / Stances mode"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Events mode: letters"),
            QCoreApplication.translate(
                "Shortcuts", "Make the selection a trigger of the event type with that key (a, d, b…)"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Events mode: Enter or click on an entity"),
            QCoreApplication.translate("Shortcuts", "Choose the role it fills in the current event"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Events mode: digit on a new selection"),
            QCoreApplication.translate("Shortcuts", "Create the entity and choose its role at once"),
        ),
        ("F6 / Shift+F6", QCoreApplication.translate("Shortcuts", "Next / previous event or stance")),
        (
            QCoreApplication.translate("Shortcuts", "Events mode: Delete"),
            QCoreApplication.translate("Shortcuts", "Delete the current event (or the chosen argument)"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Stances mode: E"),
            QCoreApplication.translate("Shortcuts", "Add the selection as evidence of the current stance"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Stances mode: f, a, n, u"),
            QCoreApplication.translate("Shortcuts", "Set the current stance's polarity"),
        ),
        (
            "F7 / Shift+F7",
            QCoreApplication.translate(
                "Shortcuts", "Next / previous suggestion (Suggestions from: in Entities)"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Enter / Delete on a suggestion"),
            QCoreApplication.translate("Shortcuts", "Accept / reject it, then go to the next one"),
        ),
        ("Ctrl+L", QCoreApplication.translate("Shortcuts", "Link the selected entity across documents")),
        ("Esc", QCoreApplication.translate("Shortcuts", "Clear the selection")),
        (
            "Ctrl+Z / Ctrl+Shift+Z",
            QCoreApplication.translate("Shortcuts", "Undo / redo (survives closing the project)"),
        ),
        ("Ctrl+F", QCoreApplication.translate("Shortcuts", "Search")),
        ("Ctrl+D", QCoreApplication.translate("Shortcuts", "Mark the document done / reopen it")),
        ("Ctrl+Enter", QCoreApplication.translate("Shortcuts", "Next document not done")),
        ("Ctrl++ / Ctrl+-", QCoreApplication.translate("Shortcuts", "Zoom in / out")),
        ("Ctrl+Shift+G", QCoreApplication.translate("Shortcuts", "Agreement between annotators")),
        ("Ctrl+Shift+R", QCoreApplication.translate("Shortcuts", "Review and adjudicate into gold")),
        (
            QCoreApplication.translate("Shortcuts", "Review: 1–9 / M / E / R"),
            QCoreApplication.translate(
                "Shortcuts", "Accept that annotator's version / the majority / edit and accept / reject all"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Review: J / K, O"),
            QCoreApplication.translate("Shortcuts", "Next / previous unit in the queue, next open unit"),
        ),
        ("F1 / ?", QCoreApplication.translate("Shortcuts", "This list")),
    ]


class CheatSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (keys, action) in enumerate(rows):
            # Key names read left to right even in the Arabic layout: isolate them.
            table.setItem(i, 0, QTableWidgetItem(f"\u2066{keys}\u2069"))
            table.setItem(i, 1, QTableWidgetItem(action))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

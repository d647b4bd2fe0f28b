"""Every keyboard shortcut of the workspace, in one list: the cheat sheet (F1 or ?) shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), in the order the cheat sheet lists them."""
    return [
        ("← / →", _t("Next / previous word (Left goes forward in right-to-left text)")),
        ("Shift+← / Shift+→", _t("Extend the selection by a word")),
        ("↑ / ↓", _t("Word on the line above / below")),
        (_t("Drag"), _t("Select; snaps to words and takes proclitics (و ف ب ل ك) off the start")),
        (_t("Alt+Drag"), _t("Select raw characters, no snapping")),
        ("Ctrl+K", _t("Take the next proclitic off the selection (و ف ب ل ك ال), or put them back")),
        ("1–9, 0, " + _t("letters"), _t("Apply the label with that key (or relabel the selected entity)")),
        ("Tab / Shift+Tab", _t("Next / previous entity")),
        ("Ctrl+↓ / Ctrl+↑", _t("Next / previous sentence without entities")),
        ("Ctrl+← / Ctrl+→", _t("Grow / shrink the selected entity at its end (left edge) by a word")),
        (
            "Ctrl+Shift+→ / Ctrl+Shift+←",
            _t("Grow / shrink the selected entity at its start (right edge) by a word"),
        ),
        ("Alt+← / Alt+→", _t("The same by one character (end)")),
        ("Alt+Shift+→ / Alt+Shift+←", _t("The same by one character (start)")),
        ("Delete", _t("Delete the selected entity")),
        ("Esc", _t("Clear the selection")),
        ("Ctrl+Z / Ctrl+Shift+Z", _t("Undo / redo (survives closing the project)")),
        ("Ctrl+F", _t("Search")),
        ("Ctrl+D", _t("Mark the document done / reopen it")),
        ("Ctrl+Enter", _t("Next document not done")),
        ("Ctrl++ / Ctrl+-", _t("Zoom in / out")),
        ("F1 / ?", _t("This list")),
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
            table.setItem(i, 0, QTableWidgetItem(keys))
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

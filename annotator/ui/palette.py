"""The label palette: one button per entity label of the schema, with its key and names."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from annotator.core.schema import Schema


class LabelPalette(QWidget):
    """Buttons for the schema's entity labels; clicking one (or pressing its key) applies it."""

    label_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self._buttons: dict[str, QPushButton] = {}

    def set_schema(self, schema: Schema, language: str) -> None:
        for button in self._buttons.values():
            button.deleteLater()
        self._buttons.clear()
        for i, label in enumerate(schema.labels):
            other = "en" if language == "ar" else "ar"
            text = f"{label.shortcut}  {label.names.in_language(language)} · {label.names.in_language(other)}"
            button = QPushButton(text, self)
            button.setToolTip(f"{label.key}: {label.description}" if label.description else label.key)
            button.setStyleSheet(
                f"QPushButton {{ background: {label.color}; color: #111; border: 1px solid #999;"
                " border-radius: 3px; padding: 3px 6px; text-align: start; }"
                "QPushButton:focus { border: 2px solid #222; }"
            )
            button.setFocusPolicy(button.focusPolicy().NoFocus)
            button.clicked.connect(lambda _=False, key=label.key: self.label_chosen.emit(key))
            self._grid.addWidget(button, i // 2, i % 2)
            self._buttons[label.key] = button

    def button(self, key: str) -> QPushButton:
        return self._buttons[key]

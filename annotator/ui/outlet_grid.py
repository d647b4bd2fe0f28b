"""The outlet grid of the Stances tab: the outlet's stance toward each schema target, one click.

One row per stance target, a checkable button per polarity; the checked button is the outlet's
stored polarity. A click emits `chosen(target, polarity)`: the stance panel turns it into the
operation (set it, or clear it when it is already that).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from annotator.core.model import Stance
from annotator.core.schema import Schema


def _tint(color: str, alpha: int) -> str:
    c = QColor(color)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"


class OutletGrid(QGroupBox):
    chosen = Signal(str, str)  # (target key, polarity key)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setSpacing(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Outlet's stance"))

    def build(self, schema: Schema, language: str) -> None:
        """One row per schema target: its name, then a checkable button per polarity."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        if not schema.stance_targets:
            self._grid.addWidget(QLabel(self.tr("The schema has no stance targets."), self))
        for row, target in enumerate(schema.stance_targets):
            name = target.names.in_language(language)
            label = QLabel(name, self)
            label.setWordWrap(True)
            label.setToolTip(target.description or target.key)
            self._grid.addWidget(label, row, 0)
            for column, polarity in enumerate(schema.polarities, start=1):
                button = QPushButton(polarity.names.in_language(language), self)
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.setAccessibleName(f"{name}: {button.text()}")
                button.setStyleSheet(
                    f"QPushButton {{ background: {_tint(polarity.color, 50)}; color: palette(text);"
                    f" border: 1px solid {polarity.color}; border-radius: 3px; padding: 2px 6px; }}"
                    # No bold when checked: the wider text would be clipped at the button's size.
                    f"QPushButton:checked {{ background: {polarity.color}; color: #111;"
                    " border: 2px solid #333; }"
                    "QPushButton:focus { border: 2px solid palette(highlight); }"
                )
                button.clicked.connect(
                    lambda _checked=False, t=target.key, p=polarity.key: self.chosen.emit(t, p)
                )
                self._grid.addWidget(button, row, column)
                self.buttons[(target.key, polarity.key)] = button
        self._grid.setColumnStretch(0, 1)

    def sync(self, outlet: Mapping[str, Stance], enabled: bool) -> None:
        """Check the stored polarity of each target; buttons work only with a document open."""
        for (target, polarity), button in self.buttons.items():
            stance = outlet.get(target)
            button.setChecked(stance is not None and stance.polarity == polarity)
            button.setEnabled(enabled)

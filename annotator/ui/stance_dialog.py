"""The stance dialog: holder, target, polarity, scope, intensity, confidence and note of a stance.

The Stances tab (stance_panel.py) opens it for a new stance or to edit one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Entity, Span, Stance
from annotator.core.schema import Schema
from annotator.ui.display import color_icon, mention_text, shorten

_NO_CONFIDENCE = -0.05  # the confidence spin box's minimum, shown as "—"


def polarity_name(schema: Schema, key: str, language: str) -> str:
    return schema.polarity(key).names.in_language(language) if schema.has_polarity(key) else key


def target_name(schema: Schema, key: str, language: str) -> str:
    return schema.stance_target(key).names.in_language(language) if schema.has_stance_target(key) else key


class StanceDialog(QDialog):
    """Holder, target, polarity, scope, intensity, confidence and note of a new or existing stance.

    Not modal by itself: the panel shows it with `open()` and reacts to `accepted`; a test fills
    the widgets (or uses the `select_*` helpers) and calls `accept()`.
    """

    def __init__(
        self,
        schema: Schema,
        language: str,
        text: str,
        entities: Sequence[Entity],
        *,
        selection: Span | None = None,
        stance: Stance | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.stance = stance
        self.selection = selection
        self.setWindowTitle(self.tr("Edit stance") if stance is not None else self.tr("New stance"))

        self.holder = QComboBox(self)
        self.holder.addItem(self.tr("Author/outlet"), -1)
        for entity in entities:
            self.holder.addItem(mention_text(text, entity), entity.id)

        # Parallel to the target combo's items: (schema target key, entity id), exactly one set.
        self._targets: list[tuple[str | None, int | None]] = []
        self.target = QComboBox(self)
        for target in schema.stance_targets:
            self.target.addItem(target.names.in_language(language))
            self.target.setItemData(self.target.count() - 1, target.description, Qt.ItemDataRole.ToolTipRole)
            self._targets.append((target.key, None))
        for entity in entities:
            self.target.addItem(mention_text(text, entity))
            self._targets.append((None, entity.id))

        self.polarity = QComboBox(self)
        for polarity in schema.polarities:
            self.polarity.addItem(
                color_icon(polarity.color), polarity.names.in_language(language), polarity.key
            )

        # Parallel to the scope combo's items: None (the whole document) or a span.
        self._scopes: list[Span | None] = [None]
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Whole document"))
        if stance is not None and stance.scope is not None:
            quoted = shorten(text[stance.scope[0] : stance.scope[1]], 40)
            self.scope.addItem(self.tr("The span “%1”").replace("%1", quoted))
            self._scopes.append(stance.scope)
        if selection is not None and (stance is None or stance.scope != selection):
            quoted = shorten(text[selection[0] : selection[1]], 40)
            self.scope.addItem(self.tr("The selection “%1”").replace("%1", quoted))
            self._scopes.append(selection)

        self.evidence_check = QCheckBox(self.tr("Add the selection as evidence"), self)
        self.evidence_check.setChecked(stance is None and selection is not None)
        self.evidence_check.setVisible(stance is None and selection is not None)

        self.intensity = QComboBox(self)
        self.intensity.addItem("—", 0)
        for level in (1, 2, 3):
            self.intensity.addItem(str(level), level)

        self.confidence = QDoubleSpinBox(self)
        self.confidence.setDecimals(2)
        self.confidence.setRange(_NO_CONFIDENCE, 1.0)
        self.confidence.setSingleStep(0.05)
        self.confidence.setSpecialValueText("—")
        self.confidence.setValue(_NO_CONFIDENCE)

        self.note = QLineEdit(self)

        form = QFormLayout()
        form.addRow(self.tr("&Holder:"), self.holder)
        form.addRow(self.tr("&Target:"), self.target)
        form.addRow(self.tr("&Polarity:"), self.polarity)
        form.addRow(self.tr("&Scope:"), self.scope)
        form.addRow("", self.evidence_check)
        form.addRow(self.tr("&Intensity:"), self.intensity)
        form.addRow(self.tr("&Confidence:"), self.confidence)
        form.addRow(self.tr("&Note:"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.target.count() == 0:
            hint = QLabel(
                self.tr("The schema has no stance targets and the document no entities to take a stance on."),
                self,
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.buttons)

        if stance is not None:
            self._fill(stance)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.target.count() > 0 and self.polarity.count() > 0)

    def _fill(self, stance: Stance) -> None:
        self.select_holder(stance.holder_entity_id)
        self.select_target(stance.target, stance.target_entity_id)
        self.select_polarity(stance.polarity)
        self.select_scope(stance.scope)
        self.intensity.setCurrentIndex(max(0, self.intensity.findData(stance.intensity or 0)))
        self.confidence.setValue(_NO_CONFIDENCE if stance.confidence is None else stance.confidence)
        self.note.setText(stance.note)

    # -- choosing (what a user does with the widgets, for code and tests) -------------------

    def select_holder(self, entity_id: int | None) -> None:
        """The holder: an entity mention's id, or None for the author/outlet."""
        self.holder.setCurrentIndex(max(0, self.holder.findData(-1 if entity_id is None else entity_id)))

    def select_target(self, key: str | None = None, entity_id: int | None = None) -> None:
        """The target: a schema target key, or an entity mention's id."""
        if (key, entity_id) in self._targets:
            self.target.setCurrentIndex(self._targets.index((key, entity_id)))

    def select_polarity(self, key: str) -> None:
        index = self.polarity.findData(key)
        if index >= 0:
            self.polarity.setCurrentIndex(index)

    def select_scope(self, scope: Span | None) -> None:
        """None for the whole document, or a span the scope combo offers."""
        if scope in self._scopes:
            self.scope.setCurrentIndex(self._scopes.index(scope))

    # -- reading ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The stance's fields as `add_stance` / `update_stance` take them (polarity included)."""
        holder = self.holder.currentData()
        target, target_entity_id = (
            self._targets[self.target.currentIndex()] if self.target.currentIndex() >= 0 else (None, None)
        )
        confidence = self.confidence.value()
        return {
            "polarity": self.polarity.currentData(),
            "holder_entity_id": None if holder is None or int(holder) < 0 else int(holder),
            "target": target,
            "target_entity_id": target_entity_id,
            "scope": self._scopes[max(0, self.scope.currentIndex())],
            "intensity": int(self.intensity.currentData()) or None,
            "confidence": None if confidence < 0 else round(confidence, 2),
            "note": self.note.text().strip(),
        }

    def evidence(self) -> list[Span]:
        """The evidence a new stance starts with: the text selection, when one was made and kept."""
        if self.stance is None and self.selection is not None and self.evidence_check.isChecked():
            return [self.selection]
        return []

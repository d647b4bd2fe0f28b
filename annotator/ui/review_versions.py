"""The reviewer's view of one unit: each annotator's version side by side, and gold as it is now.

A column per participant (colour swatch, name, majority / minority marker, the number key that
accepts it, the items described with the schema's display names and quoted text), and a "Gold
now" column with each gold item's provenance. Nothing that tells versions apart is left out:
arguments, evidence and intensity are always listed, and attributes and knowledge-base ids
whenever they differ within the unit (when every item has the same ones they are noise), because
versions that differ only there are still different versions (a reviewer must see why a unit is
in the queue).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annotator.core.adjudication import EntityItem, EventItem, Item, StanceItem, Unit, entity_item, event_item
from annotator.core.adjudication import stance_item as make_stance_item
from annotator.core.model import GOLD_LAYER
from annotator.core.project import Project
from annotator.core.project_gold import DecisionRecord
from annotator.core.schema import Schema
from annotator.ui.display import isolate, shorten
from annotator.ui.view_marks import Mark

# Strong colours, far from the schema's pastel label fills, told apart on a white page.
ANNOTATOR_COLORS = (
    "#1f5fbf",  # blue
    "#d35400",  # orange
    "#8e24aa",  # purple
    "#2e7d32",  # green
    "#c2185b",  # magenta
    "#00838f",  # teal
    "#6d4c41",  # brown
    "#c62828",  # red
    "#455a64",  # slate
)
GOLD_COLOR = "#b8860b"


def annotator_color(index: int) -> str:
    """The fixed colour of the annotator at `index` in the project's list of annotators."""
    return ANNOTATOR_COLORS[index % len(ANNOTATOR_COLORS)]


def kind_name(kind: str) -> str:
    names = {
        "entity": QCoreApplication.translate("ReviewVersions", "entity"),
        "event": QCoreApplication.translate("ReviewVersions", "event"),
        "stance": QCoreApplication.translate("ReviewVersions", "stance"),
    }
    return names.get(kind, kind)


def decision_name(decision: str) -> str:
    names = {
        "unanimous": QCoreApplication.translate("ReviewVersions", "unanimous"),
        "majority": QCoreApplication.translate("ReviewVersions", "majority"),
        "adjudicated": QCoreApplication.translate("ReviewVersions", "adjudicated"),
        "edited": QCoreApplication.translate("ReviewVersions", "edited"),
        "rejected": QCoreApplication.translate("ReviewVersions", "rejected"),
    }
    return names.get(decision, decision)


def decision_text(record: DecisionRecord) -> str:
    """ "adjudicated by rana" / "unanimous (automatic merge)"."""
    if record.decided_by == "auto":
        return QCoreApplication.translate("ReviewVersions", "%1 (automatic merge)").replace(
            "%1", decision_name(record.decision)
        )
    return (
        QCoreApplication.translate("ReviewVersions", "%1 (by %2)")
        .replace("%1", decision_name(record.decision))
        .replace("%2", isolate(record.decided_by))
    )


class Describer:
    """Items as a reviewer reads them: schema display names in the UI language, quotes isolated."""

    def __init__(self, schema: Schema, text: str, language: str) -> None:
        self.schema = schema
        self.text = text
        self.language = language
        self.show_attributes = True  # off when every item of the unit has the same attributes

    def quote(self, start: int, end: int, limit: int = 60) -> str:
        return f"«{isolate(shorten(self.text[start:end], limit))}»"

    def label(self, key: str) -> str:
        return self.schema.label(key).names.in_language(self.language) if self.schema.has_label(key) else key

    def event_type(self, key: str) -> str:
        if self.schema.has_event_type(key):
            return self.schema.event_type(key).names.in_language(self.language)
        return key

    def role(self, event_type: str, key: str) -> str:
        if self.schema.has_role(event_type, key):
            return self.schema.role(event_type, key).names.in_language(self.language)
        return key

    def polarity(self, key: str) -> str:
        if self.schema.has_polarity(key):
            return self.schema.polarity(key).names.in_language(self.language)
        return key

    def target(self, key: str) -> str:
        found = [t for t in self.schema.stance_targets if t.key == key]
        return found[0].names.in_language(self.language) if found else key

    def headline(self, item: Item) -> str:
        """One line: "Geopolitical entity «إدلب»", "Attack «الهجوم»", "«الوزير» → Idlib: Against"."""
        if isinstance(item, EntityItem):
            return f"{self.label(item.label)} {self.quote(item.start, item.end)}"
        if isinstance(item, EventItem):
            return f"{self.event_type(item.type)} {self.quote(item.start, item.end)}"
        holder = (
            self.quote(item.holder[0], item.holder[1], 40)
            if item.holder
            else QCoreApplication.translate("ReviewVersions", "the outlet")
        )
        if item.target_entity:
            target = self.quote(item.target_entity[0], item.target_entity[1], 40)
        else:
            target = self.target(item.target)
        arrow = "←" if self.language == "ar" else "→"  # an arrow is not mirrored in right-to-left text
        return f"{holder} {arrow} {target}: {self.polarity(item.polarity)}"

    def details(self, item: Item) -> list[str]:
        """Every other field that makes two versions differ, one line each."""
        lines: list[str] = []
        if isinstance(item, EventItem):
            for arg in item.arguments:
                filler = self.event_type(arg.filler) if arg.is_event else self.label(arg.filler)
                lines.append(
                    f"{self.role(item.type, arg.role)}: {self.quote(arg.start, arg.end, 40)} ({filler})"
                )
            if item.cluster:
                lines.append(
                    QCoreApplication.translate("ReviewVersions", "story: %1").replace(
                        "%1", isolate(item.cluster)
                    )
                )
        if isinstance(item, StanceItem):
            if item.scope:
                lines.append(
                    QCoreApplication.translate("ReviewVersions", "scope: %1").replace(
                        "%1", self.quote(item.scope[0], item.scope[1], 40)
                    )
                )
            for start, end in item.evidence:
                lines.append(
                    QCoreApplication.translate("ReviewVersions", "evidence: %1").replace(
                        "%1", self.quote(start, end, 40)
                    )
                )
            if item.intensity:
                lines.append(
                    QCoreApplication.translate("ReviewVersions", "intensity: %1").replace(
                        "%1", str(item.intensity)
                    )
                )
        if not self.show_attributes:
            return lines
        if isinstance(item, (EntityItem, EventItem)) and item.attributes:
            values = json.loads(item.attributes)
            lines.append(", ".join(f"{key}: {isolate(str(value))}" for key, value in sorted(values.items())))
        if isinstance(item, EntityItem) and item.kb_id:
            lines.append(
                QCoreApplication.translate("ReviewVersions", "linked as %1").replace(
                    "%1", isolate(item.kb_id)
                )
            )
        return lines

    @property
    def direction_mark(self) -> str:
        """LRM or RLM: starts each line of data (descriptions, quotes) so a line that opens with a
        quote or an Arabic name still runs in the UI's direction (Qt guesses a direction per line
        from its first letter). Translated strings need none: they start in the UI's language."""
        return "\u200f" if self.language == "ar" else "\u200e"

    def describe(self, item: Item) -> str:
        return self.lines([self.headline(item), *(f"   {line}" for line in self.details(item))])

    def lines(self, lines: list[str] | str) -> str:
        """Lines joined, each started with the UI's direction mark."""
        if isinstance(lines, str):
            lines = lines.split("\n")
        return "\n".join(self.direction_mark + line for line in lines)

    def hide_shared_attributes(self, unit: Unit) -> None:
        """List attributes and knowledge-base ids only when the unit's items differ in them."""
        seen = {
            (item.attributes, item.kb_id if isinstance(item, EntityItem) else "")
            for version in unit.versions.values()
            for item in version
            if isinstance(item, (EntityItem, EventItem))
        }
        self.show_attributes = len(seen) > 1


@dataclass(frozen=True, slots=True)
class GoldEntry:
    """A gold item of the unit now, and how it got there (None: no provenance row)."""

    item: Item
    record: DecisionRecord | None


def gold_entries(project: Project, unit: Unit) -> list[GoldEntry]:
    """The unit's gold items: of its kind, overlapping its footprint (entities, events) or with its
    holder and target (stances), the way the project's decisions find them."""
    doc_id = unit.doc_id
    entities = project.entities(doc_id, GOLD_LAYER)
    by_id = {e.id: e for e in entities}
    found: list[tuple[int, Item]] = []
    if unit.kind == "entity":
        found = [(e.id, entity_item(e)) for e in entities if e.start < unit.end and unit.start < e.end]
    elif unit.kind == "event":
        events = project.events(doc_id, GOLD_LAYER)
        events_by_id = {e.id: e for e in events}
        found = [
            (e.id, event_item(e, by_id, events_by_id))
            for e in events
            if e.start < unit.end and unit.start < e.end
        ]
    else:
        for stance in project.stances(doc_id, GOLD_LAYER):
            item = make_stance_item(stance, by_id)
            if f"stance:{item.unit_key}" == unit.key:
                found.append((stance.id, item))
    provenance = project.gold_provenance(doc_id) if found else {}
    return [GoldEntry(item, provenance.get((unit.kind, item_id))) for item_id, item in sorted(found)]


def unit_marks(unit: Unit, describer: Describer, colors: dict[str, str], footprint_tip: str) -> list[Mark]:
    """What the document view draws for a unit: its footprint (dotted), then per annotator (one
    lane each, in the unit's order) their items underlined and outlined in the annotator's
    colour, and the parts elsewhere (arguments, holder, target) with a dashed underline."""
    marks: list[Mark] = []
    if unit.end > unit.start:
        marks.append(Mark("scope", 0, unit.start, unit.end, "#9e9e9e", tip=footprint_tip))
    for lane, (name, version) in enumerate(unit.versions.items()):
        color = colors.get(name, "#888888")
        for item in version:
            tip = f"{name}: {describer.headline(item)}"
            whole: list[tuple[int, int]] = []
            parts: list[tuple[int, int]] = []
            if isinstance(item, (EntityItem, EventItem)):
                whole.append((item.start, item.end))
            if isinstance(item, EventItem):
                parts += [(a.start, a.end) for a in item.arguments]
            if isinstance(item, StanceItem):
                whole += list(item.evidence)
                parts += [(ref[0], ref[1]) for ref in (item.holder, item.target_entity) if ref]
            for kind, spans in (("version", whole), ("version_part", parts)):
                for start, end in spans:
                    marks.append(Mark(kind, len(marks), start, end, color, tip=tip, lane=lane))
    return marks


def _when(record: DecisionRecord) -> str:
    """ "2024-05-02 14:03 UTC" from the stored ISO time."""
    return record.decided_at.replace("T", " ").replace("Z", "")[:16] + " UTC"


def _swatch(color: str, size: int = 14) -> QLabel:
    label = QLabel()
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    label.setPixmap(pixmap)
    label.setFixedSize(size, size)
    return label


class VersionColumn(QFrame):
    """One participant's version (or gold now): who, how supported, its key, its items."""

    accept_clicked = Signal()

    def __init__(self, color: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("versionColumn")
        self.setStyleSheet(f"#versionColumn {{ border: 2px solid {color}; border-radius: 4px; }}")
        self.setMinimumWidth(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        head = QHBoxLayout()
        head.addWidget(_swatch(color))
        self.name_label = QLabel(f"<b>{name}</b>", self)
        head.addWidget(self.name_label, 1)
        self.key_label = QLabel(self)
        head.addWidget(self.key_label)
        layout.addLayout(head)
        self.marker_label = QLabel(self)
        self.marker_label.setWordWrap(True)  # "decided: … by … · date" is long in a narrow column
        layout.addWidget(self.marker_label)
        self.items_label = QLabel(self)
        self.items_label.setTextFormat(Qt.TextFormat.PlainText)
        self.items_label.setWordWrap(True)
        self.items_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.items_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.items_label, 1)
        self.accept_button = QPushButton(self)
        self.accept_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the queue and view
        self.accept_button.clicked.connect(lambda _=False: self.accept_clicked.emit())
        layout.addWidget(self.accept_button)

    def text(self) -> str:
        """Everything the column says, for tests and accessibility."""
        parts = (
            self.name_label.text(),
            self.key_label.text(),
            self.marker_label.text(),
            self.items_label.text(),
        )
        return "\n".join(p for p in parts if p)


class VersionsPanel(QScrollArea):
    """The versions of the current unit side by side; asks for a version through `accept_requested`."""

    accept_requested = Signal(str)  # annotator

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.columns: dict[str, VersionColumn] = {}
        self._body = QWidget(self)
        self._row = QHBoxLayout(self._body)
        self._row.setContentsMargins(4, 4, 4, 4)
        self.setWidget(self._body)
        self.clear(self.tr("Nothing to review: the queue is empty."))

    def clear(self, message: str = "") -> None:
        while self._row.count():
            taken = self._row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()  # at once: the deletion waits for the event loop
                widget.deleteLater()
        self.columns = {}
        if message:
            label = QLabel(message, self._body)
            label.setWordWrap(True)
            self._row.addWidget(label)

    def show_unit(
        self,
        unit: Unit,
        describer: Describer,
        colors: dict[str, str],
        keys: dict[str, int],
        gold: list[GoldEntry],
        decision: DecisionRecord | None,
    ) -> None:
        """One column per participant, in the unit's order, then gold now with the unit's decision."""
        self.clear()
        describer.hide_shared_attributes(unit)
        total = len(unit.versions)
        majority = unit.majority()
        groups = unit.groups()
        for name, version in unit.versions.items():
            group = next(g for g in groups if name in g.annotators)
            column = VersionColumn(colors.get(name, "#888888"), name, self._body)
            key = keys.get(name)
            column.key_label.setText(self.tr("key %1").replace("%1", str(key)) if key and key <= 9 else "")
            support = self.tr("%1 of %2").replace("%1", str(len(group.annotators))).replace("%2", str(total))
            if unit.agreed:
                marker = self.tr("unanimous")
            elif majority is not None and name in majority.annotators:
                marker = self.tr("majority (%1)").replace("%1", support)
            elif majority is not None:
                marker = self.tr("minority (%1)").replace("%1", support)
            else:
                marker = self.tr("no majority (%1)").replace("%1", support)
            others = [a for a in group.annotators if a != name]
            if others:
                marker += "\n" + self.tr("same as %1").replace("%1", ", ".join(isolate(a) for a in others))
            column.marker_label.setText(marker)
            items = [describer.describe(item) for item in version]
            column.items_label.setText("\n".join(items) if items else self.tr("(nothing marked)"))
            label = self.tr("Accept (%1)").replace("%1", str(key)) if key and key <= 9 else self.tr("Accept")
            column.accept_button.setText(label)
            column.accept_clicked.connect(lambda n=name: self.accept_requested.emit(n))
            self._row.addWidget(column, 1)
            self.columns[name] = column
        self._row.addWidget(self._gold_column(describer, gold, decision), 1)

    def _gold_column(
        self, describer: Describer, gold: list[GoldEntry], decision: DecisionRecord | None
    ) -> VersionColumn:
        column = VersionColumn(GOLD_COLOR, self.tr("Gold now"), self._body)
        column.accept_button.hide()
        if decision is None:
            column.marker_label.setText(self.tr("open: not decided yet"))
        else:
            column.marker_label.setText(
                self.tr("decided: %1").replace("%1", decision_text(decision))
                + f" · {isolate(_when(decision))}"
            )
        lines: list[str] = []
        for entry in gold:
            lines.append(describer.describe(entry.item))
            if entry.record is not None:
                lines.append(f"   {decision_text(entry.record)} · {isolate(_when(entry.record))}")
        column.items_label.setText("\n".join(lines) if lines else self.tr("(nothing in gold)"))
        self.columns[GOLD_LAYER] = column
        return column

    def column_text(self, name: str) -> str:
        return self.columns[name].text()

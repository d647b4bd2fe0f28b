"""Marks drawn over the document view's text besides entities: event triggers, stance evidence and
scopes, suggested entities (pre-annotations), annotators' versions (the reviewer's window), and the
links from the current event to its arguments.

The view works out where each visible mark is (`QTextLine` geometry, as for entities); this module
only draws, before Qt paints the glyphs over it (DESIGN.md invariant 5).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

LINK_COLOR = QColor(30, 60, 200)
FLAG_COLOR = QColor(220, 0, 0)


@dataclass(frozen=True, slots=True)
class Mark:
    """Something drawn over the text that is not an entity: an event trigger, stance evidence
    or a stance's scope. Kinds are drawn differently so an annotator tells them apart at a
    glance: triggers get a thick underline and a box, evidence a hatched fill with a dashed
    outline, scopes a dotted outline, suggestions (a model's entities, not yet the annotator's)
    a dashed outline in the label's colour and no fill, thicker when `selected`. `flagged` draws
    a trigger's underline dashed red (an event missing a required role).

    In the reviewer's window, "version" marks one annotator's item (an underline in the
    annotator's colour at the height of their `lane`, plus a thin outline inset by the lane, so
    versions that differ by a letter at a boundary show side by side) and "version_part" the
    parts of it elsewhere in the text (arguments, holder, target, evidence: the dashed underline
    alone)."""

    kind: str  # "trigger", "evidence", "scope", "suggestion", "version" or "version_part"
    id: int
    start: int
    end: int
    color: str
    flagged: bool = False
    tip: str = ""
    selected: bool = False
    lane: int = 0  # versions: which annotator's underline height (0 = the lowest)


VERSION_LANE = 3.5  # pixels between two annotators' underlines
VERSION_LANES = 6  # lanes above this reuse the lowest ones (a line has room for about six)
VERSION_KINDS = ("version", "version_part")


def _paint_version(painter: QPainter, mark: Mark, rects: list[QRectF]) -> None:
    """One annotator's version: an underline at the lane's height in their colour (dashed for a
    part of the item), and for the item itself a thin outline inset by the lane."""
    color = QColor(mark.color)
    lane = mark.lane % VERSION_LANES
    lift = 1.5 + lane * VERSION_LANE
    pen = QPen(color, 2.5)
    if mark.kind == "version_part":
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for r in rects:
        y = r.bottom() - lift
        painter.drawLine(QPointF(r.left() + 1.0, y), QPointF(r.right() - 1.0, y))
    if mark.kind == "version":
        inset = 0.5 + lane * 1.5
        painter.setPen(QPen(color, 1.0))
        painter.drawRects([r.adjusted(inset, inset, -inset, -inset) for r in rects])


def _paint_suggestion(painter: QPainter, color: QColor, rects: list[QRectF], selected: bool) -> None:
    """A suggested entity: a dashed outline in (a deeper shade of) the label's colour, no fill, so
    it reads as "not yet yours"; the selected suggestion's outline is thicker and darker."""
    pen = QPen(color.darker(200 if selected else 165), 3.0 if selected else 1.8)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = 0.5 if selected else 1.5
    painter.drawRects([r.adjusted(inset, inset, -inset, -inset) for r in rects])


def paint_marks(
    painter: QPainter,
    shown: list[tuple[Mark, list[QRectF]]],
    current: tuple[str, int] | None,
    linked_entities: list[list[QRectF]],
    linked_triggers: list[int],
) -> None:
    """Draw the visible marks (with their rectangles), outline the current one and draw a link
    from it to each visible argument: entity rectangles, or triggers among `shown` by event id."""
    current_rects: list[QRectF] = []
    trigger_rects: dict[int, list[QRectF]] = {}
    # Suggestions last: their outline has no fill and must not vanish under a trigger's.
    for mark, rects in sorted(shown, key=lambda item: item[0].kind == "suggestion"):
        color = QColor(mark.color)
        dark = color.darker(170)
        if mark.kind == "trigger":
            trigger_rects[mark.id] = rects
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRects(rects)
            pen = QPen(FLAG_COLOR if mark.flagged else dark, 3.0)
            if mark.flagged:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for r in rects:
                painter.drawLine(QPointF(r.left(), r.bottom() - 1.5), QPointF(r.right(), r.bottom() - 1.5))
            painter.setPen(QPen(dark, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects(rects)
        elif mark.kind == "evidence":
            hatch = QColor(dark)
            hatch.setAlpha(110)  # light enough to read the letters through
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            painter.drawRects(rects)
            pen = QPen(dark, 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects([r.adjusted(0, 1, 0, -1) for r in rects])
        elif mark.kind == "suggestion":
            _paint_suggestion(painter, color, rects, mark.selected)
            continue
        elif mark.kind in VERSION_KINDS:
            continue  # drawn last, over everything else
        else:
            pen = QPen(dark, 1.2)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects([r.adjusted(-2, -2, 2, 2) for r in rects])
        if current == (mark.kind, mark.id):
            current_rects.extend(rects)
        elif mark.selected:
            painter.setPen(QPen(LINK_COLOR, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects([r.adjusted(-1, -1, 1, 1) for r in rects])
    # Versions last: their underlines must stay visible over fills of other marks.
    for mark, rects in shown:
        if mark.kind in VERSION_KINDS:
            _paint_version(painter, mark, rects)
    if not current_rects:
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(LINK_COLOR, 2.5))
    painter.drawRects([r.adjusted(-2, -2, 2, 2) for r in current_rects])
    # Links from the current event to its arguments (those visible now).
    origin = current_rects[0].center()
    targets = [*linked_entities, *(trigger_rects.get(i, []) for i in linked_triggers)]
    pen = QPen(LINK_COLOR, 1.5)
    painter.setPen(pen)
    for rects in targets:
        if not rects:
            continue
        painter.drawRects([r.adjusted(-1, -1, 1, 1) for r in rects])
        end = rects[0].center()
        top = min(origin.y(), end.y()) - 14.0
        path = QPainterPath(QPointF(origin.x(), current_rects[0].top()))
        path.cubicTo(QPointF(origin.x(), top), QPointF(end.x(), top), QPointF(end.x(), rects[0].top()))
        painter.drawPath(path)
        painter.setBrush(LINK_COLOR)
        painter.drawEllipse(QPointF(end.x(), rects[0].top()), 2.5, 2.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

"""The document view: read-only right-to-left text with spans painted underneath the glyphs.

Spans are never character formats (DESIGN.md invariant 5: formats break lam-alef ligatures and
kerning). The view paints coloured boxes for the spans of the visible blocks only, from
`QTextLine` geometry, before Qt draws the text over them (../shared/NOTES-document-view.md).
Selections are the view's own, painted the same way, and snap to words (DESIGN.md 6).

The view knows nothing of the project: it shows what `show_document` / `set_spans` give it
and reports what the user asks for through `edit_requested`; the workspace does the edits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlock,
    QTextLine,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.core.model import Span
from annotator.core.text import document_vocabulary, snap_selection, token_index_at
from annotator.ui.offsets import QtOffsets
from annotator.ui.span_index import SpanIndex, row
from annotator.ui.view_marks import VERSION_KINDS, Mark, paint_marks

# Explicit bidi embeddings, overrides and isolates would silently reorder the text; show each
# as a visible mark (one code point for one, so offsets stay the same) boxed in red.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
BIDI_MARK = "\u25cc"  # dotted circle
_BIDI_TABLE = {ord(c): BIDI_MARK for c in BIDI_CONTROLS}
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
# A span whose text has no left-to-right letters or digits is one visual run: two cursorToX
# calls give its edges. Others are measured from their glyph runs.
_LTR_OR_NUMBER = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u0660-\u0669\u06f0-\u06f9]")
# Anything not Arabic, Hebrew, white space or ASCII punctuation: rare, so unicodedata decides.
_UNCOMMON = re.compile(r"[^\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\s!-/:-@\[-`{-~\u060c\u061b\u061f]")

NEST_INSET = 3.0
SELECTION_COLOR = QColor(120, 170, 255, 110)
OUTLINE_COLOR = QColor(20, 20, 20)
FAULT_COLOR = QColor(220, 0, 0)


def _is_mixed(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds left-to-right letters or digits (more than one visual run)."""
    end = len(text) if end is None else end
    if _LTR_OR_NUMBER.search(text, start, end):
        return True
    found = _UNCOMMON.search(text, start, end)
    while found is not None:
        if unicodedata.bidirectional(found.group()) in ("L", "EN", "AN"):
            return True
        found = _UNCOMMON.search(text, found.end(), end)
    return False


def _x(line: QTextLine, position: int) -> float:
    """x of a cursor position on a line (layout coordinates); PySide6 returns (x, position)."""
    result: tuple[float, int] = line.cursorToX(position)  # type: ignore[assignment]
    return result[0]


@dataclass(frozen=True, slots=True)
class ShownSpan:
    """An entity as the view needs it: code-point offsets and a label key."""

    id: int
    start: int
    end: int
    label: str


class DocumentView(QPlainTextEdit):
    """Shows one document; emits what the user asks to do with it."""

    selection_changed = Signal(int, int)  # code points; (-1, -1) when nothing is selected
    span_selected = Signal(int)  # entity id, or -1
    edit_requested = Signal(str, object)  # ("label", key) ("delete", id) ("resize", (id, start, end))
    # ("enter", entity id or -1) ("next_mark", True/False) ("delete", -1 when no entity is selected)
    span_clicked = Signal(int)  # an entity was clicked (after span_selected)
    mark_clicked = Signal(str, int)  # a trigger / evidence / scope was clicked: (kind, id)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.setMouseTracking(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._text = ""
        self._offsets = QtOffsets("")
        self._tokens: list[Span] = []
        self._sentences: list[Span] = []
        self._vocabulary: frozenset[str] | None = None
        self._spans = SpanIndex()
        self._by_id: dict[int, ShownSpan] = {}
        self._mixed: dict[int, bool] = {}  # span id -> mixes directions, found at first paint
        self._colors: dict[str, QColor] = {}
        self._names: dict[str, str] = {}
        self._faults: list[int] = []
        self._selection: Span | None = None
        self._anchor_token: int | None = None
        self._active_token: int | None = None
        self._selected_span: int | None = None
        self._drag_from: int | None = None
        self._dragging = False
        self.split_clitics = True
        self._marks: list[Mark] = []
        self._current_mark: tuple[str, int] | None = None
        self._linked: list[int] = []  # entity ids linked to the current mark (event arguments)
        self._linked_marks: list[int] = []  # trigger ids linked to it (events as arguments)
        self._apply_direction()

    # -- content -------------------------------------------------------------------------

    def _apply_direction(self) -> None:
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)

    def set_labels(self, colors: dict[str, str], names: dict[str, str]) -> None:
        """Label colours (#rrggbb) and the names shown on hover, from the schema."""
        self._colors = {key: QColor(value) for key, value in colors.items()}
        self._names = dict(names)
        self.viewport().update()

    def show_document(
        self, text: str, tokens: list[Span], sentences: list[Span], spans: list[ShownSpan]
    ) -> None:
        """Show a document's text (as stored) with its spans; clears the selection."""
        self._text = text
        self._offsets = QtOffsets(text)
        self._tokens = tokens
        self._sentences = sentences
        self._vocabulary = None
        self._faults = [self._offsets.to_qt(m.start()) for m in _BIDI_RE.finditer(text)]
        self._selection = None
        self._anchor_token = self._active_token = None
        self._selected_span = None
        self.setPlainText(text.translate(_BIDI_TABLE) if self._faults else text)
        self._apply_direction()
        self.set_spans(spans)

    def set_spans(self, spans: list[ShownSpan]) -> None:
        """Replace every span (after an undo, a reload); keeps the selection if still valid.

        Whether a span mixes directions is worked out when it is first painted, not here.
        """
        self._by_id = {s.id: s for s in spans}
        self._mixed = {}
        if self._offsets.identity:
            rows = [(s.start, -s.end, s.id, s.label) for s in spans]
        else:
            to_qt = self._offsets.to_qt
            rows = [(to_qt(s.start), -to_qt(s.end), s.id, s.label) for s in spans]
        self._spans = SpanIndex(rows)
        if self._selected_span is not None and self._selected_span not in self._by_id:
            self._selected_span = None
        self.viewport().update()

    def add_span(self, span: ShownSpan) -> None:
        """Add one span and repaint only where it is (the fast path after labelling)."""
        self._by_id[span.id] = span
        self._spans.add(
            row(self._offsets.to_qt(span.start), self._offsets.to_qt(span.end), span.id, span.label)
        )
        for rect in self.range_rects(span.start, span.end):
            self.viewport().update(rect.toAlignedRect().adjusted(-3, -3, 3, 3))

    def set_marks(self, marks: list[Mark]) -> None:
        """Replace the triggers, evidence and scopes drawn over the text."""
        self._marks = sorted(marks, key=lambda m: (m.start, -m.end, m.kind, m.id))
        self.viewport().update()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_current_mark(
        self,
        kind: str | None,
        mark_id: int = -1,
        linked: list[int] | None = None,
        linked_marks: list[int] | None = None,
    ) -> None:
        """Outline the current event or stance; `linked` entities (its arguments) and
        `linked_marks` triggers (events filling its roles) get a link drawn from it."""
        self._current_mark = (kind, mark_id) if kind else None
        self._linked = list(linked or [])
        self._linked_marks = list(linked_marks or [])
        self.viewport().update()

    def current_mark(self) -> tuple[str, int] | None:
        return self._current_mark

    @property
    def text(self) -> str:
        return self._text

    @property
    def tokens(self) -> list[Span]:
        return self._tokens

    def spans(self) -> list[ShownSpan]:
        return sorted(self._by_id.values(), key=lambda s: (s.start, -s.end, s.id))

    # -- selection state -----------------------------------------------------------------

    def selection(self) -> Span | None:
        return self._selection

    def selected_span(self) -> int | None:
        return self._selected_span

    def set_selection(self, span: Span | None, *, emit: bool = True) -> None:
        self._selection = span
        if span is not None:
            self._selected_span = None
        self.viewport().update()
        if emit:
            self.selection_changed.emit(*(span if span else (-1, -1)))

    def select_span(self, span_id: int | None, *, emit: bool = True, scroll: bool = True) -> None:
        """Select an entity (outlined); the token cursor moves to it."""
        shown = self._by_id.get(span_id) if span_id is not None else None
        self._selected_span = shown.id if shown else None
        self._selection = None
        if shown is not None:
            first = token_index_at(self._tokens, shown.start)
            self._anchor_token = self._active_token = first
            if scroll:
                self.ensure_visible(shown.start)
        self.viewport().update()
        if emit:
            self.span_selected.emit(shown.id if shown else -1)

    def ensure_visible(self, offset: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(offset))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.zoomIn(steps)
        elif steps < 0 and self.font().pointSizeF() > 8:
            self.zoomOut(-steps)

    # -- geometry ------------------------------------------------------------------------

    def position_at(self, point: QPoint) -> int:
        """Code-point offset of the character boundary nearest to a viewport point.

        Qt's own hit test can land one position off between joined Arabic letters (a narrow
        ل before ت); inside a right-to-left run the nearest of the neighbouring boundaries by
        `cursorToX` (the geometry the overlay paints with) is taken instead.
        """
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        block = cursor.block()
        rel = position - block.position()
        layout = block.layout()
        line = layout.lineForTextPosition(rel) if layout is not None else None
        if line is not None and line.isValid():
            lo, hi = line.textStart(), line.textStart() + line.textLength()
            around = block.text()[max(lo, rel - 1) : min(hi, rel + 1)]
            if not _LTR_OR_NUMBER.search(around):
                rect = self.blockBoundingRect(block).translated(self.contentOffset())
                x = point.x() - rect.left() - layout.position().x()
                candidates = [c for c in (rel - 1, rel, rel + 1) if lo <= c <= hi]
                rel = min(candidates, key=lambda c: abs(_x(line, c) - x))
                position = block.position() + rel
        return self._offsets.from_qt(position)

    def _visible_blocks(self, clip: QRectF) -> list[tuple[QTextBlock, QRectF]]:
        blocks = []
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        top = self.blockBoundingRect(block).translated(offset).top() if block.isValid() else 0.0
        while block.isValid() and top <= clip.bottom():
            rect = self.blockBoundingRect(block)
            rect = QRectF(rect.left() + offset.x(), top, rect.width(), rect.height())
            if block.isVisible() and rect.bottom() >= clip.top():
                blocks.append((block, rect))
            top += rect.height()
            block = block.next()
        return blocks

    def _line_ranges(self, line: QTextLine, a: int, b: int, mixed: bool) -> list[tuple[float, float]]:
        """x extents of [a, b) (block-relative Qt positions) on one line."""
        if not mixed:
            x1 = _x(line, a)
            x2 = _x(line, b)
            return [(min(x1, x2), max(x1, x2))]
        extents = sorted(
            (r.left(), r.right())
            for r in (run.boundingRect() for run in line.glyphRuns(a, b - a))
            if r.width() > 0
        )
        merged: list[tuple[float, float]] = []
        for left, right in extents:
            if merged and left <= merged[-1][1] + 1.0:
                merged[-1] = (merged[-1][0], max(merged[-1][1], right))
            else:
                merged.append((left, right))
        return merged

    def _rects_for(
        self, start: int, end: int, mixed: bool, blocks: list[tuple[QTextBlock, QRectF]]
    ) -> list[QRectF]:
        """Rectangles covering Qt range [start, end) within the given visible blocks."""
        rects: list[QRectF] = []
        for block, brect in blocks:
            bpos = block.position()
            if end <= bpos or start >= bpos + block.length():
                continue
            layout = block.layout()
            origin = layout.position()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                lo = bpos + line.textStart()
                hi = lo + line.textLength()
                a, b = max(start, lo), min(end, hi)
                if a >= b:
                    continue
                if b == hi and end > hi:
                    # A wrapped line keeps its trailing space; the span continues on the next line.
                    while b > a and self.document().characterAt(b - 1).isspace():
                        b -= 1
                y = brect.top() + origin.y() + line.y()
                for x1, x2 in self._line_ranges(line, a - bpos, b - bpos, mixed):
                    rects.append(QRectF(brect.left() + origin.x() + x1, y, x2 - x1, line.height()))
        return rects

    def _is_span_mixed(self, span_id: int) -> bool:
        mixed = self._mixed.get(span_id)
        if mixed is None:
            shown = self._by_id[span_id]
            mixed = self._mixed[span_id] = _is_mixed(self._text, shown.start, shown.end)
        return mixed

    def span_rects(self, span_id: int) -> list[QRectF]:
        """Where an entity is drawn now (viewport coordinates); empty if not visible."""
        found = self._spans.get(span_id)
        if found is None:
            return []
        blocks = self._visible_blocks(QRectF(self.viewport().rect()))
        return self._rects_for(found[0], -found[1], self._is_span_mixed(span_id), blocks)

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Where the code-point range [start, end) is drawn now (viewport coordinates)."""
        blocks = self._visible_blocks(QRectF(self.viewport().rect()))
        mixed = _is_mixed(self._text, start, end)
        return self._rects_for(self._offsets.to_qt(start), self._offsets.to_qt(end), mixed, blocks)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self._paint_overlay(painter, QRectF(event.rect()))
        finally:
            painter.end()
        super().paintEvent(event)  # the glyphs go over the overlay, untouched

    def _paint_overlay(self, painter: QPainter, clip: QRectF) -> None:
        blocks = self._visible_blocks(clip)
        if not blocks:
            return
        first, last = blocks[0][0], blocks[-1][0]
        lo = first.position()
        hi = last.position() + last.length()
        painter.setPen(Qt.PenStyle.NoPen)
        ends: list[int] = []
        layers: dict[tuple[int, str], list[QRectF]] = {}
        outline: list[QRectF] = []
        for start, neg_end, span_id, label in self._spans.in_range(lo, hi):
            while ends and ends[-1] <= start:
                ends.pop()
            depth = len(ends)
            ends.append(-neg_end)
            rects = self._rects_for(start, -neg_end, self._is_span_mixed(span_id), blocks)
            inset = min(depth * NEST_INSET, 8.0)
            layers.setdefault((depth, label), []).extend(r.adjusted(0, inset, 0, -inset) for r in rects)
            if span_id == self._selected_span:
                outline.extend(rects)
        for (_, label), rects in sorted(layers.items(), key=lambda item: item[0][0]):
            painter.setBrush(self._colors.get(label, QColor(220, 220, 220)))
            painter.drawRects(rects)
        if self._selection is not None:
            a, b = (self._offsets.to_qt(x) for x in self._selection)
            painter.setBrush(SELECTION_COLOR)
            painter.drawRects(self._rects_for(a, b, _is_mixed(self._text, *self._selection), blocks))
        if outline:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(OUTLINE_COLOR, 2.0))
            painter.drawRects([r.adjusted(-1, -1, 1, 1) for r in outline])
        if self._marks:
            self._paint_marks(painter, blocks, lo, hi)
        if self._faults:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(FAULT_COLOR, 1.5))
            for pos in self._faults:
                if lo <= pos < hi:
                    painter.drawRects(self._rects_for(pos, pos + 1, True, blocks))

    def _mark_rects(self, mark: Mark, blocks: list[tuple[QTextBlock, QRectF]]) -> list[QRectF]:
        a, b = self._offsets.to_qt(mark.start), self._offsets.to_qt(mark.end)
        return self._rects_for(a, b, _is_mixed(self._text, mark.start, mark.end), blocks)

    def _paint_marks(
        self, painter: QPainter, blocks: list[tuple[QTextBlock, QRectF]], lo: int, hi: int
    ) -> None:
        """Triggers, evidence and scopes of the visible blocks, then the current one's links."""
        shown = []
        for mark in self._marks:
            a, b = self._offsets.to_qt(mark.start), self._offsets.to_qt(mark.end)
            if b > lo and a < hi:
                rects = self._mark_rects(mark, blocks)
                if rects:
                    shown.append((mark, rects))
        paint_marks(
            painter, shown, self._current_mark, [self.span_rects(i) for i in self._linked], self._linked_marks
        )

    def mark_at(self, point: QPointF) -> Mark | None:
        """The innermost trigger, evidence or scope drawn under a viewport point."""
        blocks = self._visible_blocks(QRectF(self.viewport().rect()))
        qt_pos = self.cursorForPosition(point.toPoint()).position()
        pos = self._offsets.from_qt(qt_pos)
        hits = [m for m in self._marks if m.start - 1 <= pos <= m.end + 1]
        hits.sort(key=lambda m: (m.kind == "scope", m.end - m.start))
        for mark in hits:
            if any(r.contains(point) for r in self._mark_rects(mark, blocks)):
                return mark
        return None

    # -- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._drag_from = self.position_at(event.position().toPoint())
        self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        here = self.position_at(event.position().toPoint())
        if here != self._drag_from:
            self._dragging = True
            self._selection = (min(here, self._drag_from), max(here, self._drag_from))
            self._selected_span = None
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None or event.button() != Qt.MouseButton.LeftButton:
            return
        here = self.position_at(event.position().toPoint())
        start, end = sorted((self._drag_from, here))
        self._drag_from = None
        raw = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if self._dragging and end > start:
            self._select_range(start, end, raw=raw)
            return
        # A click: the innermost span under the pointer, else the word. Triggers and evidence
        # come first: they are drawn over the entities.
        mark = self.mark_at(event.position()) if self._marks else None
        # Scopes and annotators' versions are context: a click goes through to the word.
        if mark is not None and mark.kind != "scope" and mark.kind not in VERSION_KINDS:
            self.mark_clicked.emit(mark.kind, mark.id)
            return
        qt_pos = self.cursorForPosition(event.position().toPoint()).position()
        hit = self._span_at_point(event.position(), qt_pos)
        if hit is not None:
            self.select_span(hit, scroll=False)
            self.span_clicked.emit(hit)
        elif self._tokens:
            self._select_range(start, min(start + 1, len(self._text)), raw=False, split=False)

    def _span_at_point(self, point: QPointF, qt_pos: int) -> int | None:
        candidates = self._spans.in_range(qt_pos - 1, qt_pos + 1)
        for _, _, span_id, _ in reversed(candidates):  # innermost last in (start, -end) order
            if any(r.contains(point) for r in self.span_rects(span_id)):
                return span_id
        return None

    def vocabulary(self) -> frozenset[str]:
        """The document's normalised words: evidence for taking a proclitic off (computed once)."""
        if self._vocabulary is None:
            self._vocabulary = document_vocabulary(self._text, self._tokens)
        return self._vocabulary

    def _select_range(self, start: int, end: int, *, raw: bool, split: bool | None = None) -> None:
        if not raw:
            start, end = snap_selection(
                self._text,
                self._tokens,
                start,
                end,
                split_clitics=self.split_clitics if split is None else split,
                vocabulary=self.vocabulary(),
            )
        first = token_index_at(self._tokens, start)
        last = token_index_at(self._tokens, max(start, end - 1))
        self._anchor_token, self._active_token = first, last
        self.set_selection((start, end))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            qt_pos = self.cursorForPosition(event.pos()).position()
            names = [
                self._names.get(label, label)
                for _, _, span_id, label in self._spans.in_range(qt_pos - 1, qt_pos + 1)
                if any(r.contains(QPointF(event.pos())) for r in self.span_rects(span_id))
            ]
            mark = self.mark_at(QPointF(event.pos())) if self._marks else None
            if mark is not None and mark.tip:
                names.insert(0, mark.tip)
            if names:
                QToolTip.showText(event.globalPos(), " ⊃ ".join(names), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1 if event.angleDelta().y() > 0 else -1)
            return
        super().wheelEvent(event)

    # -- keyboard (document_keys.py) ---------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from annotator.ui.document_keys import handle_key

        if not handle_key(self, event):
            event.ignore()

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab moves between entities, not out of the view

    def set_font_family(self, family: str, point_size: float) -> None:
        font = QFont(family)
        font.setPointSizeF(point_size)
        self.setFont(font)

"""Keyboard handling of the document view: the word cursor, selections, entity edges, jumps.

Right-to-left text: Left goes forward (to the next word), Right goes back. Every key is
listed in shortcuts.py (the cheat sheet); edits leave as `edit_requested` signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor

from annotator.core.model import Span
from annotator.core.text import clitic_cuts, token_index_at

if TYPE_CHECKING:
    from annotator.ui.document_view import DocumentView, ShownSpan


def _token_span(view: DocumentView, first: int, last: int) -> Span:
    a, b = sorted((first, last))
    return view._tokens[a][0], view._tokens[b][1]


def _move_token(view: DocumentView, step: int, extend: bool) -> None:
    if not view._tokens:
        return
    if view._active_token is None:
        index = 0 if step > 0 else len(view._tokens) - 1
    else:
        index = max(0, min(len(view._tokens) - 1, view._active_token + step))
    if not extend or view._anchor_token is None:
        view._anchor_token = index
    view._active_token = index
    view._selected_span = None
    view.set_selection(_token_span(view, view._anchor_token, index))
    view.ensure_visible(view._tokens[index][0])


def _move_line(view: DocumentView, down: bool) -> None:
    if not view._tokens:
        return
    current = view._tokens[view._active_token or 0][0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._offsets.to_qt(current))
    moved = cursor.movePosition(QTextCursor.MoveOperation.Down if down else QTextCursor.MoveOperation.Up)
    if not moved:
        return
    index = token_index_at(view._tokens, view._offsets.from_qt(cursor.position()))
    if index is None:
        index = _nearest_token(view, view._offsets.from_qt(cursor.position()))
    view._anchor_token = view._active_token = index
    view.set_selection(_token_span(view, index, index))
    view.ensure_visible(view._tokens[index][0])


def _nearest_token(view: DocumentView, offset: int) -> int:
    return min(range(len(view._tokens)), key=lambda i: abs(view._tokens[i][0] - offset))


def _jump_span(view: DocumentView, forward: bool) -> None:
    spans = view.spans()
    if not spans:
        return
    here = view._by_id[view._selected_span].start if view._selected_span in view._by_id else None
    if here is None and view._selection is not None:
        here = view._selection[0]
    ordered = spans if forward else list(reversed(spans))
    if here is None:
        target = ordered[0]
    else:
        current = view._selected_span
        after = [
            s
            for s in ordered
            if (s.start > here if forward else s.start < here)
            or (
                s.start == here
                and current is not None
                and s.id != current
                and _after(view, s, current, forward)
            )
        ]
        target = after[0] if after else ordered[0]
    view.select_span(target.id)


def _after(view: DocumentView, span: ShownSpan, current: int, forward: bool) -> bool:
    cur = view._by_id[current]
    key, cur_key = (span.start, -span.end, span.id), (cur.start, -cur.end, cur.id)
    return key > cur_key if forward else key < cur_key


def _jump_unannotated_sentence(view: DocumentView, forward: bool) -> None:
    here = (
        view._selection[0]
        if view._selection
        else (view._by_id[view._selected_span].start if view._selected_span in view._by_id else -1)
    )
    spans = view.spans()
    sentences = view._sentences if forward else list(reversed(view._sentences))
    for start, end in sentences:
        if (start <= here) if forward else (start >= here):
            continue
        if not any(s.start < end and s.end > start for s in spans):
            first = token_index_at(view._tokens, start)
            if first is None:
                continue
            view._anchor_token = view._active_token = first
            view.set_selection(view._tokens[first])
            view.ensure_visible(start)
            return


def cycle_clitic(view: DocumentView) -> None:
    """Take the next proclitic off the selection's start, or put them all back (Ctrl+K)."""
    if view._selection is None:
        return
    start, end = view._selection
    index = token_index_at(view._tokens, start)
    if index is None:
        return
    word_start = view._tokens[index][0]
    choices = [word_start, *(c for c in clitic_cuts(view._text, view._tokens, word_start) if c < end)]
    following = [c for c in choices if c > start]
    view.set_selection((following[0] if following else word_start, end))


def _resize(view: DocumentView, grow: bool, at_end: bool, by_char: bool) -> None:
    span = view._by_id.get(view._selected_span) if view._selected_span is not None else None
    if span is None:
        return
    start, end = span.start, span.end
    if by_char:
        delta = 1 if grow else -1
        if at_end:
            end = min(len(view._text), end + delta)
        else:
            start = max(0, start - delta)
    else:
        first = token_index_at(view._tokens, start)
        last = token_index_at(view._tokens, end - 1)
        if first is None or last is None:
            return
        if at_end:
            last += 1 if grow else -1
            if 0 <= last < len(view._tokens):
                end = view._tokens[last][1]
        else:
            first += -1 if grow else 1
            if 0 <= first < len(view._tokens):
                start = view._tokens[first][0]
    if start < end and (start, end) != (span.start, span.end):
        view.edit_requested.emit("resize", (span.id, start, end))


def handle_key(view: DocumentView, event: QKeyEvent) -> bool:
    """Act on a key pressed in the view; False when the key is not ours."""
    key = event.key()
    mods = event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    # Right-to-left text: Left goes forward (to the next word), Right goes back.
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        forward = key == Qt.Key.Key_Left
        if ctrl or alt:
            # Edges of the selected span: Ctrl by word, Alt by character. Without Shift the
            # end (left edge) moves, with Shift the start (right edge): Left grows leftwards.
            at_end = not shift
            grow = forward if at_end else not forward
            _resize(view, grow=grow, at_end=at_end, by_char=alt and not ctrl)
        else:
            _move_token(view, 1 if forward else -1, extend=shift)
        return True
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        if ctrl:
            _jump_unannotated_sentence(view, forward=key == Qt.Key.Key_Down)
        else:
            _move_line(view, down=key == Qt.Key.Key_Down)
        return True
    if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        _jump_span(view, forward=key == Qt.Key.Key_Tab and not shift)
        return True
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        # With no entity selected, the workspace deletes the current event or stance.
        view.edit_requested.emit("delete", view._selected_span if view._selected_span is not None else -1)
        return True
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
        view.edit_requested.emit("enter", view._selected_span if view._selected_span is not None else -1)
        return True
    if key == Qt.Key.Key_F6:
        view.edit_requested.emit("next_mark", not shift)
        return True
    if key == Qt.Key.Key_F7:
        view.edit_requested.emit("next_suggestion", not shift)
        return True
    if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
        bar = view.verticalScrollBar()
        down = key == Qt.Key.Key_PageDown
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd if down else bar.SliderAction.SliderPageStepSub)
        return True
    if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and ctrl:
        bar = view.verticalScrollBar()
        bar.setValue(bar.minimum() if key == Qt.Key.Key_Home else bar.maximum())
        return True
    if key == Qt.Key.Key_K and ctrl:
        cycle_clitic(view)
        return True
    if key == Qt.Key.Key_Escape:
        view._selected_span = None
        view.set_selection(None)
        return True
    if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and ctrl:
        view.zoom(1)
        return True
    if key == Qt.Key.Key_Minus and ctrl:
        view.zoom(-1)
        return True
    text = event.text()
    if text and not ctrl and not alt and text.isprintable() and not text.isspace():
        view.edit_requested.emit("label", text)
        return True
    return False

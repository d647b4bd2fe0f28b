"""Arabic in a terminal: reshaping and reordering for terminals without bidi, and span marking.

Most terminals neither join Arabic letters nor apply the bidi algorithm, so `--bidi on`
reshapes (keeping harakat) with arabic-reshaper and reorders each line with python-bidi.
Visual-order text is only ever printed, never stored (DESIGN.md).

`--bidi auto` turns reshaping on when standard output is a terminal that is not known to do
bidi itself (VTE 0.58+ terminals such as GNOME Terminal, and mlterm, do it; set
ANNOTATOR_BIDI=on|off to decide), and off for pipes and files, which want logical order.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from annotator.core.model import Document, Entity, Event, Stance

OPEN, CLOSE = "[", "]"


def bidi_mode_for(choice: str) -> bool:
    """True when Arabic must be reshaped and reordered for this output."""
    if choice in ("on", "off"):
        return choice == "on"
    forced = os.environ.get("ANNOTATOR_BIDI", "").lower()
    if forced in ("on", "off"):
        return forced == "on"
    if not sys.stdout.isatty():
        return False
    vte = os.environ.get("VTE_VERSION", "")
    if vte.isdigit() and int(vte) >= 5800:
        return False
    return os.environ.get("TERM_PROGRAM", "").lower() not in ("mlterm",)


@lru_cache(maxsize=1)
def _reshaper() -> Any:
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def display(line: str, bidi: bool) -> str:
    """One line as it should be printed: logical order, or reshaped and reordered."""
    if not bidi or not line:
        return line
    from bidi import get_display

    return str(get_display(_reshaper().reshape(line)))


def _width() -> int:
    return max(40, shutil.get_terminal_size((100, 24)).columns - 1)


def render_lines(text: str, bidi: bool) -> list[str]:
    """Wrap logical lines to the terminal first, then reorder each (wrapping after reordering
    would put the end of a right-to-left sentence on the first printed line)."""
    width = _width()
    out: list[str] = []
    for line in text.split("\n"):
        pieces = textwrap.wrap(line, width) if line.strip() else [""]
        for piece in pieces:
            shown = display(piece, bidi)
            out.append(shown.rjust(width) if bidi else shown)
    return out


def mark_spans(text: str, entities: Sequence[Entity]) -> str:
    """The text with each span wrapped in brackets (nested spans nest)."""
    # At one offset: closing marks before opening ones; inner spans close first, outer open first.
    inserts: list[tuple[int, int, int, str]] = []
    for e in entities:
        inserts.append((e.start, 1, -(e.end - e.start), OPEN))
        inserts.append((e.end, 0, -e.start, CLOSE))
    inserts.sort()
    pieces: list[str] = []
    last = 0
    for offset, _, _, mark in inserts:
        pieces.append(text[last:offset])
        pieces.append(mark)
        last = offset
    pieces.append(text[last:])
    return "".join(pieces)


def render_document(doc: Document, entities: Sequence[Entity], labels: Mapping[str, Any], bidi: bool) -> str:
    """The document with spans marked, then one line per span: layer, label, offsets, text."""
    header = [f"document {doc.id}: {display(doc.title, bidi)}", ""]
    body = render_lines(mark_spans(doc.text, entities), bidi)
    listing = [""] if entities else []
    for e in sorted(entities, key=lambda e: (e.start, -e.end, e.layer)):
        label = labels.get(e.label)
        english = label.names.en if label is not None else e.label
        listing.append(
            f"  {e.layer:<12} {e.label:<5} [{e.start}, {e.end})  {display(doc.text[e.start : e.end], bidi)}"
            f"  ({english})"
        )
    return "\n".join(header + body + listing)


def render_events_and_stances(
    doc: Document,
    events: Sequence[Event],
    stances: Sequence[Stance],
    entities: Mapping[int, Entity],
    bidi: bool,
) -> str:
    """Lines listing a document's events (trigger, arguments by role) and stances; empty if none."""
    lines: list[str] = []

    def quote(start: int, end: int) -> str:
        return display(doc.text[start:end], bidi)

    def entity_text(entity_id: int | None) -> str:
        entity = entities.get(entity_id) if entity_id is not None else None
        return quote(entity.start, entity.end) if entity else "?"

    by_id = {e.id: e for e in events}
    for event in events:
        cluster = f"  story {event.cluster}" if event.cluster else ""
        trigger = quote(event.start, event.end)
        lines.append(f"  {event.layer:<12} {event.type} [{event.start}, {event.end})  {trigger}{cluster}")
        for argument in event.arguments:
            if argument.entity_id is not None:
                filler = entity_text(argument.entity_id)
            else:
                other = by_id.get(argument.event_id or -1)
                filler = f"{other.type} {quote(other.start, other.end)}" if other else "?"
            lines.append(f"      {argument.role}: {filler}")
    for stance in stances:
        holder = "outlet" if stance.holder_entity_id is None else entity_text(stance.holder_entity_id)
        target = stance.target if stance.target is not None else entity_text(stance.target_entity_id)
        lines.append(f"  {stance.layer:<12} stance {holder} → {target}: {stance.polarity}")
        for evidence in stance.evidence:
            lines.append(
                f"      evidence [{evidence.start}, {evidence.end})  {quote(evidence.start, evidence.end)}"
            )
    return "\n\n" + "\n".join(lines) if lines else ""


def render_hit(text: str, start: int, end: int, bidi: bool, context: int = 30) -> str:
    """A search hit in one line of context, the hit in brackets."""
    left = text[max(0, start - context) : start].replace("\n", " ")
    right = text[end : end + context].replace("\n", " ")
    return display(f"…{left}{OPEN}{text[start:end]}{CLOSE}{right}…", bidi)

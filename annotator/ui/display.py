"""Small helpers for showing annotations in lists and menus: short quotes, bidi isolates, colour swatches."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

from annotator.core.model import Entity

_FSI, _PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """`text` as a bidi isolate, so Arabic inside an English sentence (or the reverse) keeps its order."""
    return f"{_FSI}{text}{_PDI}" if text else text


def shorten(text: str, limit: int = 50) -> str:
    """One line of at most `limit` characters: the start and the end of a long span, "…" between."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half].rstrip()} … {text[-half:].lstrip()}"


def mention_text(text: str, entity: Entity) -> str:
    """How an entity mention appears in pickers and lists: "أردوغان · PER"."""
    return f"{shorten(text[entity.start : entity.end], 40)} · {entity.label}"


def color_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)

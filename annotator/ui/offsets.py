"""The one place where code-point offsets meet Qt's UTF-16 positions (DESIGN.md invariant 1).

Stored offsets are Python string indices; Qt counts UTF-16 code units, so every character
outside the Basic Multilingual Plane (emoji, flags) takes two Qt positions. Arabic text is
almost always all-BMP, and then both conversions are the identity.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class QtOffsets:
    """Converts positions for one text, in O(log n) per call."""

    def __init__(self, text: str) -> None:
        astral = [m.start() for m in _ASTRAL.finditer(text)]
        # The Qt position where each astral character starts: its index plus the astral
        # characters before it (each of which added one extra code unit).
        self._qt_starts = [cp + i for i, cp in enumerate(astral)]
        self._astral = astral
        self.length = len(text)

    @property
    def identity(self) -> bool:
        return not self._astral

    def to_qt(self, offset: int) -> int:
        """Qt position of code-point offset `offset`."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """Code-point offset of Qt position `position`; inside a surrogate pair, the character's start."""
        if not self._astral:
            return position
        return position - bisect_left(self._qt_starts, position)

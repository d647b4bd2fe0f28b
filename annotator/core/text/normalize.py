"""The search form of Arabic text, and the map from it back to original offsets.

Use `normalize` to build search keys and to normalise a query; use
`normalize_with_map` and `map_span` when a match in the normalised text must become
a span of the stored text (DESIGN.md invariant 4: normalisation is derived, matches
map back to original offsets). The stored text itself is never normalised.

The fold, as one `str.translate` table built at import:
- alef forms أ إ آ ٱ → ا; alef maksura ى → ي; teh marbuta ة → ه;
- harakat U+064B–U+0655 and superscript alef U+0670 removed; tatweel U+0640 removed;
- Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → their NFKC letters, then
  folded by the same rules (ﻻ → لا, two characters);
- Arabic-Indic digits ٠-٩ and extended ۰-۹ → 0-9; ASCII A-Z → a-z.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import chain

__all__ = ["map_span", "normalize", "normalize_with_map"]

_ALEF = "ا"
_FOLDS: dict[str, str] = {
    "أ": _ALEF,
    "إ": _ALEF,
    "آ": _ALEF,
    "ٱ": _ALEF,
    "ى": "ي",
    "ة": "ه",
}
_REMOVED = frozenset(chr(cp) for cp in chain(range(0x064B, 0x0656), (0x0670, 0x0640)))
_DIGIT_BLOCKS = (0x0660, 0x06F0)  # Arabic-Indic and Extended Arabic-Indic zeros
_PRESENTATION_RANGES = (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00))
_DIGITS_AND_CASE: dict[int, str] = {
    **{zero + i: str(i) for zero in _DIGIT_BLOCKS for i in range(10)},
    **{cp: chr(cp + 32) for cp in range(ord("A"), ord("Z") + 1)},
}


def _fold_simple(text: str) -> str:
    """Apply the one-to-one and removal rules (used to fold NFKC expansions)."""
    out = []
    for ch in text:
        if ch in _REMOVED:
            continue
        out.append(_FOLDS.get(ch, ch))
    return "".join(out).translate(_DIGITS_AND_CASE)


def _build_table() -> dict[int, str | None]:
    """The whole fold as a translate table: code point → replacement, None = removed."""
    table: dict[int, str | None] = {ord(ch): None for ch in _REMOVED}
    table.update({ord(src): dst for src, dst in _FOLDS.items()})
    table.update(_DIGITS_AND_CASE)
    for cp in chain(*_PRESENTATION_RANGES):
        ch = chr(cp)
        expanded = unicodedata.normalize("NFKC", ch)
        if expanded == ch:  # unassigned, or a form NFKC keeps (U+FEFF)
            continue
        # Isolated harakat forms (U+FE70...) decompose to a space plus the haraka: the
        # haraka is removed, and the space must go too or a search key gains a word break.
        folded = _fold_simple(expanded).strip(" ")
        table[cp] = folded or None
    return table


_TABLE = _build_table()

# Characters whose fold is not exactly one character: `normalize_with_map` copies
# everything between them as an identity range, which keeps it fast on long texts.
_LENGTH_CHANGING = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp, rep in _TABLE.items() if rep is None or len(rep) != 1) + "]"
)


# The fast path: `str.translate` with a dict costs ~50 ns per character, while removing
# harakat with one regex and folding six letters with `str.replace` is ~3.4x faster on news
# text. Presentation forms take the table; digits and ASCII capitals are folded run by run.
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_REMOVED_RUN = re.compile("[" + "".join(sorted(_REMOVED)) + "]+")
_DIGITS_OR_CAPITALS = re.compile("[\u0660-\u0669\u06f0-\u06f9A-Z]+")


def _fold_run(found: re.Match[str]) -> str:
    return found.group().translate(_DIGITS_AND_CASE)


def normalize(text: str) -> str:
    """The search form of `text` (see the module docstring for the fold).

    Use it for search keys and queries. Lengths may change (harakat go, ligatures
    expand); when offsets matter, use `normalize_with_map`.
    """
    if _PRESENTATION.search(text):
        return text.translate(_TABLE)
    folded = _REMOVED_RUN.sub("", text)
    for source, target in _FOLDS.items():
        folded = folded.replace(source, target)
    return _DIGITS_OR_CAPITALS.sub(_fold_run, folded)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The search form of `text` and, for each of its characters, the original index.

    Use it when a match in the normalised text must be turned back into a span of
    `text` (then call `map_span`). `offsets` has `len(norm) + 1` entries: `offsets[i]`
    is the index in `text` of the character that produced `norm[i]` (all characters
    of one expansion point at the same original character), and the last entry is
    `len(text)`.
    """
    parts: list[str] = []
    offsets: list[int] = []
    copied = 0
    for found in _LENGTH_CHANGING.finditer(text):
        i = found.start()
        if copied < i:
            parts.append(normalize(text[copied:i]))
            offsets.extend(range(copied, i))
        replacement = _TABLE[ord(text[i])]
        if replacement:
            parts.append(replacement)
            offsets.extend([i] * len(replacement))
        copied = i + 1
    if copied < len(text):
        parts.append(normalize(text[copied:]))
        offsets.extend(range(copied, len(text)))
    offsets.append(len(text))
    return "".join(parts), offsets


def map_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a match `norm[start:end]` to the `[start, end)` span of the original text.

    Use it on the `offsets` from `normalize_with_map`. The span starts at the original
    character of the first matched character and ends after the last one, extended
    over the characters right after it that normalisation removed (harakat, tatweel),
    so searching محمد in "مُحَمَّدٌ" returns the whole word with its final harakat.
    A match ending inside a ligature's expansion takes the whole ligature.
    """
    if not 0 <= start <= end < len(offsets):
        raise ValueError(f"span [{start}, {end}) is outside a normalised text of length {len(offsets) - 1}")
    if start == end:
        return offsets[start], offsets[start]
    last = offsets[end - 1]
    # The next normalised character's origin bounds the removed characters that
    # follow the last match; skip any later characters of the same expansion.
    following = end
    while offsets[following] == last:
        following += 1
    return offsets[start], offsets[following]

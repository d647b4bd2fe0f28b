"""Tokens and sentences as `[start, end)` offsets into the stored text, and span snapping.

Use `tokenize` and `sentences` once per document at import (they are stored), and
`snap_to_tokens` / `snap_to_words` whenever a user's selection becomes a span
(DESIGN.md invariant 6). Offsets are Python string indices (code points).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

__all__ = ["sentences", "snap_to_tokens", "snap_to_words", "token_index_at", "tokenize"]

Span = tuple[int, int]

# Terminators: . ! ? ؟ ؛ … and runs of them, then any closing quotes or brackets.
_TERMINATORS = ".!?؟؛…"
_CLOSERS = "\"'”’»›)]}"
# Line breaks as str.splitlines() knows them; each line is at least its own sentence.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_BOUNDARY = re.compile(
    f"[{re.escape(_LINE_BREAKS)}]+|[{re.escape(_TERMINATORS)}][{re.escape(_TERMINATORS + _CLOSERS)}]*"
)

# Tokens joined without whitespace by these make one word for selection: إف-35, S-400,
# 2020/2021, and numbers camel-tools splits at their separators (3.5, ٣٫٥, 1,000, 10:30).
_WORD_JOINERS = frozenset("-/\u2010\u2011\u2013")
_NUMBER_JOINERS = frozenset(".,:\u066b\u066c")


def tokenize(text: str) -> list[Span]:
    """Word tokens of `text` as offset pairs, by camel-tools' `simple_word_tokenize`.

    Use it on the stored (original) text, never on a normalised copy: normalisation
    changes lengths. camel-tools returns verbatim substrings in order, so each is
    found from a moving position; `text[a:b]` is exactly the camel-tools token.
    """
    # Imported here: the module costs ~0.45 s (Unicode tables) and CLI start-up is benchmarked.
    from camel_tools.tokenizers.word import simple_word_tokenize

    spans: list[Span] = []
    position = 0
    for token in simple_word_tokenize(text):
        found = text.find(token, position)
        if found < 0:  # camel-tools changed its contract: fail loudly, never misalign
            raise ValueError(f"token {token!r} not found in the text after offset {position}")
        position = found + len(token)
        spans.append((found, position))
    return spans


def sentences(text: str) -> list[Span]:
    """Sentence spans of `text`: split at . ! ? ؟ ؛ … (with closing quotes) and at line breaks.

    Use it at import to store sentences (camel-tools has no sentence splitter). Spans
    exclude surrounding whitespace, never overlap, and cover all non-whitespace text
    in order. A period glued to the next word ("التوتر.وقال") still ends a sentence;
    a period inside a number (3.5, ٣.٥), between Latin letters or digits (aljazeera.net)
    or after a single Latin capital (U.S.) does not.
    """
    spans: list[Span] = []
    piece_start = 0
    for found in _BOUNDARY.finditer(text):
        if found.group()[0] in _LINE_BREAKS:
            _add_trimmed(text, piece_start, found.start(), spans)
            piece_start = found.end()
        elif not _period_inside_word(text, found):
            _add_trimmed(text, piece_start, found.end(), spans)
            piece_start = found.end()
    _add_trimmed(text, piece_start, len(text), spans)
    return spans


def _period_inside_word(text: str, found: re.Match[str]) -> bool:
    """Whether a lone "." is part of a number, a Latin name or an abbreviation."""
    if found.group() != ".":
        return False
    i = found.start()
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isdigit() and after.isdigit():
        return True
    if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
        return True
    # "U.S." and "F.": a single Latin capital, not the end of a longer word.
    before_that = text[i - 2] if i > 1 else " "
    return "A" <= before <= "Z" and (before_that == "." or not before_that.isalpha())


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    """Append `[start, end)` without its leading and trailing whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def token_index_at(tokens: list[Span], offset: int) -> int | None:
    """Index of the token containing `offset`, or None when it falls between tokens.

    Use it to find what the caret or the mouse is on; `tokens` must be sorted (as
    `tokenize` returns them). Binary search: O(log n).
    """
    index = bisect_right(tokens, offset, key=lambda span: span[0]) - 1
    if index >= 0 and offset < tokens[index][1]:
        return index
    return None


def snap_to_tokens(tokens: list[Span], start: int, end: int) -> Span:
    """Expand a character range to whole tokens.

    Use it whenever a selection becomes a span. A token partly inside the range is
    taken whole; whitespace at the edges is dropped; a range over whitespace only (or
    an empty range between tokens) snaps to the nearest token, the following one on a
    tie. An aligned range comes back unchanged; with no tokens, the range does.
    """
    first, last = _snapped_indices(tokens, start, end)
    if first < 0:
        return start, end
    return tokens[first][0], tokens[last][1]


def snap_to_words(text: str, tokens: list[Span], start: int, end: int) -> Span:
    """Like `snap_to_tokens`, then extended over tokens glued into one written word.

    Use it for entity selection: camel-tools splits "إف-35" into إف / - / 35 and
    "S-400" into S / - / 400, but the annotator means the whole name. Tokens joined
    with no whitespace by - or / (between letters or digits), or by . , : ٫ ٬ between
    digits (3.5, ٣٫٥, 10:30), are taken together.
    """
    first, last = _snapped_indices(tokens, start, end)
    if first < 0:
        return start, end
    while first > 0 and _glued(text, tokens, first - 1):
        first -= 1
    while last + 1 < len(tokens) and _glued(text, tokens, last):
        last += 1
    # A joiner never ends a word: "S-" alone would be a half name.
    while first < last and _is_joiner(text, tokens[first]) and not _glued(text, tokens, first):
        first += 1
    while last > first and _is_joiner(text, tokens[last]) and not _glued(text, tokens, last - 1):
        last -= 1
    return tokens[first][0], tokens[last][1]


def _snapped_indices(tokens: list[Span], start: int, end: int) -> tuple[int, int]:
    """Indices of the first and last token of the snapped span; (-1, -1) with no tokens."""
    if not tokens:
        return -1, -1
    first = bisect_right(tokens, start, key=lambda span: span[1])  # first token ending after start
    last = bisect_left(tokens, end, key=lambda span: span[0]) - 1  # last token starting before end
    if first <= last:
        return first, last
    # Nothing overlaps: the range lies in the gap between tokens[last] and tokens[first].
    if last < 0:
        return first, first
    if first >= len(tokens):
        return last, last
    nearest = first if tokens[first][0] - end <= start - tokens[last][1] else last
    return nearest, nearest


def _glued(text: str, tokens: list[Span], index: int) -> bool:
    """Whether tokens[index] and tokens[index + 1] belong to one written word."""
    left, right = tokens[index], tokens[index + 1]
    if left[1] != right[0]:
        return False
    # A joiner token glues to a word on the side it touches; two words never glue
    # directly (camel-tools only splits at punctuation, symbols and emoji).
    if _is_joiner(text, right) and index + 2 < len(tokens):
        return _joins(text, left, right, tokens[index + 2])
    if _is_joiner(text, left) and index > 0:
        return _joins(text, tokens[index - 1], left, right)
    return False


def _is_joiner(text: str, token: Span) -> bool:
    start, end = token
    return end - start == 1 and (text[start] in _WORD_JOINERS or text[start] in _NUMBER_JOINERS)


def _joins(text: str, left: Span, joiner: Span, right: Span) -> bool:
    """Whether `joiner` glues `left` and `right` together with no whitespace around it."""
    if left[1] != joiner[0] or joiner[1] != right[0]:
        return False
    before, mark, after = text[left[1] - 1], text[joiner[0]], text[right[0]]
    if mark in _WORD_JOINERS:
        return before.isalnum() and after.isalnum()
    return before.isdigit() and after.isdigit()

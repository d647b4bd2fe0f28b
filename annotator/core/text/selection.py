"""From a raw selection to a span: snap to words, and take proclitics off the front.

Use `snap_selection` for every selection that becomes an entity or a trigger (DESIGN.md
invariant 6); `default_clitic_cut` for "the entity is تركيا, not لتركيا" when a selection
starts at the beginning of a word. The UI and the CLI share both.
"""

from __future__ import annotations

from annotator.core.model import Span
from annotator.core.text.morphology import proclitic_starts_best
from annotator.core.text.normalize import normalize
from annotator.core.text.tokens import snap_to_words, token_index_at

ARTICLE = "ال"


def clitic_cuts(text: str, tokens: list[Span], offset: int) -> list[int]:
    """Offsets in `text` where a stem may start inside the token at `offset`, shortest prefix first."""
    index = token_index_at(tokens, offset)
    if index is None:
        return []
    start, end = tokens[index]
    return [start + cut for cut in proclitic_starts_best(text[start:end])]


def default_clitic_cut(text: str, tokens: list[Span], start: int) -> int | None:
    """Where an entity should start when a selection starts at a word with proclitics.

    Conjunctions and prepositions come off, the article stays (والقوات → القوات, لتركيا →
    تركيا, بالأسلحة → الأسلحة); where the article is fused (للدفاع = ل + ال) the whole prefix
    comes off. A word whose only prefix is the article (القوات) is left whole: None.
    """
    cuts = [c for c in clitic_cuts(text, tokens, start) if normalize(text[start:c]) != ARTICLE]
    if not cuts:
        return None
    for cut in cuts:
        if normalize(text[cut : cut + 2]) == ARTICLE:
            return cut
    return cuts[-1]


def snap_selection(
    text: str, tokens: list[Span], start: int, end: int, *, split_clitics: bool = True
) -> Span:
    """Snap a selection to whole words, keeping a start the user put after a proclitic.

    A selection that starts inside a word starts at the nearest clitic boundary at or
    before it (selecting from the ت of لتركيا gives تركيا), or else at the word's start.
    With `split_clitics`, a selection that starts at the word's start also drops its
    proclitics by `default_clitic_cut`.
    """
    snapped_start, snapped_end = snap_to_words(text, tokens, start, end)
    if snapped_start < start:
        inside = [c for c in clitic_cuts(text, tokens, snapped_start) if c <= start]
        if inside:
            snapped_start = max(inside)
    elif split_clitics:
        cut = default_clitic_cut(text, tokens, snapped_start)
        if cut is not None and cut < snapped_end:
            snapped_start = cut
    return snapped_start, snapped_end

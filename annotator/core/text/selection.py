"""From a raw selection to a span: snap to words, and take proclitics off the front.

Use `snap_selection` for every selection that becomes an entity or a trigger (DESIGN.md
invariant 6); `default_clitic_cut` for "the entity is تركيا, not لتركيا" when a selection
starts at the beginning of a word. The UI and the CLI share both.
"""

from __future__ import annotations

from collections.abc import Collection

from annotator.core.model import Span
from annotator.core.text.morphology import get_morphology, proclitic_starts_best
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


def _plausible_cuts(text: str, token: Span, cuts: list[int], vocabulary: Collection[str] | None) -> list[int]:
    """The cuts worth applying unasked. camel-tools morphology decides when it is installed;
    the rules over-generate (وزير is not و + زير), so without it a cut needs evidence: an
    article after the prefix (بالأسلحة, للدفاع), or the stem standing alone elsewhere in the
    document (تركيا beside لتركيا)."""
    if get_morphology() is not None:
        return cuts
    start, end = token
    confirmed: set[int] = set()
    for cut in cuts:
        prefix = normalize(text[start:cut])
        stem = normalize(text[cut:end])
        if prefix.endswith((ARTICLE, "لل")):
            confirmed.add(cut)
            # The article confirms the conjunction or preposition before it too (و|القوات).
            confirmed.update(c for c in cuts if c < cut and normalize(text[c:cut]) == ARTICLE)
        elif vocabulary is not None and (stem in vocabulary or ARTICLE + stem in vocabulary):
            confirmed.add(cut)
    return [c for c in cuts if c in confirmed]


def default_clitic_cut(
    text: str, tokens: list[Span], start: int, vocabulary: Collection[str] | None = None
) -> int | None:
    """Where an entity should start when a selection starts at a word with proclitics.

    Conjunctions and prepositions come off, the article stays (والقوات → القوات, لتركيا →
    تركيا, بالأسلحة → الأسلحة); where the article is fused (للدفاع = ل + ال) the whole prefix
    comes off. A word whose only prefix is the article (القوات) is left whole, and so is a
    word whose cut nothing confirms (see `_plausible_cuts`): None. `vocabulary` is the set of
    normalised words of the document (`document_vocabulary`).
    """
    index = token_index_at(tokens, start)
    if index is None:
        return None
    token = tokens[index]
    cuts = [c for c in clitic_cuts(text, tokens, start) if normalize(text[token[0] : c]) != ARTICLE]
    cuts = _plausible_cuts(text, token, cuts, vocabulary)
    if not cuts:
        return None
    for cut in cuts:
        if normalize(text[cut : cut + 2]) == ARTICLE:
            return cut
    return cuts[-1]


def document_vocabulary(text: str, tokens: list[Span]) -> frozenset[str]:
    """The normalised words of a document, the evidence `default_clitic_cut` looks for."""
    return frozenset(normalize(text[a:b]) for a, b in tokens)


def snap_selection(
    text: str,
    tokens: list[Span],
    start: int,
    end: int,
    *,
    split_clitics: bool = True,
    vocabulary: Collection[str] | None = None,
) -> Span:
    """Snap a selection to whole words, keeping a start the user put after a proclitic.

    A selection that starts inside a word starts at the nearest clitic boundary at or
    before it (selecting from the ت of لتركيا gives تركيا), or else at the word's start.
    With `split_clitics`, a selection that starts at the word's start also drops its
    proclitics by `default_clitic_cut` (pass the document's `vocabulary`).
    """
    snapped_start, snapped_end = snap_to_words(text, tokens, start, end)
    if snapped_start < start:
        inside = [c for c in clitic_cuts(text, tokens, snapped_start) if c <= start]
        if inside:
            snapped_start = max(inside)
    elif split_clitics:
        cut = default_clitic_cut(text, tokens, snapped_start, vocabulary)
        if cut is not None and cut < snapped_end:
            snapped_start = cut
    return snapped_start, snapped_end

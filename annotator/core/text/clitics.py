"""Rule-based proclitic boundaries: و ف (conjunctions), ب ل ك (prepositions), ال (article).

Use `proclitic_starts` to offer "take the clitic off the front" for a selected token
when camel-tools' morphology data is not installed (`morphology.proclitic_starts_best`
picks the better source), and `strip_proclitics` to index a word under its stems so
that a search for تركيا finds لتركيا and وتركيا (DESIGN.md invariant 4).

The rules look only at letters, so they over-generate: ليبيا offers a start after its
ل, وزير after its و. That is accepted on purpose: these are candidates the annotator
chooses from, and for search an extra key costs little, while a missed clitic would
hide a match. The one guard is that the remaining stem keeps at least two letters,
so لا is never offered as ل + ا.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from annotator.core.text.normalize import normalize_with_map

__all__ = ["proclitic_starts", "stems", "strip_proclitics"]

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")
_ARTICLES = ("", "ال")
_ARTICLE = "ال"
# ل + ال is written لل: the article's alef drops (للدفاع = ل + الدفاع).
_LI_PLUS_ARTICLE = "ل"
_MIN_STEM_LETTERS = 2


def _prefix_parses() -> list[tuple[str, tuple[int, ...], bool]]:
    """Every proclitic sequence as (written prefix, cut points inside it, alef dropped)."""
    parses = []
    for conjunction, preposition, article in product(_CONJUNCTIONS, _PREPOSITIONS, _ARTICLES):
        alef_dropped = preposition == "ل" and article == _ARTICLE
        written_article = _LI_PLUS_ARTICLE if alef_dropped else article
        pieces = [piece for piece in (conjunction, preposition, written_article) if piece]
        if not pieces:
            continue
        cuts, length = [], 0
        for piece in pieces:
            length += len(piece)
            cuts.append(length)
        parses.append(("".join(pieces), tuple(cuts), alef_dropped))
    return parses


_PARSES = _prefix_parses()
_FIRST_LETTERS = frozenset(prefix[0] for prefix, _, _ in _PARSES)


def _cuts(norm: str) -> list[tuple[int, bool]]:
    """Cut points in a normalised word, shortest prefix first, each with "alef dropped after it"."""
    found: dict[int, bool] = {}
    for prefix, cuts, alef_dropped in _PARSES:
        if not norm.startswith(prefix):
            continue
        if sum(1 for ch in norm[len(prefix) :] if ch.isalpha()) < _MIN_STEM_LETTERS:
            continue
        for cut in cuts:
            # The cut after the ل of لل leaves an article whose alef was dropped.
            dropped_here = alef_dropped and cut == cuts[-1] - len(_LI_PLUS_ARTICLE)
            found[cut] = found.get(cut, False) or dropped_here
    return sorted(found.items())


def proclitic_starts(token: str) -> list[int]:
    """Offsets in `token` where a stem may start after a proclitic prefix, shortest prefix first.

    Use it for the clitic choices of a selected token when morphology is unavailable.
    Offsets are code points in the original token, which may carry harakat: a start
    skips the harakat on the clitic letters (وَلِتركيا → [2, 4]). Examples: لتركيا → [1],
    والقوات → [1, 3], للدفاع → [1, 2] (ل, then ل + ال), القوات → [2], ليبيا → [1]
    (over-generated, see the module docstring), لا → [].
    """
    norm, offsets = normalize_with_map(token)
    starts = []
    for cut, _ in _cuts(norm):
        # A cut inside one character's expansion (a ligature) cannot be a span start.
        if offsets[cut] != offsets[cut - 1]:
            starts.append(offsets[cut])
    return starts


def strip_proclitics(norm_word: str) -> list[str]:
    """The distinct stems of an already normalised word after each candidate prefix.

    Use it to index a word under its stems for search. Stems come in the order of the
    cuts of `proclitic_starts`, so longest stem first: والقوات → ["القوات", "قوات"],
    لتركيا → ["تركيا"]. After the ل of لل the stem is given both as written and with
    its article's alef restored, so that الدفاع finds للدفاع and لبنان finds للبنان:
    للدفاع → ["لدفاع", "الدفاع", "دفاع"]. A word with no candidate prefix gives [].
    """
    return list(stems(norm_word))


@lru_cache(maxsize=1 << 17)
def stems(norm_word: str) -> tuple[str, ...]:
    """`strip_proclitics` as a cached tuple: the hot path of building the search index.

    News vocabulary is Zipfian, so most words of an import were seen before; a word whose
    first letter cannot start a proclitic returns at once.
    """
    if not norm_word or norm_word[0] not in _FIRST_LETTERS:
        return ()
    found: dict[str, None] = {}  # an ordered set
    for cut, alef_dropped in _cuts(norm_word):
        stem = norm_word[cut:]
        found[stem] = None
        if alef_dropped:
            found["ا" + stem] = None
    return tuple(found)

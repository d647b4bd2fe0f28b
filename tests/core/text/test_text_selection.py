"""Selections become spans: snapped to words, with proclitics taken off the front."""

from __future__ import annotations

from annotator.core.text import tokenize
from annotator.core.text.selection import default_clitic_cut, document_vocabulary, snap_selection

TEXT = "قال مسؤول لتركيا إن والقوات القوات للدفاع بالأسلحة إف-35 وزير تركيا"
TOKENS = tokenize(TEXT)
VOCABULARY = document_vocabulary(TEXT, TOKENS)


def snapped(start: int, end: int, **kw: bool) -> str:
    a, b = snap_selection(TEXT, TOKENS, start, end, vocabulary=VOCABULARY, **kw)
    return TEXT[a:b]


def at(word: str) -> int:
    """Offset of `word` as a whole word (not inside a longer one)."""
    return f" {TEXT} ".index(f" {word} ")


def test_a_selection_from_inside_a_word_after_its_clitic_gives_the_stem() -> None:
    assert snapped(at("لتركيا") + 1, at("لتركيا") + 3) == "تركيا"


def test_a_whole_word_selection_drops_the_preposition_by_default() -> None:
    assert snapped(at("لتركيا"), at("لتركيا") + 6) == "تركيا"


def test_the_clitic_split_can_be_turned_off() -> None:
    assert snapped(at("لتركيا"), at("لتركيا") + 6, split_clitics=False) == "لتركيا"


def test_the_article_stays_and_conjunctions_go() -> None:
    cuts = {
        w: default_clitic_cut(TEXT, TOKENS, at(w), VOCABULARY)
        for w in ("والقوات", "القوات", "للدفاع", "بالأسلحة")
    }
    assert {w: TEXT[c : c + len(w)].split()[0] if c else None for w, c in cuts.items()} == {
        "والقوات": "القوات",
        "القوات": None,
        "للدفاع": "دفاع",
        "بالأسلحة": "الأسلحة",
    }


def test_a_partial_drag_over_a_mixed_direction_name_gives_the_whole_name() -> None:
    assert snapped(at("إف-35") + 3, at("إف-35") + 4) == "إف-35"


def test_a_word_whose_first_letter_only_looks_like_a_clitic_stays_whole() -> None:
    assert snapped(at("وزير"), at("وزير") + 4) == "وزير"


def test_without_the_stem_elsewhere_in_the_document_the_preposition_stays() -> None:
    text = "قال مسؤول لتركيا إن"
    tokens = tokenize(text)
    start = text.index("لتركيا")
    assert default_clitic_cut(text, tokens, start, document_vocabulary(text, tokens)) is None

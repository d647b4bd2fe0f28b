"""Snapping selections to tokens, and to written words that camel-tools splits."""

from __future__ import annotations

from annotator.core.text import snap_to_tokens, snap_to_words, tokenize

TEXT = "وصلت مقاتلات إف-35 ومنظومة S-400 عام 2020/2021 بنسبة 3.5 أمس"


def word(text: str, start: int, end: int) -> str:
    a, b = snap_to_words(text, tokenize(text), start, end)
    return text[a:b]


def test_partial_token_selection_takes_the_whole_token() -> None:
    tokens = tokenize(TEXT)
    start = TEXT.index("مقاتلات")
    assert snap_to_tokens(tokens, start + 2, start + 4) == (start, start + len("مقاتلات"))


def test_aligned_selection_is_unchanged() -> None:
    tokens = tokenize(TEXT)
    for start, end in tokens:
        assert snap_to_tokens(tokens, start, end) == (start, end)


def test_selection_across_tokens_drops_the_edge_whitespace() -> None:
    tokens = tokenize(TEXT)
    assert snap_to_tokens(tokens, 3, 7) == (0, 12)  # from inside وصلت to inside مقاتلات
    assert snap_to_tokens(tokens, 4, 6) == (5, 12)  # the space, then part of مقاتلات


def test_whitespace_only_selection_snaps_to_the_nearest_token() -> None:
    text = "مع    أنقرة"
    tokens = tokenize(text)
    assert snap_to_tokens(tokens, 2, 3) == (0, 2)
    assert snap_to_tokens(tokens, 5, 6) == (6, 11)
    assert snap_to_tokens(tokens, 4, 4) == (6, 11)  # a tie goes to the following token


def test_snapping_without_tokens_keeps_the_range() -> None:
    assert snap_to_tokens([], 3, 5) == (3, 5)


def test_any_part_of_f35_selects_the_whole_name() -> None:
    start = TEXT.index("إف-35")
    for a, b in [(start, start + 1), (start + 2, start + 3), (start + 4, start + 5), (start, start + 5)]:
        assert word(TEXT, a, b) == "إف-35"


def test_any_part_of_s400_selects_the_whole_name() -> None:
    start = TEXT.index("S-400")
    for a, b in [(start, start + 1), (start + 1, start + 2), (start + 3, start + 4)]:
        assert word(TEXT, a, b) == "S-400"


def test_numbers_split_by_camel_tools_are_selected_whole() -> None:
    assert word(TEXT, TEXT.index("2021"), TEXT.index("2021") + 1) == "2020/2021"
    assert word(TEXT, TEXT.index("3.5"), TEXT.index("3.5") + 1) == "3.5"


def test_spaced_dash_and_sentence_period_do_not_join_words() -> None:
    text = "الروسية – التركية عام 2020. وقال"
    assert word(text, 0, 3) == "الروسية"
    assert word(text, text.index("2020"), text.index("2020") + 1) == "2020"


def test_words_without_joiners_snap_like_tokens() -> None:
    start = TEXT.index("ومنظومة")
    assert word(TEXT, start + 1, start + 2) == "ومنظومة"

"""Rule-based proclitic boundaries (و ف ب ل ك ال) and stems for the search index."""

from __future__ import annotations

import pytest

from annotator.core.text import normalize, proclitic_starts, strip_proclitics


@pytest.mark.parametrize(
    ("token", "starts"),
    [
        ("لتركيا", [1]),
        ("وتركيا", [1]),
        ("والقوات", [1, 3]),
        ("للدفاع", [1, 2]),
        ("بالأسلحة", [1, 3]),
        ("القوات", [2]),
        ("وبالقوات", [1, 2, 4]),
        ("فللدفاع", [1, 2, 3]),
        ("كالعادة", [1, 3]),
    ],
)
def test_proclitic_starts_follow_each_possible_prefix(token: str, starts: list[int]) -> None:
    assert proclitic_starts(token) == starts


def test_harakat_on_the_clitics_are_skipped() -> None:
    assert proclitic_starts("وَلِتُرْكِيا") == [2, 4]
    assert proclitic_starts("بِالْأَسْلِحَة") == [2, 5]


def test_a_stem_shorter_than_two_letters_is_never_offered() -> None:
    assert proclitic_starts("لا") == []
    assert proclitic_starts("وال") == [1]
    assert proclitic_starts("ال") == []


def test_words_without_a_prefix_have_no_starts() -> None:
    assert proclitic_starts("تركيا") == []
    assert proclitic_starts("") == []


def test_rules_over_generate_on_words_that_start_like_a_clitic() -> None:
    assert proclitic_starts("ليبيا") == [1]  # accepted: a candidate, not a decision


def test_strip_proclitics_gives_stems_longest_first() -> None:
    assert strip_proclitics("لتركيا") == ["تركيا"]
    assert strip_proclitics("والقوات") == ["القوات", "قوات"]
    assert strip_proclitics(normalize("بالأسلحة")) == ["الاسلحه", "اسلحه"]


def test_strip_proclitics_restores_the_article_alef_after_li() -> None:
    assert strip_proclitics("للدفاع") == ["لدفاع", "الدفاع", "دفاع"]
    assert "لبنان" in strip_proclitics("للبنان")


def test_strip_proclitics_of_a_bare_word_is_empty() -> None:
    assert strip_proclitics("تركيا") == []

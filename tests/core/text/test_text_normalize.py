"""The search form of Arabic text and the map from matches back to original offsets."""

from __future__ import annotations

import pytest

from annotator.core.text import map_span, normalize, normalize_with_map, tokenize


def find_in_original(text: str, query: str) -> str:
    """The original substring that a search for `query` returns."""
    norm, offsets = normalize_with_map(text)
    found = norm.find(normalize(query))
    assert found >= 0
    start, end = map_span(offsets, found, found + len(normalize(query)))
    return text[start:end]


def test_searching_muhammad_returns_the_word_with_its_harakat() -> None:
    assert find_in_original("قال مُحَمَّدٌ أمس", "محمد") == "مُحَمَّدٌ"


def test_alef_forms_fold_to_bare_alef() -> None:
    assert normalize("أإآٱا") == "ااااا"


def test_alef_maksura_and_teh_marbuta_fold() -> None:
    assert normalize("مستشفى أنقرة") == "مستشفي انقره"


def test_harakat_superscript_alef_and_tatweel_are_removed() -> None:
    assert normalize("هٰذَا تـــركـيا إِنْ") == "هذا تركيا ان"


def test_lam_alef_ligature_becomes_two_letters_mapped_to_one_character() -> None:
    norm, offsets = normalize_with_map("ﻻ بد")
    assert norm == "لا بد"
    assert offsets == [0, 0, 1, 2, 3, 4]
    assert map_span(offsets, 0, 1) == (0, 1)


def test_presentation_forms_fold_to_base_letters() -> None:
    assert normalize("ﺗﺮﻛﻴﺎ") == "تركيا"
    assert normalize("ﷺ") == "صلي الله عليه وسلم"


def test_isolated_harakat_forms_vanish_without_leaving_a_space() -> None:
    assert normalize("ﺑﹰ") == "ب"


def test_arabic_indic_digits_and_ascii_case_fold() -> None:
    assert normalize("٣٣ و۱۲ S-400 NATO") == "33 و12 s-400 nato"


def test_offsets_end_with_the_text_length() -> None:
    norm, offsets = normalize_with_map("مُحَمَّدٌ")
    assert norm == "محمد"
    assert offsets == [0, 2, 4, 7, 9]


def test_empty_text_maps_to_a_single_offset() -> None:
    assert normalize_with_map("") == ("", [0])
    assert map_span([0], 0, 0) == (0, 0)


def test_map_span_refuses_a_span_outside_the_text() -> None:
    with pytest.raises(ValueError, match="outside"):
        map_span([0, 1], 0, 2)


def test_mapped_form_equals_normalize_on_every_seed(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        norm, offsets = normalize_with_map(text)
        assert norm == normalize(text)
        assert len(offsets) == len(norm) + 1 and offsets[-1] == len(text)


def test_every_seed_match_maps_to_a_substring_with_the_query_form(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        norm, offsets = normalize_with_map(text)
        for query in {normalize(text[a:b]) for a, b in tokenize(text)} - {""}:
            found = norm.find(query)
            while found >= 0:
                start, end = map_span(offsets, found, found + len(query))
                assert normalize(text[start:end]) == query
                found = norm.find(query, found + 1)


def test_matches_map_back_through_ligatures_and_harakat() -> None:
    text = "ﻻ تَـرْكِيَا ﻻ مُحَمَّدٌ"
    norm, offsets = normalize_with_map(text)
    for query in ["لا", "تركيا", "محمد", "لا تركيا", "تركيا لا"]:
        start, end = map_span(offsets, norm.find(query), norm.find(query) + len(query))
        assert normalize(text[start:end]) == query

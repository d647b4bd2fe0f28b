"""Tokens as code-point offsets, and finding the token under an offset."""

from __future__ import annotations

from camel_tools.tokenizers.word import simple_word_tokenize

from annotator.core.text import token_index_at, tokenize


def words(text: str) -> list[str]:
    return [text[start:end] for start, end in tokenize(text)]


def test_every_token_round_trips_to_the_camel_tools_token() -> None:
    text = "أعرب حلف شمال الأطلسي عن تضامنه مع أنقرة، بعد مقتل 33 جنديا تركيا.وقال"
    assert words(text) == simple_word_tokenize(text)


def test_seed_articles_round_trip_token_by_token(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        assert words(text) == simple_word_tokenize(text)


def test_emoji_before_arabic_keeps_code_point_offsets() -> None:
    text = "😀👍🏽تركيا 🇸🇦"
    assert tokenize(text) == [(0, 1), (1, 3), (3, 8), (9, 11)]


def test_zwnj_stays_inside_its_token_and_nbsp_separates() -> None:
    text = "مي\u200cخواهم\u00a0تركيا"
    assert words(text) == ["مي\u200cخواهم", "تركيا"]


def test_f35_and_s400_are_split_into_three_tokens() -> None:
    assert words("إف-35 و S-400") == ["إف", "-", "35", "و", "S", "-", "400"]


def test_empty_and_blank_text_have_no_tokens() -> None:
    assert tokenize("") == []
    assert tokenize(" \n\u00a0") == []


def test_token_index_at_finds_the_token_containing_an_offset() -> None:
    tokens = tokenize("مع أنقرة")
    assert token_index_at(tokens, 0) == 0
    assert token_index_at(tokens, 4) == 1
    assert token_index_at(tokens, 7) == 1


def test_token_index_at_is_none_between_and_after_tokens() -> None:
    tokens = tokenize("مع أنقرة")
    assert token_index_at(tokens, 2) is None
    assert token_index_at(tokens, 8) is None
    assert token_index_at([], 0) is None

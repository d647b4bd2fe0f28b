"""Sentence spans: terminators, line breaks, and the periods that do not end a sentence."""

from __future__ import annotations

from itertools import pairwise

from annotator.core.text import sentences


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def test_period_glued_to_the_next_word_ends_a_sentence() -> None:
    assert split("برفع منسوب التوتر.وقال الأمين العام") == ["برفع منسوب التوتر.", "وقال الأمين العام"]


def test_arabic_question_mark_and_semicolon_end_sentences() -> None:
    assert split("هل قال ذلك؟ نعم؛ ثم غادر") == ["هل قال ذلك؟", "نعم؛", "ثم غادر"]


def test_runs_of_terminators_stay_with_their_sentence() -> None:
    assert split("صعب.. والأمم المتحدة تدعو!? لا… نعم") == ["صعب..", "والأمم المتحدة تدعو!?", "لا…", "نعم"]


def test_closing_quotes_and_brackets_follow_the_terminator() -> None:
    text = 'قال: «انتهى الأمر.» وأضاف (بحذر.) ثم "صمت." وغادر'
    assert split(text) == ["قال: «انتهى الأمر.»", "وأضاف (بحذر.)", 'ثم "صمت."', "وغادر"]


def test_decimal_numbers_are_not_split() -> None:
    assert split("ارتفع 3.5 بالمئة و٣.٥ و٣٫٥ أيضا.") == ["ارتفع 3.5 بالمئة و٣.٥ و٣٫٥ أيضا."]


def test_latin_abbreviations_and_domains_are_not_split() -> None:
    text = "قالت U.S. Army على موقع aljazeera.net اليوم."
    assert split(text) == [text]


def test_each_line_is_its_own_sentence_and_blank_lines_separate() -> None:
    assert split("عنوان بلا نقطة\n\n  فقرة أولى. فقرة ثانية\nسطر") == [
        "عنوان بلا نقطة",
        "فقرة أولى.",
        "فقرة ثانية",
        "سطر",
    ]


def test_spans_exclude_whitespace_and_blank_text_has_none() -> None:
    assert sentences("  جملة.\u00a0 ") == [(2, 7)]
    assert sentences(" \n\n ") == []
    assert sentences("") == []


def test_seed_sentences_cover_all_text_in_order_without_overlap(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        spans = sentences(text)
        assert all(a < b <= c < d for (a, b), (c, d) in pairwise(spans))
        covered = "".join(text[a:b] for a, b in spans)
        assert "".join(covered.split()) == "".join(text.split())

"""number_in: the counts outlets report, in digits or in words, read as the same number."""

from __future__ import annotations

import pytest

from annotator.core.text.numbers import number_in


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("33 جنديا", 33),
        ("٣٣ جندياً", 33),
        ("۳۳ جنديا", 33),
        ("مقتل 53 شخصا", 53),
        ("1,500 جندي", 1500),
        ("١٬٥٠٠ جندي", 1500),
        ("2.5 مليون نازح", 2_500_000),
        ("٢٫٥ مليون نازح", 2_500_000),
        ("5 آلاف مقاتل", 5000),
        ("نسبة 2.5 بالمئة", 2.5),
    ],
)
def test_digits_in_either_script_are_read(text: str, number: float) -> None:
    assert number_in(text) == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ثلاثة وثلاثين جنديا", 33),
        ("ثلاثةٌ وثلاثون جندياً", 33),
        ("مئة وخمسة وعشرون", 125),
        ("مائة وخمسة وعشرين قتيلا", 125),
        ("خمسة آلاف", 5000),
        ("مليون شخص", 1_000_000),
        ("ثلاثمائة", 300),
        ("ألف وخمسمئة", 1500),
        ("ثلاثة ملايين وخمسمئة ألف", 3_500_000),
        ("خمسة عشر ألفا", 15_000),
        ("اثنا عشر جنديا", 12),
        ("اثني عشر جنديا", 12),
        ("إحدى عشرة سيارة", 11),
        ("خمسة و عشرون", 25),
        ("مليونين", 2_000_000),
    ],
)
def test_number_words_are_read(text: str, number: int) -> None:
    assert number_in(text) == number


@pytest.mark.parametrize("text", ["", "الجيش السوري", "لا أرقام هنا", "عشرات القتلى", "إدلب"])
def test_text_without_a_number_gives_none(text: str) -> None:
    assert number_in(text) is None


def test_only_the_first_number_is_read_whether_words_or_digits_come_first() -> None:
    assert number_in("ثلاثة جنود و5 مدنيين") == 3
    assert number_in("5 جنود وثلاثة مدنيين") == 5
    assert number_in("قتل 33 جنديا في 2020") == 33


def test_a_count_in_digits_equals_the_same_count_in_words() -> None:
    assert number_in("33 جنديا") == number_in("ثلاثة وثلاثين جنديا") == number_in("٣٣ جندياً")
    assert number_in("34 جندياً") != number_in("ثلاثة وثلاثين جنديا")

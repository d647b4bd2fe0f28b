"""Numbers written in Arabic news, in digits or in words, as integers.

Use `number_in` to compare counts that outlets report differently: "33 جنديا", "٣٣ جندياً" and
"ثلاثة وثلاثين جنديا" are all 33. Words cover what news writes for counts: units, teens, tens,
hundreds, thousands, millions and billions joined by و ("مئة وخمسة وعشرون"), with the common
spellings of each (ثلاثة / ثلاث / ثلاثون / ثلاثين). Digits may carry thousands separators (1,500)
or a decimal part (2.5, ٢٫٥) and a scale word ("5 آلاف"). Only the first number in the text is read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from annotator.core.text.normalize import normalize

_UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10,
}  # fmt: skip
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
_HUNDREDS = {
    "مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "مئتا": 200, "مائتا": 200,
}  # fmt: skip
_SCALES = {
    "الف": 1000, "الاف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الفي": 2000,
    "مليون": 1_000_000, "ملايين": 1_000_000, "مليونا": 1_000_000, "مليونان": 2_000_000,
    "مليونين": 2_000_000, "مليار": 1_000_000_000, "مليارات": 1_000_000_000, "مليارا": 1_000_000_000,
}  # fmt: skip
# A number in digits: with thousands separators (1,500 / ١٬٥٠٠), or with a decimal part
# (2.5 / ٢٫٥ / 2,5); then a run of letters. Text is normalised first, so digits are Latin.
_TOKEN = re.compile(r"(?P<digits>\d{1,3}(?:[,٬]\d{3})+(?!\d)|\d+(?:[.,٫]\d+)?)|(?P<word>[^\W\d_]+)")


def _word_value(word: str) -> tuple[str, int] | None:
    if word in _UNITS:
        return "unit", _UNITS[word]
    if word in _TENS:
        return "unit", _TENS[word]
    if word in _HUNDREDS:
        return "unit", _HUNDREDS[word]
    for hundred in ("مئه", "مائه"):  # ثلاثمئة, خمسمائة
        if word.endswith(hundred) and word[: -len(hundred)] in _UNITS:
            return "unit", _UNITS[word[: -len(hundred)]] * 100
    if word in _SCALES:
        return "scale", _SCALES[word]
    return None


def _digits_value(raw: str) -> Decimal:
    if re.fullmatch(r"\d{1,3}(?:[,٬]\d{3})+", raw):
        return Decimal(re.sub(r"[,٬]", "", raw))
    return Decimal(raw.replace(",", ".").replace("٫", "."))


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def number_in(text: str) -> int | float | None:
    """The first number in `text`, from digits (any script) or Arabic number words; None if none.

    Digits followed by a scale word count it too: "5 آلاف" is 5000, "2.5 مليون" 2500000.
    """
    tokens = [(m.group("digits"), m.group("word")) for m in _TOKEN.finditer(normalize(text))]
    total = current = 0
    seen = False
    for index, (digits, raw_word) in enumerate(tokens):
        if digits is not None:
            if seen:  # words came first: they are the first number
                break
            value = _digits_value(digits)
            following = tokens[index + 1][1] if index + 1 < len(tokens) else None
            scale = _word_value(following) if following else None
            if scale is not None and scale[0] == "scale":
                value *= scale[1]
            return _plain(value)
        if raw_word == "و":  # "خمسة و عشرون": a detached و
            continue
        word = raw_word[1:] if raw_word.startswith("و") and _word_value(raw_word[1:]) else raw_word
        parsed = _word_value(word)
        if parsed is None:
            if seen:
                break
            continue
        seen = True
        kind, amount = parsed
        if kind == "unit":
            current += amount
        else:
            total += (current or 1) * amount
            current = 0
    return total + current if seen else None

"""Numbers written in Arabic news, in digits or in words, as integers.

Use `number_in` to compare counts that outlets report differently: "33 جنديا", "٣٣ جندياً" and
"ثلاثة وثلاثين جنديا" are all 33. Words cover what news writes for counts: units, teens, tens,
hundreds, thousands and millions joined by و ("مئة وخمسة وعشرون"), with the common spellings of
each (ثلاثة / ثلاث / ثلاثون / ثلاثين). Only the first number in the text is read.
"""

from __future__ import annotations

import re

from annotator.core.text.normalize import normalize

_UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10,
}  # fmt: skip
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200}
_SCALES = {
    "الف": 1000, "الاف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الفي": 2000,
    "مليون": 1_000_000, "ملايين": 1_000_000, "مليونا": 1_000_000,
}  # fmt: skip
_DIGITS = re.compile(r"\d+(?:[.,٫]\d+)?")


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


def number_in(text: str) -> int | float | None:
    """The first number in `text`, from digits (any script) or Arabic number words; None if none."""
    norm = normalize(text)
    found = _DIGITS.search(norm)
    if found:
        raw = found.group().replace(",", ".").replace("٫", ".")
        value = float(raw)
        return int(value) if value.is_integer() else value
    total = current = 0
    seen = False
    for raw_word in norm.split():
        word = raw_word[1:] if raw_word.startswith("و") and _word_value(raw_word[1:]) else raw_word
        parsed = _word_value(word)
        if parsed is None:
            if seen:
                break
            continue
        seen = True
        kind, value = parsed
        if kind == "unit":
            current += value
        else:
            total += (current or 1) * value
            current = 0
    return total + current if seen else None

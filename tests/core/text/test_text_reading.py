"""Decoding imported files: encodings, line endings, and refusals that name the file and offset."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from annotator.core.text import TextDecodeError, decode_bytes, read_text_file, repair_line_endings

ARABIC = "قالَ الأمين العام: «نعم»، وأضاف أن 33 جنديا قتلوا؟"


def test_utf8_without_bom_is_decoded() -> None:
    assert decode_bytes(ARABIC.encode("utf-8"), source="a.txt") == ARABIC


def test_utf8_bom_is_dropped() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + ARABIC.encode("utf-8"), source="a.txt") == ARABIC


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom_are_decoded(bom: bytes, codec: str) -> None:
    assert decode_bytes(bom + ARABIC.encode(codec), source="a.txt") == ARABIC


def test_windows_1256_file_is_detected_and_decoded() -> None:
    assert decode_bytes(ARABIC.encode("cp1256"), source="a.txt") == ARABIC


def test_every_seed_article_survives_windows_1256(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        assert decode_bytes(text.encode("cp1256"), source=name) == text


def test_explicit_encoding_is_used_strictly() -> None:
    assert decode_bytes(ARABIC.encode("cp1256"), source="a.txt", encoding="cp1256") == ARABIC
    with pytest.raises(TextDecodeError, match=r"a\.txt: not valid utf-8 at byte offset 0"):
        decode_bytes(ARABIC.encode("cp1256"), source="a.txt", encoding="utf-8")


def test_unknown_encoding_name_is_reported_with_the_file() -> None:
    with pytest.raises(TextDecodeError, match=r"a\.txt: unknown text encoding 'klingon'"):
        decode_bytes(b"abc", source="a.txt", encoding="klingon")


def test_crlf_and_lone_cr_become_newlines() -> None:
    data = "سطر\r\nسطر\rسطر\n\r\n".encode()
    assert decode_bytes(data, source="a.txt") == "سطر\nسطر\nسطر\n\n"
    assert repair_line_endings("a\r\r\nb") == "a\n\nb"


def test_nul_byte_reports_a_binary_file_with_its_offset() -> None:
    with pytest.raises(
        TextDecodeError, match=r"a\.bin: looks like a binary file \(NUL byte at byte offset 5\)"
    ):
        decode_bytes(b"hello\x00world", source="a.bin")


def test_random_binary_bytes_are_rejected() -> None:
    data = random.Random(1256).randbytes(4096)
    with pytest.raises(TextDecodeError, match=r"a\.bin: looks like a binary file"):
        decode_bytes(data, source="a.bin")


def test_control_characters_are_rejected_with_their_byte_offset() -> None:
    data = "تركيا\x01".encode()
    with pytest.raises(TextDecodeError, match=r"control character U\+0001 at byte offset 10") as caught:
        decode_bytes(data, source="a.txt")
    assert caught.value.offset == 10


def test_tab_and_form_feed_are_text_not_binary() -> None:
    assert decode_bytes(b"a\tb\fc", source="a.txt") == "a\tb\fc"


def test_invalid_utf8_names_the_file_and_byte_offset() -> None:
    with pytest.raises(TextDecodeError, match=r"^a\.txt: not valid UTF-8 at byte offset 6 \(pass --encoding"):
        decode_bytes(b"hello \xff world", source="a.txt")


def test_damaged_utf8_arabic_is_not_mistaken_for_windows_1256() -> None:
    data = ARABIC.encode("utf-8") + b"\xd8"  # a truncated two-byte character
    with pytest.raises(TextDecodeError, match=f"not valid UTF-8 at byte offset {len(ARABIC.encode())}"):
        decode_bytes(data, source="a.txt")


def test_latin1_text_is_not_taken_for_windows_1256() -> None:
    with pytest.raises(TextDecodeError, match="not valid UTF-8 at byte offset 3"):
        decode_bytes("Café crème".encode("latin-1"), source="a.txt")


def test_empty_data_gives_empty_text() -> None:
    assert decode_bytes(b"", source="a.txt") == ""


def test_text_is_never_unicode_normalised() -> None:
    text = "ﻻ مُحَمَّد e\u0301"  # a ligature, harakat and a combining accent keep their code points
    assert decode_bytes(text.encode(), source="a.txt") == text


def test_read_text_file_decodes_a_file_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    assert read_text_file(path) == ARABIC


def test_missing_file_raises_text_decode_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(TextDecodeError, match=r"nope\.txt: cannot read the file"):
        read_text_file(missing)


def test_directory_raises_text_decode_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(TextDecodeError, match=f"{tmp_path.name}: cannot read the file"):
        read_text_file(tmp_path)

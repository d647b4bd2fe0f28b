"""The stance table writer: one row per stance in CSV (BOM, guarded cells) and JSON Lines."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from annotator.core.formats import get_format
from annotator.core.formats.base import AnnotatedDocument, DocEntity, DocStance, WriteContext
from annotator.core.formats.stances import COLUMNS, MISSING_MENTION, guard_cell, write
from annotator.core.schema import Schema

TEXT = "قال الوزير إن أنقرة ماضية في عمليتها. وأضاف: نرفض تدخل موسكو في الشمال."


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def document() -> AnnotatedDocument:
    minister, moscow = at("الوزير"), at("موسكو")
    return AnnotatedDocument(
        id="doc1",
        text=TEXT,
        title="أنقرة ترد",
        source="صحيفة الغد",
        date="2020-02-29",
        entities=[
            DocEntity("T1", *minister, "PER", kb_id="PER:الوزير"),
            DocEntity("T2", *moscow, "GPE"),
        ],
        stances=[
            DocStance(
                "S1",
                "favor",
                target="turkish_operation_idlib",
                evidence=[at("ماضية في عمليتها"), at("نرفض تدخل")],
                note="-5",
            ),
            DocStance(
                "S2",
                "against",
                holder="T1",
                target_entity="T2",
                scope=at("نرفض تدخل موسكو في الشمال"),
                evidence=[at("نرفض تدخل موسكو")],
                intensity=2,
                confidence=0.75,
                note="=HYPERLINK(1)",
            ),
        ],
    )


def context() -> WriteContext:
    return WriteContext(schema=Schema.default())


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_a_bom_crlf_rows_and_one_row_per_stance(tmp_path: Path) -> None:
    csv_path, jsonl_path = write([document()], tmp_path, "", context())
    assert (csv_path.name, jsonl_path.name) == ("documents.stances.csv", "documents.stances.jsonl")
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdocument,title,outlet,")
    assert data.count(b"\r\n") == 3 and b"\n" not in data.replace(b"\r\n", b"")
    outlet, quoted = read_csv(csv_path)
    assert list(outlet) == list(COLUMNS)
    assert (outlet["holder"], outlet["holder_entity"], outlet["target"], outlet["scope"]) == (
        "",
        "",
        "turkish_operation_idlib",
        "document",
    )
    assert outlet["evidence_text"] == "ماضية في عمليتها … نرفض تدخل"
    spans = [tuple(int(n) for n in pair.split("-")) for pair in outlet["evidence"].split(";")]
    assert [TEXT[s:e] for s, e in spans] == ["ماضية في عمليتها", "نرفض تدخل"]
    assert (quoted["holder"], quoted["holder_entity"], quoted["holder_label"]) == (
        "الوزير",
        "PER:الوزير",
        "PER",
    )
    assert (quoted["target"], quoted["target_entity"], quoted["target_label"]) == ("موسكو", "", "GPE")
    start, end = (int(n) for n in quoted["scope"].split("-"))
    assert TEXT[start:end] == quoted["scope_text"] == "نرفض تدخل موسكو في الشمال"
    assert (quoted["intensity"], quoted["confidence"], quoted["polarity"]) == ("2", "0.75", "against")
    assert (outlet["outlet"], outlet["title"], outlet["date"]) == ("صحيفة الغد", "أنقرة ترد", "2020-02-29")


def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe_numbers_too(tmp_path: Path) -> None:
    csv_path, jsonl_path = write([document()], tmp_path, "train", context())
    assert csv_path.name == "train.stances.csv"
    outlet, quoted = read_csv(csv_path)
    assert outlet["note"] == "'-5" and quoted["note"] == "'=HYPERLINK(1)"
    notes = [json.loads(line)["note"] for line in jsonl_path.read_text(encoding="utf-8").splitlines()]
    assert notes == ["-5", "=HYPERLINK(1)"]  # JSON Lines are not for spreadsheets: not guarded
    assert [guard_cell(v) for v in ("+1", "@x", "\tx", "\rx", "1-2", None, 3)] == [
        "'+1",
        "'@x",
        "'\tx",
        "'\rx",
        "1-2",
        "",
        "3",
    ]


def test_jsonl_carries_evidence_as_spans_with_their_text_and_numbers_as_numbers(tmp_path: Path) -> None:
    _, jsonl_path = write([document()], tmp_path, "", context())
    raw = jsonl_path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw and "الوزير".encode() in raw
    outlet, quoted = (json.loads(line) for line in raw.decode().splitlines())
    assert list(quoted) == list(COLUMNS)
    assert [(e["start"], e["end"]) for e in outlet["evidence"]] == [at("ماضية في عمليتها"), at("نرفض تدخل")]
    assert all(TEXT[e["start"] : e["end"]] == e["text"] for e in outlet["evidence"] + quoted["evidence"])
    assert (outlet["intensity"], outlet["confidence"]) == (None, None)
    assert (quoted["intensity"], quoted["confidence"]) == (2, 0.75)


def test_the_same_documents_give_the_same_bytes_and_a_generator_is_enough(tmp_path: Path) -> None:
    def docs() -> Iterator[AnnotatedDocument]:
        yield document()
        yield AnnotatedDocument(id="doc2", text="نص بلا مواقف.")

    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    a = write(docs(), first, "", context())
    b = write(docs(), second, "", context())
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert len(read_csv(a[0])) == 2  # the document without stances adds no row


def test_a_holder_naming_no_mention_is_written_as_a_question_mark_and_counted(tmp_path: Path) -> None:
    doc = AnnotatedDocument(id="d", text=TEXT, stances=[DocStance("S1", "favor", holder="T9", target="x")])
    ctx = context()
    csv_path, _ = write([doc], tmp_path, "", ctx)
    [row] = read_csv(csv_path)
    assert row["holder"] == "?"  # not "", which would mean the outlet holds it
    assert ctx.notes == {MISSING_MENTION: 1}


def test_no_documents_still_give_a_header_and_an_empty_jsonl(tmp_path: Path) -> None:
    csv_path, jsonl_path = write([], tmp_path, "", context())
    assert read_csv(csv_path) == [] and csv_path.read_bytes().count(b"\r\n") == 1
    assert jsonl_path.read_bytes() == b""


def test_the_registry_lists_stances_as_write_only() -> None:
    info = get_format("stances")
    assert info.read is None and info.write is write and info.carries == frozenset({"stances"})

"""Our JSONL: lossless round trips of entities, events, stances and links, the exact line layout,
and a reader that reports bad items by document and item while keeping the rest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.formats import get_format
from annotator.core.formats.base import (
    AnnotatedDocument,
    DocArgument,
    DocEntity,
    DocEvent,
    DocStance,
    FormatError,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
)
from annotator.core.formats.jsonl import read, write
from annotator.core.schema import Schema

TEXT = "هدّد الوزير 😊 بقصف مدينة حلب. وقال إن الجيش قتل ثلاثة جنود أمس."
TARGET = "turkish_operation_idlib"


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def rich_document() -> AnnotatedDocument:
    """Nested entities, an event filling a role of another, two stances, a kb_id and a cluster."""
    return AnnotatedDocument(
        id="doc-1",
        text=TEXT,
        title="تهديد",
        source="وكالة محلية",
        date="2024-03-01",
        url="https://example.org/1",
        meta={"zeta": 1, "alpha": {"b": 2, "a": 1}},
        layer="gold",
        entities=[
            DocEntity("T1", *at("الوزير"), "PER"),
            DocEntity("T2", *at("مدينة حلب"), "GPE", kb_id="Q41183"),
            DocEntity("T3", *at("حلب"), "GPE"),
            DocEntity("T4", *at("الجيش"), "ORG", attributes={"specificity": "specific"}),
            DocEntity("T5", *at("ثلاثة جنود"), "PER"),
        ],
        events=[
            DocEvent("E1", "Conflict.Attack", *at("بقصف"), [DocArgument("Target", entity="T2")]),
            DocEvent(
                "E2",
                "Conflict.Threaten",
                *at("هدّد"),
                [DocArgument("Agent", entity="T1"), DocArgument("Threat", event="E1")],
                attributes={"modality": "asserted"},
            ),
            DocEvent(
                "E3",
                "Life.Die",
                *at("قتل"),
                [DocArgument("Agent", entity="T4"), DocArgument("Victim", entity="T5")],
                cluster="story-7",
            ),
        ],
        stances=[
            DocStance(
                "S1",
                "against",
                target=TARGET,
                evidence=[at("هدّد الوزير"), at("قتل ثلاثة جنود")],
                intensity=2,
                confidence=0.75,
                note="تقدير أولي",
            ),
            DocStance("S2", "favor", holder="T1", target_entity="T4", scope=at("وقال إن الجيش قتل")),
        ],
    )


def context() -> WriteContext:
    return WriteContext(schema=Schema.default())


def read_all(path: Path, **options: object) -> tuple[list[AnnotatedDocument], list[Problem], ReadResult]:
    result = ReadResult()
    items = list(read(path, ReadOptions(**options), result))  # type: ignore[arg-type]
    docs = [i for i in items if isinstance(i, AnnotatedDocument)]
    return docs, [i for i in items if isinstance(i, Problem)], result


def lines_file(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "in.jsonl"
    body = "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
    path.write_text(body + "\n", encoding="utf-8")
    return path


def stream(*docs: AnnotatedDocument) -> Iterator[AnnotatedDocument]:
    yield from docs


def test_registry_lists_jsonl_as_lossless_read_and_write() -> None:
    info = get_format("jsonl")
    assert info.read is read and info.write is write
    assert info.carries == {"entities", "nested", "events", "stances", "links", "attributes"}


def test_round_trip_keeps_every_annotation(tmp_path: Path) -> None:
    original = rich_document()
    [path] = write(stream(original), tmp_path, "", context())
    assert path == tmp_path / "documents.jsonl"
    [doc], problems, _ = read_all(path)
    assert problems == []
    doc.path, doc.line = "", None
    assert doc == original
    for entity in doc.entities:
        assert doc.text[entity.start : entity.end] in TEXT
    assert doc.text[doc.entities[2].start : doc.entities[2].end] == "حلب"


def test_line_layout_key_order_utf8_and_optional_keys(tmp_path: Path) -> None:
    [path] = write(stream(rich_document(), rich_document()), tmp_path, "train", context())
    assert path.name == "train.jsonl"
    data = path.read_bytes()
    assert data.count(b"\n") == 2 and data.endswith(b"\n") and b"\r" not in data
    line = data.decode("utf-8").split("\n")[0]
    assert "الوزير" in line and "😊" in line and "\\u" not in line
    record = json.loads(line)
    assert list(record) == [
        "id",
        "text",
        "title",
        "source",
        "date",
        "url",
        "meta",
        "layer",
        "entities",
        "events",
        "stances",
    ]
    assert list(record["meta"]) == ["alpha", "zeta"] and list(record["meta"]["alpha"]) == ["a", "b"]
    entities = {e["id"]: e for e in record["entities"]}
    assert list(entities["T2"]) == ["id", "start", "end", "label", "text", "attributes", "kb_id"]
    assert "kb_id" not in entities["T1"] and entities["T3"]["text"] == "حلب"
    events = {e["id"]: e for e in record["events"]}
    assert events["E3"]["cluster"] == "story-7" and "cluster" not in events["E1"]
    assert events["E2"]["arguments"][1] == {"role": "Threat", "event": "E1"}
    assert events["E1"]["trigger"] == {"start": at("بقصف")[0], "end": at("بقصف")[1], "text": "بقصف"}
    s1, s2 = record["stances"]
    assert s1["scope"] == "document" and s1["holder"] is None
    assert [ev["text"] for ev in s1["evidence"]] == ["هدّد الوزير", "قتل ثلاثة جنود"]
    assert s2["scope"]["text"] == "وقال إن الجيش قتل" and s2["target"] is None


def test_writing_twice_gives_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    other = rich_document()
    other.meta = {"alpha": {"a": 1, "b": 2}, "zeta": 1}  # same content, other insertion order
    [a] = write(stream(rich_document()), first, "", context())
    [b] = write(stream(other), second, "", context())
    assert a.read_bytes() == b.read_bytes()


def test_layer_falls_back_to_the_export_layer(tmp_path: Path) -> None:
    doc = AnnotatedDocument("d", "نص قصير")
    [path] = write(stream(doc), tmp_path, "", WriteContext(schema=Schema.default(), layer="ali"))
    [back], _, _ = read_all(path)
    assert back.layer == "ali"


def test_bad_items_are_reported_and_dropped_while_the_rest_comes_through(tmp_path: Path) -> None:
    text = "زار الرئيس دمشق أمس"
    record = {
        "id": "n1",
        "text": text,
        "entities": [
            {"id": "T1", "start": 4, "end": 10, "label": "PER", "text": "الرئيس"},
            {"id": "T2", "start": 11, "end": 99, "label": "GPE"},
            {"id": "T3", "start": 11, "end": 11, "label": "GPE"},
            {"id": "T4", "start": "11", "end": 15, "label": "GPE"},
            {"id": "T5", "start": 11, "end": 15, "label": "GPE", "text": "بيروت"},
            {"id": "T6", "start": 11, "end": 15, "label": "GPE", "text": "دمشق"},
        ],
        "events": [
            {
                "id": "E1",
                "type": "Movement.Transport",
                "trigger": {"start": 0, "end": 3, "text": "زار"},
                "arguments": [{"role": "Agent", "entity": "T1"}, {"role": "Destination", "entity": "T2"}],
            },
            {"id": "E2", "type": "Contact.Meet", "trigger": {"start": 30, "end": 40}},
        ],
        "stances": [
            {"id": "S1", "holder": "T9", "target": TARGET, "polarity": "favor"},
            {"id": "S2", "holder": None, "target_entity": "T6", "polarity": "against", "scope": "document"},
        ],
    }
    [doc], problems, _ = read_all(lines_file(tmp_path, record))
    assert [e.id for e in doc.entities] == ["T1", "T6"]
    assert [(a.role, a.entity) for a in doc.events[0].arguments] == [("Agent", "T1")]
    assert [e.id for e in doc.events] == ["E1"] and [s.id for s in doc.stances] == ["S2"]
    items = {p.item for p in problems}
    assert {"entity T2", "entity T3", "entity T4", "entity T5", "event E2 trigger", "stance S1"} <= items
    assert "event E1 argument Destination" in items
    assert all(p.document == "n1" and p.line == 1 for p in problems)
    mismatch = next(p for p in problems if p.item == "entity T5")
    assert "بيروت" in mismatch.message and "دمشق" in mismatch.message


def test_unreadable_lines_name_their_line_and_later_lines_still_come(tmp_path: Path) -> None:
    path = lines_file(
        tmp_path, {"text": "سطر أول"}, "{not json", {"id": "x", "title": "بلا نص"}, "", {"text": "ثالث"}
    )
    docs, problems, _ = read_all(path)
    assert [d.text for d in docs] == ["سطر أول", "ثالث"]
    assert [(p.line, p.document) for p in problems] == [(2, ""), (3, "x")]
    assert "text" in problems[1].message
    assert docs[1].line == 5 and docs[1].id == "5"


def test_plain_document_jsonl_reads_as_documents_without_annotations(tmp_path: Path) -> None:
    path = lines_file(
        tmp_path,
        {"text": "خبر عاجل عن الطقس", "headline": "الطقس", "outlet": "الإذاعة", "published": "2024-01-02"},
        {"text": "خبر ثان", "title": "ثان", "tags": ["محلي"], "meta": {"desk": "اقتصاد"}},
    )
    (first, second), problems, _ = read_all(path)
    assert problems == []
    assert (first.title, first.source, first.date, first.layer) == ("الطقس", "الإذاعة", "2024-01-02", "")
    assert first.entities == [] and first.events == [] and first.stances == []
    assert second.meta == {"tags": ["محلي"], "desk": "اقتصاد"}


def test_crlf_text_is_repaired_and_offsets_follow(tmp_path: Path) -> None:
    text = "عنوان\r\nوصل الوزير"
    record = {"id": "c", "text": text, "entities": [{"id": "T1", "start": 11, "end": 17, "label": "PER"}]}
    [doc], problems, result = read_all(lines_file(tmp_path, record))
    assert problems == [] and doc.text == "عنوان\nوصل الوزير"
    assert doc.text[doc.entities[0].start : doc.entities[0].end] == "الوزير"
    assert sum(result.notes.values()) == 1


def test_a_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tags.conll"
    path.write_text("الرئيس\tB-PER\nزار\tO\n", encoding="utf-8")
    with pytest.raises(FormatError, match="not JSON"):
        read_all(path)


def test_a_pretty_printed_record_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "p", "text": "نص"}, indent=2, ensure_ascii=False), encoding="utf-8")
    [doc], problems, result = read_all(path)
    assert (doc.id, doc.text, problems) == ("p", "نص", [])
    assert result.notes == {"pretty-printed JSON read as a whole": 1}

"""Label Studio JSON: which annotation is taken, predictions, several labels per region, UTF-16
offsets around emoji, choices as stances, attributes or meta, the streamed task array, and the
real export envelope sample."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
from annotator.core.formats.labelstudio import read, utf16_to_code_points, write
from annotator.core.schema import Schema

TEXT = "رحّب الوزير 😊 بالاتفاق الموقع في عمّان"
TARGET = "turkish_operation_idlib"


def at(word: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def utf16(offset: int, text: str = TEXT) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def document() -> AnnotatedDocument:
    return AnnotatedDocument(
        id="3",
        text=TEXT,
        title="اتفاق",
        meta={"desk": "سياسة"},
        entities=[
            DocEntity("a", *at("الوزير"), "PER", attributes={"specificity": "specific", "count": 2}),
            DocEntity("b", *at("في عمّان"), "LOC"),
            DocEntity("c", *at("عمّان"), "GPE", kb_id="Q3805"),
        ],
        events=[DocEvent("E1", "Contact.Meet", *at("رحّب"), [DocArgument("Entity", entity="a")])],
        stances=[
            DocStance("S1", "favor", target=TARGET, evidence=[at("رحّب")]),
            DocStance("S2", "against", holder="a", target_entity="c"),
        ],
    )


def context() -> WriteContext:
    return WriteContext(schema=Schema.default())


def stream(*docs: AnnotatedDocument) -> Iterator[AnnotatedDocument]:
    yield from docs


def read_all(path: Path, **options: object) -> tuple[list[AnnotatedDocument], list[Problem], ReadResult]:
    result = ReadResult()
    items = list(read(path, ReadOptions(**options), result))  # type: ignore[arg-type]
    docs = [i for i in items if isinstance(i, AnnotatedDocument)]
    return docs, [i for i in items if isinstance(i, Problem)], result


def texts(doc: AnnotatedDocument) -> list[tuple[str, str]]:
    return [(doc.text[e.start : e.end], e.label) for e in doc.entities]


def region(rid: str, start: int, end: int, text: str | None, *labels: str) -> dict[str, Any]:
    value: dict[str, Any] = {"start": start, "end": end, "labels": list(labels)}
    if text is not None:
        value["text"] = text
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels", "value": value}


def tasks_file(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_registry_entry() -> None:
    info = get_format("labelstudio")
    assert info.read is read and info.write is write
    assert info.carries == {"entities", "nested", "stances"}


def test_round_trip_keeps_nested_entities_outlet_stances_and_attributes(tmp_path: Path) -> None:
    ctx = context()
    [path] = write(stream(document()), tmp_path, "", ctx)
    assert path == tmp_path / "documents.json"
    [doc], problems, _ = read_all(path)
    assert problems == []
    assert (doc.id, doc.text, doc.title, doc.meta) == ("3", TEXT, "اتفاق", {"desk": "سياسة"})
    assert texts(doc) == [("الوزير", "PER"), ("في عمّان", "LOC"), ("عمّان", "GPE")]
    assert doc.entities[0].attributes == {"specificity": "specific"}
    assert [(s.holder, s.target, s.polarity) for s in doc.stances] == [(None, TARGET, "favor")]
    assert ctx.notes == {
        "entity attributes dropped (not text)": 1,
        "entity links (kb_id) dropped": 1,
        "stance evidence, intensity, confidence or note dropped": 1,
        "stances not exported (holder, entity target or span scope)": 1,
        "events not exported": 1,
    }


def test_written_file_is_a_streamed_task_array(tmp_path: Path) -> None:
    second = AnnotatedDocument("note-7", "خبر بلا وسوم")
    [path] = write(stream(document(), second), tmp_path, "test", context())
    assert path.name == "test.json"
    body = path.read_text(encoding="utf-8")
    assert body.startswith("[\n{") and body.endswith("}\n]\n") and body.count("\n") == 4
    assert "عمّان" in body and "\\u" not in body
    tasks = json.loads(body)
    assert [t["id"] for t in tasks] == [3, "note-7"]
    first = tasks[0]
    assert list(first) == ["id", "data", "meta", "annotations"]
    assert first["data"] == {"text": TEXT, "title": "اتفاق"}
    result = first["annotations"][0]["result"]
    labels = [r for r in result if r["type"] == "labels"]
    assert [r["id"] for r in labels] == ["T1", "T2", "T3"]
    assert labels[0] == {
        "id": "T1",
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {"start": 5, "end": 11, "text": "الوزير", "labels": ["PER"]},
    }
    stance = next(r for r in result if r["from_name"] == f"stance_{TARGET}")
    assert stance["type"] == "choices" and stance["value"] == {"choices": ["favor"]}
    assert tasks[1]["annotations"] == [{"result": []}]
    (tmp_path / "again").mkdir()
    [again] = write(stream(document(), second), tmp_path / "again", "test", context())
    assert again.read_bytes() == path.read_bytes()


def test_empty_export_is_still_valid_json(tmp_path: Path) -> None:
    [path] = write(stream(), tmp_path, "", context())
    assert json.loads(path.read_text(encoding="utf-8")) == []


def annotated_task(**extra: Any) -> dict[str, Any]:
    text = "التقى الرئيس بالسفير"
    return {
        "id": 41,
        "data": {"text": text, "source": "إذاعة", "channel": "الأولى"},
        "meta": {"batch": 2},
        "annotations": [
            {
                "id": 1,
                "completed_by": {"id": 5, "email": "mona@example.org"},
                "was_cancelled": True,
                "result": [region("r0", 0, 5, "التقى", "EVT")],
            },
            {
                "id": 2,
                "completed_by": {"id": 6, "email": "sami@example.org"},
                "result": [region("r1", 6, 12, "الرئيس", "PER")],
            },
            {"id": 3, "completed_by": 7, "result": [region("r2", 14, 20, "السفير", "PER", "TITLE")]},
        ],
        "predictions": [{"model_version": "v1", "result": [region("p1", 0, 5, "التقى", "MODEL")]}],
        **extra,
    }


def test_first_not_cancelled_annotation_is_taken(tmp_path: Path) -> None:
    [doc], problems, _ = read_all(tasks_file(tmp_path, [annotated_task()]))
    assert problems == [] and texts(doc) == [("الرئيس", "PER")] and doc.entities[0].id == "r1"
    assert (doc.id, doc.source, doc.meta) == ("41", "إذاعة", {"channel": "الأولى", "batch": 2})


@pytest.mark.parametrize("who", ["sami@example.org", "6"])
def test_annotation_chosen_by_annotator_email_or_id(tmp_path: Path, who: str) -> None:
    [doc], _, _ = read_all(tasks_file(tmp_path, [annotated_task()]), annotation=who)
    assert texts(doc) == [("الرئيس", "PER")]


def test_several_labels_on_one_region_become_one_entity_each(tmp_path: Path) -> None:
    [doc], _, result = read_all(tasks_file(tmp_path, [annotated_task()]), annotation="7")
    assert texts(doc) == [("السفير", "PER"), ("السفير", "TITLE")]
    assert [e.id for e in doc.entities] == ["r2", "r2.2"]
    assert result.notes == {"regions with several labels read as one entity per label": 1}


def test_task_without_the_chosen_annotator_comes_without_annotations(tmp_path: Path) -> None:
    [doc], _, result = read_all(tasks_file(tmp_path, [annotated_task()]), annotation="nobody@example.org")
    assert doc.text == "التقى الرئيس بالسفير" and doc.entities == []
    assert result.notes == {"tasks without an annotation by nobody@example.org (read without annotations)": 1}


def test_predictions_are_used_when_a_task_has_no_annotation(tmp_path: Path) -> None:
    [doc], _, result = read_all(tasks_file(tmp_path, annotated_task(annotations=[])))
    assert texts(doc) == [("التقى", "MODEL")]
    assert result.notes == {"predictions used (task had no annotation)": 1}


def test_utf16_offsets_are_converted_around_emoji(tmp_path: Path) -> None:
    start, end = at("بالاتفاق")
    task = {
        "data": {"text": TEXT},
        "annotations": [{"result": [region("x", utf16(start), utf16(end), None, "O")]}],
    }
    [doc], problems, _ = read_all(tasks_file(tmp_path, task), utf16=True)
    assert problems == [] and texts(doc) == [("بالاتفاق", "O")]
    [doc], _, _ = read_all(tasks_file(tmp_path, task))
    assert texts(doc) == [("الاتفاق ", "O")]  # read as code points with no text to check: one off


def test_utf16_offsets_are_detected_from_the_region_text(tmp_path: Path) -> None:
    start, end = at("عمّان")
    bad = region("y", 2, 4, "الوزير", "PER")
    result_ = [region("x", utf16(start), utf16(end), "عمّان", "GPE"), bad]
    [doc], problems, result = read_all(
        tasks_file(tmp_path, {"data": {"text": TEXT}, "annotations": [{"result": result_}]})
    )
    assert texts(doc) == [("عمّان", "GPE")]
    assert result.notes == {"offsets read as UTF-16": 1}
    assert [p.item for p in problems] == ["region y"] and "الوزير" in problems[0].message


def test_utf16_helper_maps_units_to_code_points() -> None:
    text = "أ😊ب"
    to_cp = utf16_to_code_points(text)
    assert [to_cp(u) for u in range(5)] == [0, 1, None, 2, 3]
    assert utf16_to_code_points("عربي")(4) == 4 and utf16_to_code_points("عربي")(5) is None


def test_choices_relations_and_other_results(tmp_path: Path) -> None:
    text = "انتقد المعلق القرار بشدة"
    results = [
        region("r1", 6, 12, "المعلق", "PER"),
        {
            "id": "r1",
            "from_name": "role",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": ["كاتب"]},
        },
        {
            "id": "d1",
            "from_name": "topic",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": ["محلي", "سياسة"]},
        },
        {
            "id": "d2",
            "from_name": f"stance_{TARGET}",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": ["against"]},
        },
        {"from_id": "r1", "to_id": "r1", "type": "relation", "direction": "right"},
        {"id": "t1", "from_name": "note", "to_name": "text", "type": "textarea", "value": {"text": ["x"]}},
    ]
    [doc], problems, result = read_all(
        tasks_file(tmp_path, [{"data": {"text": text}, "annotations": [{"result": results}]}])
    )
    assert problems == []
    assert doc.entities[0].attributes == {"role": "كاتب"}
    assert doc.meta == {"choices": {"topic": ["محلي", "سياسة"]}}
    assert [(s.id, s.target, s.polarity, s.holder) for s in doc.stances] == [("S1", TARGET, "against", None)]
    assert result.notes == {
        "per-region choices read as entity attributes": 1,
        "document choices kept in meta": 1,
        "relations not imported": 1,
        "results of type 'textarea' not imported": 1,
    }


def test_text_from_another_data_key_or_a_problem_naming_the_keys(tmp_path: Path) -> None:
    tasks = [
        {"id": 1, "data": {"article": "نص المقال"}, "annotations": []},
        {"id": 2, "data": {"n": 4, "image": None}, "annotations": []},
        "not a task",
    ]
    docs, problems, result = read_all(tasks_file(tmp_path, tasks))
    assert [d.text for d in docs] == ["نص المقال"] and result.notes == {
        'text read from data key "article"': 1
    }
    assert problems[0].document == "2" and "image, n" in problems[0].message
    assert "task #3" in problems[1].message


def test_single_task_and_json_min_are_accepted(tmp_path: Path) -> None:
    task = {
        "data": {"text": "وصل الموفد"},
        "annotations": [{"result": [region("a", 4, 10, "الموفد", "PER")]}],
    }
    [doc], _, _ = read_all(tasks_file(tmp_path, task))
    assert texts(doc) == [("الموفد", "PER")] and doc.id == "1"
    minimal = [
        {
            "id": 9,
            "text": "وصل الموفد إلى بغداد",
            "annotator": 1,
            "lead_time": 3.2,
            "lang": "ar",
            "label": [{"start": 15, "end": 20, "text": "بغداد", "labels": ["GPE"]}],
            f"stance_{TARGET}": "favor",
        },
    ]
    [doc], problems, _ = read_all(tasks_file(tmp_path, minimal))
    assert problems == [] and texts(doc) == [("بغداد", "GPE")] and doc.id == "9"
    assert doc.meta == {"lang": "ar"} and [s.polarity for s in doc.stances] == ["favor"]


def test_crlf_text_is_repaired_with_offsets(tmp_path: Path) -> None:
    text = "عنوان\r\nقال الناطق"
    start = text.index("الناطق")
    task = {
        "data": {"text": text},
        "annotations": [{"result": [region("a", start, start + 6, "الناطق", "PER")]}],
    }
    [doc], _, _ = read_all(tasks_file(tmp_path, task))
    assert doc.text == "عنوان\nقال الناطق" and texts(doc) == [("الناطق", "PER")]


def test_a_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("text,label\nنص,favor\n", encoding="utf-8")
    with pytest.raises(FormatError, match="not a Label Studio export"):
        read_all(path)


@pytest.mark.shared
def test_label_studio_export_envelope_sample(shared_dir: Path, tmp_path: Path) -> None:
    source = shared_dir / "corpora" / "label_studio" / "converter_tests_csv_test.export.json"
    docs, problems, result = read_all(source)
    assert problems == [] and [d.id for d in docs] == ["1", "2"]
    assert docs[0].text.startswith("Calif. wildfires") and all(d.entities == [] for d in docs)
    assert set(docs[0].meta) == {"audio", "image"}
    assert result.notes == {"results of type 'rectanglelabels' not imported": 3}
    same, _, _ = read_all(source, annotation="hakan@heartex.com")
    assert [d.text for d in same] == [d.text for d in docs]
    [path] = write(stream(*docs), tmp_path, "", context())
    back, problems, _ = read_all(path)
    assert problems == [] and [(d.id, d.text, d.meta) for d in back] == [(d.id, d.text, d.meta) for d in docs]

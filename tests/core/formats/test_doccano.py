"""doccano JSONL: both export variants, overlapping and duplicate spans, emoji offsets, doccano's own
sample files, and round trips through the "label" variant."""

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
from annotator.core.formats.doccano import read, write
from annotator.core.schema import Schema

TEXT = "استقبل الملك عبدالله 😊 وفدا من عمّان في القصر"


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def document() -> AnnotatedDocument:
    return AnnotatedDocument(
        id="12",
        text=TEXT,
        title="زيارة",
        source="وكالة",
        entities=[
            DocEntity("T1", *at("عمّان"), "GPE", kb_id="Q3805"),
            DocEntity("T2", *at("الملك عبدالله"), "PER", attributes={"specificity": "specific"}),
            DocEntity("T3", *at("الملك"), "PER"),
        ],
        events=[DocEvent("E1", "Contact.Meet", *at("استقبل"), [DocArgument("Entity", entity="T2")])],
        stances=[DocStance("S1", "favor", target="turkish_operation_idlib")],
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


def spans(doc: AnnotatedDocument) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, e.label) for e in doc.entities}


def texts(doc: AnnotatedDocument) -> list[tuple[str, str]]:
    return [(doc.text[e.start : e.end], e.label) for e in doc.entities]


def lines_file(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "in.jsonl"
    body = "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
    path.write_text(body + "\n", encoding="utf-8")
    return path


def test_registry_entry() -> None:
    info = get_format("doccano")
    assert info.read is read and info.write is write and "entities" in info.carries


def test_round_trip_keeps_nested_entities_and_emoji_offsets(tmp_path: Path) -> None:
    original = document()
    ctx = context()
    [path] = write(stream(original), tmp_path, "dev", ctx)
    assert path == tmp_path / "dev.jsonl"
    [doc], problems, _ = read_all(path)
    assert problems == []
    assert (doc.id, doc.text, doc.title, doc.source) == ("12", TEXT, "زيارة", "وكالة")
    assert spans(doc) == spans(original)
    assert ("عمّان", "GPE") in texts(doc) and ("الملك", "PER") in texts(doc)
    assert ctx.notes == {
        "events not exported (doccano holds entities only)": 1,
        "stances not exported (doccano holds entities only)": 1,
        "entity attributes dropped": 1,
        "entity links (kb_id) dropped": 1,
    }


def test_written_line_is_doccano_label_variant_with_sorted_spans(tmp_path: Path) -> None:
    [path] = write(stream(document()), tmp_path, "", context())
    data = path.read_bytes()
    assert data.endswith(b"}\n") and data.count(b"\n") == 1
    assert "عبدالله" in data.decode("utf-8") and b"\\u" not in data
    record = json.loads(data)
    assert list(record) == ["id", "text", "label", "title", "source"]
    assert record["id"] == 12
    assert record["label"] == sorted(record["label"])
    assert record["label"][0] == [*at("الملك"), "PER"]
    (tmp_path / "again").mkdir()
    [again] = write(stream(document()), tmp_path / "again", "", context())
    assert again.read_bytes() == data


def test_overlapping_spans_are_kept_and_exact_duplicates_dropped(tmp_path: Path) -> None:
    text = "وزير الخارجية الأردني"
    labels = [[0, 13, "PER"], [5, 13, "ORG"], [0, 13, "PER"], [14, 21, "NORP"]]
    [doc], problems, result = read_all(lines_file(tmp_path, {"id": 1, "text": text, "label": labels}))
    assert problems == []
    assert texts(doc) == [("وزير الخارجية", "PER"), ("الخارجية", "ORG"), ("الأردني", "NORP")]
    assert result.notes == {"duplicate spans dropped": 1}


def test_emoji_offsets_are_code_points_or_utf16_when_asked(tmp_path: Path) -> None:
    text = "😊😊 غادر الوفد"
    start = text.index("الوفد")
    path = lines_file(tmp_path, {"text": text, "label": [[start, start + 5, "ORG"]]})
    [doc], _, _ = read_all(path)
    assert texts(doc) == [("الوفد", "ORG")]
    path = lines_file(tmp_path, {"text": text, "label": [[start + 2, start + 7, "ORG"]]})
    [doc], problems, _ = read_all(path, utf16=True)
    assert problems == [] and texts(doc) == [("الوفد", "ORG")]
    path = lines_file(tmp_path, {"text": text, "label": [[1, 3, "ORG"]]})
    [doc], problems, _ = read_all(path, utf16=True)
    assert doc.entities == [] and "UTF-16" in problems[0].message


def test_relation_variant_reads_entities_and_counts_relations(tmp_path: Path) -> None:
    text = "عيّنت الحكومة سفيرا جديدا"
    record = {
        "id": 5,
        "text": text,
        "entities": [
            {"id": 10, "label": "ORG", "start_offset": 6, "end_offset": 13},
            {"id": 11, "label": "PER", "start_offset": 14, "end_offset": 19},
        ],
        "relations": [{"id": 1, "from_id": 10, "to_id": 11, "type": "appointed"}],
        "Comments": ["راجع"],
    }
    [doc], problems, result = read_all(lines_file(tmp_path, record))
    assert problems == []
    assert [(e.id, doc.text[e.start : e.end]) for e in doc.entities] == [("10", "الحكومة"), ("11", "سفيرا")]
    assert result.notes == {"relations not imported": 1}
    assert doc.meta == {"Comments": ["راجع"]}


def test_bad_spans_name_line_document_and_span_and_the_rest_stays(tmp_path: Path) -> None:
    good = {"id": 1, "text": "نص أول", "label": [[0, 2, "X"]]}
    bad = {
        "id": 2,
        "text": "قصير",
        "label": [[0, 4, "LOC"], [2, 40, "LOC"], [3, 1, "LOC"], ["a", 2, "LOC"], [0, 1]],
    }
    docs, problems, _ = read_all(lines_file(tmp_path, good, bad, '{"label": []}'))
    assert [len(d.entities) for d in docs] == [1, 1]
    assert [(p.line, p.document) for p in problems] == [(2, "2")] * 4 + [(3, "3")]
    assert problems[0].item == 'span [2,40,"LOC"]'


def test_other_keys_go_to_meta_and_classification_labels_stay_there(tmp_path: Path) -> None:
    record = {"id": 3, "text": "خبر", "label": ["positive"], "meta": {"wikiPageID": 1}, "lang": "ar"}
    [doc], _, result = read_all(lines_file(tmp_path, record))
    assert doc.entities == [] and doc.meta == {"label": ["positive"], "wikiPageID": 1, "lang": "ar"}
    assert result.notes == {"document labels (text classification) kept in meta": 1}


def test_crlf_text_is_repaired_with_offsets(tmp_path: Path) -> None:
    text = "سطر\r\nثم الرئيس"
    start = text.index("الرئيس")
    [doc], _, _ = read_all(lines_file(tmp_path, {"text": text, "label": [[start, start + 6, "PER"]]}))
    assert doc.text == "سطر\nثم الرئيس" and texts(doc) == [("الرئيس", "PER")]


def test_a_conll_file_is_not_doccano_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text("عمّان\tB-GPE\n", encoding="utf-8")
    with pytest.raises(FormatError, match="not doccano JSONL"):
        read_all(path)


@pytest.mark.shared
def test_doccano_sample_exports_and_imports(shared_dir: Path) -> None:
    folder = shared_dir / "corpora" / "doccano"
    docs, problems, _ = read_all(folder / "export_examples" / "sequence_labeling.example.jsonl")
    assert problems == [] and [texts(d) for d in docs] == [
        [("EU", "ORG"), ("German", "MISC")],
        [("Peter Blackburn", "PERSON")],
        [("Obama", "PERSON")],
    ]
    docs, _, result = read_all(folder / "import_examples" / "sequence_labeling_example.jsonl")
    assert texts(docs[0]) == [("EU", "ORG")]
    assert result.notes['text read from key "column_data"'] == 3
    for name in (
        "export_examples/relation_extraction.example.jsonl",
        "import_examples/relation_extraction_example.jsonl",
    ):
        [doc], problems, result = read_all(folder / name)
        assert problems == [] and result.notes["relations not imported"] == 3
        assert texts(doc) == [
            ("Google", "ORG"),
            ("September 4, 1998", "DATE"),
            ("Larry Page", "PERSON"),
            ("Sergey Brin", "PERSON"),
        ]
    [doc], _, result = read_all(
        folder / "import_examples" / "tests_sequence_labeling_example_overlapping.jsonl"
    )
    assert texts(doc) == [("e", "LOC")] and doc.meta == {"wikiPageID": 1}
    assert result.notes == {"duplicate spans dropped": 1}
    docs, _, _ = read_all(folder / "export_examples" / "text_classification.example.jsonl")
    assert [d.meta["label"] for d in docs] == [["negative"], ["positive"], ["positive"]]


@pytest.mark.shared
@pytest.mark.parametrize(
    "name",
    [
        "export_examples/text_classification.example.csv",
        "import_examples/sequence_labeling_example.txt",
        "import_examples/tests_sequence_labeling_example.conll",
        "import_examples/tests_sequence_labeling_labeling.invalid.conll",
        "import_examples/tests_sequence_labeling_labeling.trailing.conll",
    ],
)
def test_doccano_samples_in_other_formats_are_refused(shared_dir: Path, name: str) -> None:
    with pytest.raises(FormatError):
        read_all(shared_dir / "corpora" / "doccano" / name)


@pytest.mark.shared
def test_doccano_sample_round_trips(shared_dir: Path, tmp_path: Path) -> None:
    source = shared_dir / "corpora" / "doccano" / "export_examples" / "sequence_labeling.example.jsonl"
    docs, _, _ = read_all(source)
    [path] = write(stream(*docs), tmp_path, "", context())
    back, problems, _ = read_all(path)
    assert problems == [] and [spans(d) for d in back] == [spans(d) for d in docs]

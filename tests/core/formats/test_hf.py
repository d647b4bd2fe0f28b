"""Hugging Face token classification: rows per sentence, ClassLabel names from the schema, Parquet."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from annotator.core.formats import get_format
from annotator.core.formats.base import (
    AnnotatedDocument,
    DocEntity,
    ExportRefused,
    FormatError,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
    WriteOptions,
)
from annotator.core.formats.hf import label_names, read, write
from annotator.core.formats.tagging import NESTED_DROPPED, REPAIRED_I
from annotator.core.schema import Schema

TEXT = "أعلنت وزارة الخارجية التركية موقفها. وصل الوفد إلى أنقرة."
SAMPLES = ("corpora", "hf_token_classification")
ANERCORP_LABELS = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]


def anercorp_schema() -> Schema:
    """A schema with ANERcorp's four labels, in the order of the sample's ClassLabel names."""
    entries = [
        f'  - {{key: {key}, ar: {key}, en: {key}, color: "#a3c4f7", shortcut: "{n}"}}\n'
        for n, key in enumerate(("PERS", "ORG", "LOC", "MISC"), 1)
    ]
    return Schema.from_yaml("version: 1\nname: anercorp\nlabels:\n" + "".join(entries))


def span(text: str, phrase: str, label: str) -> tuple[int, int, str]:
    start = text.index(phrase)
    return start, start + len(phrase), label


def document(doc_id: str, text: str, *spans: tuple[int, int, str]) -> AnnotatedDocument:
    entities = [DocEntity(f"T{i}", s, e, label) for i, (s, e, label) in enumerate(spans, 1)]
    return AnnotatedDocument(id=doc_id, text=text, entities=entities)


def nested_doc(doc_id: str = "12") -> AnnotatedDocument:
    return document(
        doc_id,
        TEXT,
        span(TEXT, "وزارة الخارجية التركية", "ORG"),
        span(TEXT, "التركية", "GPE"),
        span(TEXT, "أنقرة", "GPE"),
    )


def export(
    out: Path, docs: list[AnnotatedDocument], part: str = "", schema: Schema | None = None, **options: str
) -> tuple[list[Path], WriteContext]:
    out.mkdir(parents=True, exist_ok=True)
    context = WriteContext(schema=schema or Schema.default(), options=WriteOptions(**options))  # type: ignore[arg-type]
    return write(iter(docs), out, part, context), context


def load(path: Path) -> tuple[list[AnnotatedDocument], list[Problem], dict[str, int]]:
    result = ReadResult()
    items = list(read(path, ReadOptions(), result))
    docs = [i for i in items if isinstance(i, AnnotatedDocument)]
    return docs, [i for i in items if isinstance(i, Problem)], result.notes


def triples(doc: AnnotatedDocument) -> set[tuple[str, str]]:
    return {(doc.text[e.start : e.end], e.label) for e in doc.entities}


def offsets(doc: AnnotatedDocument) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, e.label) for e in doc.entities}


def rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- writing -----------------------------------------------------------------------------------


def test_registry_lists_hf_both_ways() -> None:
    info = get_format("hf")
    assert info.read is read and info.write is write and info.carries == frozenset({"entities"})


def test_label_names_come_from_the_schema_in_order() -> None:
    schema = Schema.default()
    names = label_names(schema, "iob2")
    assert names[:5] == ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"] and len(names) == 1 + 2 * len(schema.labels)
    assert label_names(schema, "bioes")[:5] == ["O", "B-PER", "I-PER", "E-PER", "S-PER"]


def test_rows_per_sentence_features_and_nested_kept_outer(tmp_path: Path) -> None:
    paths, context = export(tmp_path / "out", [nested_doc()], part="train")
    assert [p.name for p in paths] == ["train.jsonl", "features.json", "train.parquet"]
    names = label_names(Schema.default(), "iob2")
    written = rows(paths[0])
    assert [r["id"] for r in written] == ["12-1", "12-2"]
    assert written[0]["tokens"] == ["أعلنت", "وزارة", "الخارجية", "التركية", "موقفها", "."]
    assert [names[t] for t in written[0]["ner_tags"]] == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]  # type: ignore[attr-defined]
    assert [names[t] for t in written[1]["ner_tags"]] == ["O", "O", "O", "B-GPE", "O"]  # type: ignore[attr-defined]
    assert paths[0].read_text(encoding="utf-8").startswith('{"id": "12-1", "tokens": ["أعلنت", ')
    features = json.loads(paths[1].read_text(encoding="utf-8"))
    assert features["ner_tags"] == {"feature": {"names": names, "_type": "ClassLabel"}, "_type": "Sequence"}
    assert context.notes == {NESTED_DROPPED: 1}


def test_output_is_byte_identical_across_runs(tmp_path: Path) -> None:
    first, _ = export(tmp_path / "a", [nested_doc(), nested_doc("13")], scheme="bioes")
    second, _ = export(tmp_path / "b", [nested_doc(), nested_doc("13")], scheme="bioes")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_refuse_names_nested_documents(tmp_path: Path) -> None:
    flat = document("flat", TEXT, span(TEXT, "أنقرة", "GPE"))
    with pytest.raises(ExportRefused, match=r"document 12 .*documents 14 nest too.*nested=outer"):
        export(tmp_path / "out", [flat, nested_doc("12"), nested_doc("14")], nested="refuse")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["features.json"]


def test_labels_outside_the_schema_are_counted(tmp_path: Path) -> None:
    doc = document("1", TEXT, span(TEXT, "أنقرة", "CITY"))
    paths, context = export(tmp_path / "out", [doc])
    assert context.notes == {"entities left out: label 'CITY' is not in the schema": 1}
    assert all(t == 0 for r in rows(paths[0]) for t in r["ner_tags"])  # type: ignore[attr-defined]


def test_without_pyarrow_only_jsonl_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    paths, context = export(tmp_path / "out", [nested_doc()], nested="outer")
    assert [p.name for p in paths] == ["documents.jsonl", "features.json"]
    assert context.notes["parquet skipped: pyarrow not installed"] == 1


def test_parquet_carries_the_features_in_its_metadata(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    paths, _ = export(tmp_path / "out", [nested_doc()])
    table = pq.read_table(paths[2])
    info = json.loads(table.schema.metadata[b"huggingface"])
    assert info["info"]["features"] == json.loads(paths[1].read_text(encoding="utf-8"))
    assert table.to_pylist() == rows(paths[0])


@pytest.mark.parametrize("scheme", ["iob2", "bioes"])
def test_round_trip_jsonl_and_parquet(tmp_path: Path, scheme: str) -> None:
    text = "وصل الوفد لتركيا أمس."
    docs = [nested_doc("a-1"), document("b", text, span(text, "تركيا", "GPE"))]
    paths, context = export(tmp_path / "out", docs, scheme=scheme, tokens="entity-cuts")
    assert context.notes == {NESTED_DROPPED: 1}
    for path in (paths[0], paths[2]):
        back, problems, notes = load(path)
        assert not problems and not notes
        assert [d.id for d in back] == ["a-1", "b"]
        assert triples(back[0]) == {("وزارة الخارجية التركية", "ORG"), ("أنقرة", "GPE")}
        assert back[1].text == "وصل الوفد ل تركيا أمس ." and triples(back[1]) == {("تركيا", "GPE")}
        again, _ = export(tmp_path / f"again-{path.suffix}", back, scheme=scheme)
        assert [(d.text, offsets(d)) for d in load(again[0])[0]] == [(d.text, offsets(d)) for d in back]


def test_datasets_loads_our_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    datasets = pytest.importorskip("datasets")
    paths, _ = export(tmp_path / "out", [nested_doc()])
    features = datasets.Features.from_dict(json.loads(paths[1].read_text(encoding="utf-8")))
    loaded = datasets.load_dataset(
        "json", data_files=str(paths[0]), features=features, split="train", cache_dir=str(tmp_path / "cache")
    )
    names = label_names(Schema.default(), "iob2")
    assert loaded.features["ner_tags"].feature.names == names
    assert loaded[1]["tokens"][3] == "أنقرة" and names[loaded[1]["ner_tags"][3]] == "B-GPE"


# -- reading -----------------------------------------------------------------------------------


def test_rows_group_into_documents_by_id_prefix(tmp_path: Path) -> None:
    lines = [
        {"id": "7-1", "tokens": ["زار", "دمشق"], "ner_tags": ["O", "B-GPE"]},
        {"id": "7-2", "tokens": ["ثم", "عاد"], "ner_tags": ["O", "O"]},
        {"id": "8", "tokens": ["سامي", "الأحمد"], "ner_tags": ["B-PER", "I-PER"]},
        {"id": "9", "tokens": ["أمس"], "ner_tags": ["I-DATE"]},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n", encoding="utf-8")
    docs, problems, notes = load(path)
    assert [d.id for d in docs] == ["7", "8", "9"] and not problems
    assert docs[0].text == "زار دمشق\nثم عاد" and docs[0].sentences == [(0, 8), (9, 15)]
    assert triples(docs[0]) == {("دمشق", "GPE")} and triples(docs[1]) == {("سامي الأحمد", "PER")}
    assert notes == {REPAIRED_I: 1}


def test_integer_tags_without_names_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.first.jsonl"
    path.write_text('{"id": "0", "tokens": ["زار"], "ner_tags": [0]}\n', encoding="utf-8")
    with pytest.raises(
        FormatError, match=r"data\.first\.features\.json, data\.features\.json, features\.json"
    ):
        load(path)
    (tmp_path / "dataset_infos.json").write_text(
        json.dumps({"cfg": {"features": {"ner_tags": {"feature": {"names": ["O"], "_type": "ClassLabel"}}}}}),
        encoding="utf-8",
    )
    assert load(path)[0][0].text == "زار"


def test_bad_rows_are_problems(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(
        '{"id": "1", "tokens": ["زار"], "ner_tags": ["O"]}\n'
        '{"id": "2", "tokens": ["زار", "دمشق"], "ner_tags": ["O"]}\n'
        "{broken\n",
        encoding="utf-8",
    )
    docs, problems, _ = load(path)
    assert [d.id for d in docs] == ["1"]
    assert [(p.line, p.item) for p in problems] == [(2, "row 2"), (3, "row 3")]


@pytest.mark.shared
def test_the_shared_samples_read_with_their_label_names(shared_dir: Path, tmp_path: Path) -> None:
    folder = shared_dir.joinpath(*SAMPLES)
    from_jsonl, problems, notes = load(folder / "anercorp_camel_test.first50.hf.jsonl")
    from_parquet, _, _ = load(folder / "anercorp_camel_test.first50.parquet")
    assert not problems and len(from_jsonl) == 50
    assert [(d.text, offsets(d)) for d in from_jsonl] == [(d.text, offsets(d)) for d in from_parquet]
    assert {e.label for d in from_jsonl for e in d.entities} == {"PERS", "ORG", "LOC", "MISC"}
    assert notes[REPAIRED_I] > 0  # the sample keeps the original, unrepaired tags
    paths, context = export(tmp_path / "out", from_jsonl, schema=anercorp_schema())
    assert json.loads(paths[1].read_text(encoding="utf-8"))["ner_tags"]["feature"]["names"] == ANERCORP_LABELS
    assert context.notes == {}
    back = load(paths[0])[0]
    assert [(d.text, offsets(d)) for d in back] == [(d.text, offsets(d)) for d in from_jsonl]


@pytest.mark.shared
def test_hf_rows_agree_with_the_conll_file_they_came_from(shared_dir: Path) -> None:
    from annotator.core.formats.conll import read as read_conll

    conll = shared_dir / "corpora" / "anercorp" / "ANERCorp_CamelLab_test.head2000.txt"
    [doc] = [d for d in read_conll(conll, ReadOptions(), ReadResult()) if isinstance(d, AnnotatedDocument)]
    rows_read = load(shared_dir.joinpath(*SAMPLES, "anercorp_camel_test.first50.hf.jsonl"))[0]
    sentences = doc.text.split("\n")[:50]
    assert [d.text for d in rows_read] == sentences
    first50 = doc.sentences[49][1]
    assert sum(len(d.entities) for d in rows_read) == sum(1 for e in doc.entities if e.end <= first50)

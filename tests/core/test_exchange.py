"""Exporting a layer and importing annotations back: the pipeline around the format modules."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from annotator.core.demo import SAMPLE_LAYER, build_sample_project
from annotator.core.exporting import (
    ExportRequest,
    annotated_document,
    export,
    select_documents,
    split_documents,
)
from annotator.core.labelsets import load_label_map, schema_from_data
from annotator.core.project import Project, ProjectError
from annotator.core.project_exchange import ImportRefused

TEXT = "التقى وزير الخارجية التركي في أنقرة.\r\nوقالت وزارة الدفاع إن الهجوم على إدلب أسفر عن مقتل جنديين."


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.annot"
    build_sample_project(path).close()
    return path


def _export(sample: Path, out: Path, **kwargs: object) -> None:
    with Project.open(sample, readonly=True) as project:
        export(project, ExportRequest("jsonl", out, layer=SAMPLE_LAYER, **kwargs))  # type: ignore[arg-type]


def _write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _comparable(project: Project, doc_id: int, layer: str) -> tuple[object, ...]:
    doc = annotated_document(project, doc_id, layer)
    return (doc.text, doc.entities, doc.events, doc.stances)


def test_exporting_an_empty_gold_layer_is_refused_naming_the_layers_that_have_work(
    sample: Path, tmp_path: Path
) -> None:
    with Project.open(sample, readonly=True) as project, pytest.raises(ProjectError) as refused:
        export(project, ExportRequest("jsonl", tmp_path / "out"))
    message = str(refused.value)
    assert "nothing has been adjudicated into gold yet" in message
    assert "layers with annotations: sample (31 entities" in message
    assert not (tmp_path / "out").exists()


def test_the_same_state_exports_byte_identical_files_and_a_manifest(sample: Path, tmp_path: Path) -> None:
    _export(sample, tmp_path / "a")
    _export(sample, tmp_path / "b")
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == ["documents.jsonl", "manifest.json"]
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["layer"] == SAMPLE_LAYER and manifest["format"] == "jsonl"
    assert manifest["counts"]["entities"]["GPE"] == 10
    assert sum(manifest["counts"]["events"].values()) == 6
    assert manifest["schema"]["labels"][0]["key"] == "PER"
    assert len(manifest["inputs_sha256"]) == 64
    assert set(manifest["files"]) == {"documents.jsonl"}
    # Arabic is written as UTF-8, not \u escapes.
    assert "\\u06" not in (tmp_path / "a" / "documents.jsonl").read_text(encoding="utf-8")


def test_a_new_export_replaces_the_files_of_the_previous_one(sample: Path, tmp_path: Path) -> None:
    _export(sample, tmp_path, split=(0.34, 0.33, 0.33), seed=1)
    assert (tmp_path / "train.jsonl").exists()
    _export(sample, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.jsonl", "manifest.json"]


def test_splits_are_whole_documents_and_repeat_with_the_seed() -> None:
    ids = list(range(1, 101))
    parts = split_documents(ids, (0.8, 0.1, 0.1), seed=7)
    assert [len(p) for p in parts.values()] == [80, 10, 10]
    assert sorted(i for part in parts.values() for i in part) == ids
    assert split_documents(ids, (0.8, 0.1, 0.1), seed=7) == parts
    assert split_documents(ids, (0.8, 0.1, 0.1), seed=8) != parts
    assert list(split_documents(ids, (0.5, 0.5), seed=7)) == ["train", "test"]
    with pytest.raises(ProjectError, match="add up to 1"):
        split_documents(ids, (0.8, 0.3), seed=0)


def test_the_split_and_its_seed_are_in_the_manifest(sample: Path, tmp_path: Path) -> None:
    _export(sample, tmp_path, split=(0.34, 0.33, 0.33), seed=5)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["split"]["seed"] == 5
    assert sum(p["count"] for p in manifest["split"]["parts"].values()) == 3
    lines = [
        line
        for name in ("train", "dev", "test")
        for line in (tmp_path / f"{name}.jsonl").read_text().splitlines()
    ]
    assert len(lines) == 3


def test_documents_are_chosen_by_id_outlet_or_title(sample: Path) -> None:
    with Project.open(sample, readonly=True) as project:
        assert select_documents(project, "") == [1, 2, 3]
        assert select_documents(project, "1,3") == [1, 3]
        assert select_documents(project, "2-3") == [2, 3]
        assert select_documents(project, "إدلب") != []
        with pytest.raises(ProjectError, match="no document's title contains"):
            select_documents(project, "no such title")
        with pytest.raises(ProjectError, match="no document has these ids"):
            select_documents(project, "40-41")


def test_our_jsonl_comes_back_into_another_project_the_same(
    sample: Path, tmp_path: Path, project: Project
) -> None:
    _export(sample, tmp_path)
    report = project.import_annotations([tmp_path / "documents.jsonl"], "jsonl", "amal")
    assert report.documents_added == 3 and not report.problems
    assert report.imported["entities"] == 31 and report.imported["stances"] == 4
    with Project.open(sample, readonly=True) as source:
        by_hash = {source.document(i).content_hash: i for i in source.document_ids()}
        for doc_id in project.document_ids():
            original = by_hash[project.document(doc_id).content_hash]
            assert _comparable(project, doc_id, "amal") == _comparable(source, original, SAMPLE_LAYER)

    again = project.import_annotations([tmp_path / "documents.jsonl"], "jsonl", "amal")
    assert again.documents_matched == 3 and sum(again.imported.values()) == 0
    assert again.already_present["entities"] == 31 and again.already_present["stances"] == 4


def test_an_import_is_one_undo_step(sample: Path, tmp_path: Path, project: Project) -> None:
    _export(sample, tmp_path)
    project.import_annotations([tmp_path / "documents.jsonl"], "jsonl", "amal")
    assert project.undo_status("amal").undo.startswith("import ")  # type: ignore[union-attr]
    project.undo("amal")
    assert all(
        not project.entities(d, "amal") and not project.events(d, "amal") for d in project.document_ids()
    )
    project.redo("amal")
    assert sum(len(project.entities(d, "amal")) for d in project.document_ids()) == 31


def test_invalid_items_are_reported_by_document_item_and_rule_and_the_rest_imports(
    tmp_path: Path, project: Project
) -> None:
    text = "التقى وزير الخارجية التركي نظيره الروسي في أنقرة."
    row = {
        "id": "meet-1",
        "text": text,
        "entities": [
            {"id": "T1", "start": 6, "end": 26, "label": "PER"},
            {"id": "T2", "start": 44, "end": 49, "label": "GPE"},
            {"id": "T3", "start": 40, "end": 99, "label": "GPE"},
        ],
        "events": [
            {
                "id": "E1",
                "type": "Contact.Meet",
                "trigger": {"start": 0, "end": 5},
                "arguments": [{"role": "Victim", "entity": "T1"}, {"role": "Place", "entity": "T2"}],
            }
        ],
    }
    report = project.import_annotations([_write_jsonl(tmp_path / "d.jsonl", [row])], "jsonl", "amal")
    messages = [str(p) for p in report.problems]
    assert any(
        "document meet-1, event E1 argument Victim: role Victim is not a role of Contact.Meet" in m
        for m in messages
    )
    assert any("line 1, document meet-1, entity T3: offsets 40-99 are not a span" in m for m in messages)
    (doc_id,) = project.document_ids()
    (event,) = project.events(doc_id, "amal")
    assert [a.role for a in event.arguments] == ["Place"]
    assert {e.label for e in project.entities(doc_id, "amal")} == {"PER", "GPE"}


def test_labels_the_schema_lacks_refuse_the_import_with_the_list(tmp_path: Path, project: Project) -> None:
    rows = [
        {"text": "زار بوتين دمشق.", "entities": [{"id": "T1", "start": 4, "end": 9, "label": "PERS"}]},
        {"text": "زار أردوغان أنقرة.", "entities": [{"id": "T1", "start": 4, "end": 11, "label": "PERS"}]},
    ]
    path = _write_jsonl(tmp_path / "d.jsonl", rows)
    with pytest.raises(ImportRefused) as refused:
        project.import_annotations([path], "jsonl", "amal")
    assert "entity labels: PERS (2)" in str(refused.value) and "--label-map" in str(refused.value)
    assert project.document_count() == 0

    (tmp_path / "map.yaml").write_text("PERS: PER\n", encoding="utf-8")
    report = project.import_annotations(
        [path], "jsonl", "amal", label_map=load_label_map(tmp_path / "map.yaml")
    )
    assert report.imported["entities"] == 2
    assert report.notes["entities mapped by the label map"] == 2

    (tmp_path / "drop.tsv").write_text("PERS\t\n", encoding="utf-8")
    dropped = project.import_annotations(
        [path], "jsonl", "ali", label_map=load_label_map(tmp_path / "drop.tsv")
    )
    assert dropped.imported["entities"] == 0 and dropped.notes["entities dropped by the label map"] == 2


def test_a_broken_label_map_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "map.yaml").write_text("PERS: PER\n  bad: [\n", encoding="utf-8")
    with pytest.raises(ProjectError, match=r"map.yaml, line \d"):
        load_label_map(tmp_path / "map.yaml")


def test_nothing_is_imported_into_gold(tmp_path: Path, project: Project) -> None:
    path = _write_jsonl(tmp_path / "d.jsonl", [{"text": "زار بوتين دمشق.", "entities": []}])
    with pytest.raises(ProjectError, match="written only by adjudication"):
        project.import_annotations([path], "jsonl", "gold")


def test_crlf_text_is_stored_with_newlines_and_the_offsets_follow(tmp_path: Path, project: Project) -> None:
    start = TEXT.index("إدلب")
    row = {"text": TEXT, "entities": [{"id": "T1", "start": start, "end": start + 4, "label": "GPE"}]}
    project.import_annotations([_write_jsonl(tmp_path / "d.jsonl", [row])], "jsonl", "amal")
    (doc_id,) = project.document_ids()
    text = project.document(doc_id).text
    assert "\r" not in text
    (entity,) = project.entities(doc_id, "amal")
    assert text[entity.start : entity.end] == "إدلب"


def test_a_schema_is_built_from_the_labels_a_dataset_uses(sample: Path, tmp_path: Path) -> None:
    from annotator.core.formats.base import ReadOptions
    from annotator.core.project_exchange import read_documents

    _export(sample, tmp_path)
    docs, problems, _ = read_documents([tmp_path / "documents.jsonl"], "jsonl", ReadOptions())
    schema = schema_from_data(docs, "from-sample")
    assert not problems
    assert set(schema.label_keys()) == {"DATE", "GPE", "NORP", "NUM", "ORG", "PER", "VEH", "WEA"}
    assert "Life.Die" in schema.event_type_keys()
    assert schema.has_role("Life.Die", "Victim")
    assert set(schema.polarity_keys()) == {"against", "favor", "neutral"}
    shortcuts = [label.shortcut for label in schema.labels]
    assert len(set(shortcuts)) == len(shortcuts)


def test_spacy_reads_our_jsonl_offsets_misaligned_only_where_the_manifest_says(
    sample: Path, tmp_path: Path
) -> None:
    """spaCy's blank Arabic tokenizer keeps proclitics on their word (لتركيا): those entities are the
    ones our manifest counts. It also keeps a sentence-final period on a number ("2019."), which
    splits nothing of ours: an entity ending in that number is its only other misalignment."""
    spacy = pytest.importorskip("spacy")
    from spacy.training import offsets_to_biluo_tags

    _export(sample, tmp_path)
    nlp = spacy.blank("ar")
    clitic, number_period = 0, 0
    for line in (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row["text"]
        doc = nlp.make_doc(text)
        flat, end = [], -1
        for entity in sorted(row["entities"], key=lambda e: (e["start"], -e["end"])):
            if entity["start"] >= end:  # spaCy's tags hold no nesting: the outer entities
                flat.append((entity["start"], entity["end"], entity["label"]))
                end = entity["end"]
        with warnings.catch_warnings():  # W030 names the misaligned entities this test counts
            warnings.simplefilter("ignore")
            tags = offsets_to_biluo_tags(doc, flat)
        for start, stop, _ in flat:
            covered = [
                tag
                for token, tag in zip(doc, tags, strict=True)
                if token.idx < stop and token.idx + len(token) > start
            ]
            if "-" not in covered:
                continue
            if text[stop - 1].isdigit() and text[stop : stop + 1] == ".":
                number_period += 1
            else:
                assert text[start - 1].isalpha(), f"{text[start:stop]!r} is misaligned but not after a clitic"
                clitic += 1
    notes = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["notes"]
    counted = sum(
        n for note, n in notes.items() if note.startswith("entities starting or ending inside a word")
    )
    assert clitic == counted == 1
    assert number_period == 2


def test_a_lone_carriage_return_becomes_a_newline_without_moving_offsets(
    tmp_path: Path, project: Project
) -> None:
    text = "غارة على إدلب\rوقال مسؤول في أنقرة\r\nإن الهجوم مدان."
    rows = [
        {
            "text": text,
            "entities": [
                {"id": f"T{n}", "start": text.index(w), "end": text.index(w) + len(w), "label": "GPE"}
                for n, w in enumerate(("إدلب", "أنقرة"))
            ],
        }
    ]
    project.import_annotations([_write_jsonl(tmp_path / "d.jsonl", rows)], "jsonl", "amal")
    (doc_id,) = project.document_ids()
    stored = project.document(doc_id).text
    assert stored == text.replace("\r\n", "\n").replace("\r", "\n")
    assert sorted(stored[e.start : e.end] for e in project.entities(doc_id, "amal")) == ["أنقرة", "إدلب"]

"""`annotator export`, `annotator formats`, annotation imports and `init --schema-from` from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core.demo import SAMPLE_LAYER, build_sample_project
from annotator.core.formats import names
from annotator.core.project import Project

CONLL = "-DOCSTART- O\n\nزار O\nبوتين B-PERS\nدمشق B-LOC\n. O\n\nوقال O\nمسؤول O\nفي O\nأنقرة B-LOC\n. O\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def sample(tmp_path: Path) -> str:
    path = tmp_path / "sample.annot"
    build_sample_project(path).close()
    return str(path)


def test_formats_lists_every_registered_format(tmp_path: Path) -> None:
    code, out, _ = run("formats", "--json")
    listed = json.loads(out)["formats"]
    assert code == 0 and [f["name"] for f in listed] == names()
    jsonl = next(f for f in listed if f["name"] == "jsonl")
    assert jsonl["import"] and jsonl["export"] and "events" in jsonl["carries"]


def test_export_writes_the_files_and_the_manifest(sample: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = run(
        "export", sample, "--format", "jsonl", "--out", str(out), "--layer", SAMPLE_LAYER
    )
    assert code == 0, stderr
    assert "exported 3 documents of layer sample as jsonl" in stdout
    assert sorted(p.name for p in out.iterdir()) == ["documents.jsonl", "manifest.json"]


def test_export_of_an_empty_gold_layer_is_one_line_naming_the_layers(sample: str, tmp_path: Path) -> None:
    code, _, stderr = run("export", sample, "--format", "conll", "--out", str(tmp_path / "out"))
    assert code == 1
    assert stderr.startswith(
        "annotator: error: nothing to export: nothing has been adjudicated into gold yet"
    )
    assert "sample (31 entities" in stderr and "Traceback" not in stderr


def test_export_with_a_bad_split_says_how_to_write_one(sample: str, tmp_path: Path) -> None:
    code, _, stderr = run(
        "export",
        sample,
        "--format",
        "jsonl",
        "--out",
        str(tmp_path),
        "--layer",
        SAMPLE_LAYER,
        "--split",
        "0.9,0.3",
    )
    assert code == 1 and "add up to 1" in stderr


def test_import_our_jsonl_into_a_layer_then_export_it_again_the_same(sample: str, tmp_path: Path) -> None:
    run("export", sample, "--format", "jsonl", "--out", str(tmp_path / "a"), "--layer", SAMPLE_LAYER)
    target = str(tmp_path / "t.annot")
    assert run("init", target)[0] == 0
    code, out, stderr = run(
        "import", target, str(tmp_path / "a" / "documents.jsonl"), "--format", "jsonl", "--layer", "amal"
    )
    assert code == 0, stderr
    assert "into layer amal: 31 entities, 6 events, 8 arguments, 4 stances" in out
    run("export", target, "--format", "jsonl", "--out", str(tmp_path / "b"), "--layer", "amal")
    first = [json.loads(line) for line in (tmp_path / "a" / "documents.jsonl").read_text().splitlines()]
    second = [json.loads(line) for line in (tmp_path / "b" / "documents.jsonl").read_text().splitlines()]
    keep = ("text", "entities", "events", "stances")
    assert sorted(({k: d[k] for k in keep} for d in first), key=lambda d: d["text"]) == sorted(
        ({k: d[k] for k in keep} for d in second), key=lambda d: d["text"]
    )


def test_unknown_labels_refuse_the_import_and_a_label_map_fixes_it(tmp_path: Path) -> None:
    data = tmp_path / "ner.conll"
    data.write_text(CONLL, encoding="utf-8")
    target = str(tmp_path / "t.annot")
    run("init", target)
    code, _, stderr = run("import", target, str(data), "--format", "conll", "--layer", "amal")
    assert code == 1 and "entity labels: PERS (1)." in stderr
    (tmp_path / "map.yaml").write_text("PERS: PER\nLOC: GPE\n", encoding="utf-8")
    code, out, stderr = run(
        "import",
        target,
        str(data),
        "--format",
        "conll",
        "--layer",
        "amal",
        "--label-map",
        str(tmp_path / "map.yaml"),
    )
    assert code == 0, stderr
    assert "into layer amal: 3 entities" in out
    with Project.open(target, readonly=True) as project:
        (doc_id,) = project.document_ids()
        text = project.document(doc_id).text
        assert sorted(text[e.start : e.end] for e in project.entities(doc_id, "amal")) == [
            "أنقرة",
            "بوتين",
            "دمشق",
        ]


def test_init_schema_from_builds_the_tagset_a_dataset_uses(tmp_path: Path) -> None:
    data = tmp_path / "ner.conll"
    data.write_text(CONLL, encoding="utf-8")
    target = str(tmp_path / "t.annot")
    code, out, stderr = run("init", target, "--schema-from", str(data), "--format", "conll")
    assert code == 0, stderr
    assert "2 labels (PERS, LOC)" in out
    code, out, _ = run("import", target, str(data), "--format", "conll", "--layer", "amal")
    assert code == 0 and "3 entities" in out

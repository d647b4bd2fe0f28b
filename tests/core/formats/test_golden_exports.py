"""Golden samples: every export format of the sample project, compared byte for byte with exports/samples.

The samples are what exports/*.md show a data team. When a format changes on purpose, regenerate
them and read the diff before committing:

    ANNOTATOR_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/core/formats/test_golden_exports.py
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from annotator.core.demo import SAMPLE_LAYER, build_sample_project
from annotator.core.exporting import ExportRequest, export
from annotator.core.formats import writable
from annotator.core.project import Project

GOLDEN = Path(__file__).resolve().parents[3] / "exports" / "samples"
UPDATE = os.environ.get("ANNOTATOR_UPDATE_GOLDEN") == "1"
# Parquet files carry the writing library's version ("parquet-cpp-arrow version 26.0.1"): they are
# compared by content, and their hash is left out of the manifest comparison.
BY_CONTENT = (".parquet",)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("golden") / "sample.annot"
    build_sample_project(path).close()
    return path


def _files(folder: Path) -> dict[str, Path]:
    return {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*")) if p.is_file()}


def _manifest(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["files"] = {k: v for k, v in data["files"].items() if not k.endswith(BY_CONTENT)}
    return data


@pytest.mark.parametrize("fmt", writable())
def test_the_sample_project_exports_exactly_the_golden_files(fmt: str, sample: Path, tmp_path: Path) -> None:
    if fmt == "spacy":
        pytest.importorskip("spacy")
    out = tmp_path / fmt
    with Project.open(sample, readonly=True) as project:
        export(project, ExportRequest(fmt, out, layer=SAMPLE_LAYER))
    golden = GOLDEN / fmt
    if UPDATE:
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(out, golden)
    made, expected = _files(out), _files(golden)
    if fmt == "hf" and not any(name.endswith(".parquet") for name in made):
        expected = {k: v for k, v in expected.items() if not k.endswith(".parquet")}
    assert sorted(made) == sorted(expected), f"exports/samples/{fmt} lists other files"
    for name, path in made.items():
        if name == "manifest.json":
            assert _manifest(path) == _manifest(expected[name])
        elif name.endswith(BY_CONTENT):
            pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
            assert pyarrow_parquet.read_table(path).equals(pyarrow_parquet.read_table(expected[name]))
        else:
            assert path.read_bytes() == expected[name].read_bytes(), (
                f"{fmt}/{name} differs from the golden file"
            )


def test_every_export_format_has_a_page_and_a_golden_sample() -> None:
    pages = {p.stem for p in GOLDEN.parent.glob("*.md")}
    for fmt in writable():
        assert fmt in pages, f"exports/{fmt}.md is missing"
        assert (GOLDEN / fmt / "manifest.json").is_file(), f"exports/samples/{fmt} is missing"

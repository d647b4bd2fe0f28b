"""The sample project: the articles in resources/samples with a few pre-made annotations.

Use `build_sample_project` for `annotator demo` and for the GUI's first run, so the app opens
onto something real.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from annotator.core.project import Project, ProjectError
from annotator.core.schema import resources_dir

SAMPLE_LAYER = "sample"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def default_sample_path() -> Path:
    """Where `annotator demo` puts the sample project when no path is given."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "annotator" / "sample.annot"


def locate(text: str, snippet: str) -> tuple[int, int]:
    """Offsets of the [bracketed] part of `snippet` at its first occurrence in `text`."""
    open_at, close_at = snippet.index("["), snippet.index("]")
    plain = snippet.replace("[", "", 1).replace("]", "", 1)
    where = text.find(plain)
    if where < 0:
        raise ProjectError(f"sample annotation snippet {snippet!r} is not in its article")
    return where + open_at, where + close_at - 1


def build_sample_project(path: Path) -> Project:
    """Create the sample project at `path` (which must not exist) and return it open."""
    path.parent.mkdir(parents=True, exist_ok=True)
    project = Project.create(path)
    folder = samples_dir()
    project.import_paths(sorted(folder.glob("*.txt")))
    spec: dict[str, Any] = yaml.safe_load((folder / "annotations.yaml").read_text(encoding="utf-8"))
    layer = spec["layer"]
    project.add_annotator(layer)
    by_file = {project.document(i).source_file: i for i in project.document_ids()}
    for name, items in spec["documents"].items():
        doc_id = by_file[name]
        text = project.document(doc_id).text
        spans = [(*locate(text, snippet), label) for snippet, label in items]
        project.add_entities(layer, doc_id, spans, name="sample annotations")
    return project

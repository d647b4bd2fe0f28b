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
    from annotator.core import importing

    path.parent.mkdir(parents=True, exist_ok=True)
    project = Project.create(path)
    folder = samples_dir()
    spec: dict[str, Any] = yaml.safe_load((folder / "annotations.yaml").read_text(encoding="utf-8"))
    meta: dict[str, dict[str, str]] = spec.get("meta", {})
    for file in sorted(folder.glob("*.txt")):
        for item in importing.read_candidates(file, "txt", None):
            if isinstance(item, importing.Candidate):
                project.add_document(
                    item.text, source_file=file.name, **{**item.fields, **meta.get(file.name, {})}
                )
    layer = spec["layer"]
    project.add_annotator(layer)
    by_file = {project.document(i).source_file: i for i in project.document_ids()}
    for name, items in spec["documents"].items():
        doc_id = by_file[name]
        text = project.document(doc_id).text
        spans = [(*locate(text, snippet), label) for snippet, label in items]
        project.add_entities(layer, doc_id, spans, name="sample annotations")
    stories: dict[str, str] = spec.get("stories", {})
    for name, items in spec.get("events", {}).items():
        _add_sample_events(project, layer, by_file[name], items, stories)
    for name, items in spec.get("stances", {}).items():
        _add_sample_stances(project, layer, by_file[name], items)
    _add_second_annotator(project, layer, spec.get("second_annotator") or {}, by_file)
    return project


def _add_second_annotator(
    project: Project, first: str, spec: dict[str, Any], by_file: dict[str, int]
) -> None:
    """A second annotator's entities: the first layer's, with the edits the spec lists (relabel,
    resize, drop), so the Team menu's agreement and review have real disagreements to show."""
    if not spec:
        return
    layer = spec["layer"]
    project.add_annotator(layer)
    for name, edits in spec["documents"].items():
        doc_id = by_file[name]
        text = project.document(doc_id).text
        relabel = {locate(text, snippet): label for snippet, label in (edits.get("relabel") or {}).items()}
        resize = {locate(text, old): locate(text, new) for old, new in (edits.get("resize") or {}).items()}
        drop = {locate(text, snippet) for snippet in edits.get("drop") or []}
        spans = [
            (*resize.get(e.span, e.span), relabel.get(e.span, e.label))
            for e in project.entities(doc_id, first)
            if e.span not in drop
        ]
        project.add_entities(layer, doc_id, spans, name="sample annotations")


def _entity_at(project: Project, layer: str, doc_id: int, snippet: str) -> int:
    span = locate(project.document(doc_id).text, snippet)
    for entity in project.entities(doc_id, layer):
        if entity.span == span:
            return entity.id
    raise ProjectError(f"sample snippet {snippet!r} is not an entity of its article")


def _add_sample_events(
    project: Project, layer: str, doc_id: int, items: list[dict[str, Any]], stories: dict[str, str]
) -> None:
    text = project.document(doc_id).text
    for item in items:
        arguments = [
            (role, _entity_at(project, layer, doc_id, snippet))
            for role, snippets in (item.get("arguments") or {}).items()
            for snippet in snippets
        ]
        start, end = locate(text, item["trigger"])
        event_id = project.add_event(
            layer, doc_id, start, end, item["type"], arguments=arguments
        ).created_ids[0]
        if item.get("story"):
            project.set_event_cluster(layer, [event_id], item["story"], stories.get(item["story"], ""))


def _add_sample_stances(project: Project, layer: str, doc_id: int, items: list[dict[str, Any]]) -> None:
    text = project.document(doc_id).text
    for item in items:
        holder = _entity_at(project, layer, doc_id, item["holder"]) if item.get("holder") else None
        project.add_stance(
            layer,
            doc_id,
            item["polarity"],
            holder_entity_id=holder,
            target=item["target"],
            evidence=[locate(text, snippet) for snippet in item.get("evidence", [])],
        )

"""Glue between a project and the agreement report: which layers, which documents, what they marked.

Plain functions over an open `Project` (read-only: nothing here writes). `collect` builds the
pure inputs of `annotator.core.agreement`; `project_agreement` makes the report from them.

- Annotators: by default every layer with role "annotator" that has annotations (gold and
  reviewers only when named). Fewer than two is refused; so is a name the project does not know.
- A layer takes part in a document when it has any annotation there or a status of in progress
  or done (an annotator who read a document and marked nothing agrees that it has nothing).
- Only documents with at least two taking part are read. Document lengths, token offsets and who
  worked where come from direct read-only SQL (one query each, tokens decoded with numpy);
  the annotations from the project's public read API.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from annotator.core.agreement import AgreementReport, DocumentInput, LayerAnnotations, agreement_report
from annotator.core.model import GOLD_LAYER
from annotator.core.project_base import ProjectError

if TYPE_CHECKING:
    from annotator.core.project import Project

_WORK = """
    SELECT DISTINCT doc_id, layer_id FROM entities
    UNION SELECT DISTINCT doc_id, layer_id FROM events
    UNION SELECT DISTINCT doc_id, layer_id FROM stances
"""
_BATCH = 500  # documents per IN (...) query
_STARTED = "SELECT doc_id, layer_id FROM doc_status WHERE status IN ('in_progress', 'done')"


def _layers_with_annotations(project: Project) -> list[str]:
    rows = project._conn.execute(f"SELECT DISTINCT layer_id FROM ({_WORK})").fetchall()
    with_work = {row[0] for row in rows}
    ids = dict(project._conn.execute("SELECT name, id FROM layers").fetchall())
    return [name for name, _role in project.layers() if ids[name] in with_work]


def choose_annotators(project: Project, annotators: Sequence[str] | None = None) -> list[str]:
    """The layers to compare: the given names (checked), or every annotator layer with annotations."""
    working = _layers_with_annotations(project)
    if annotators is None:
        roles = dict(project.layers())
        chosen = [name for name in working if roles[name] == "annotator" and name != GOLD_LAYER]
    else:
        known = [name for name, _role in project.layers()]
        unknown = [name for name in annotators if name not in known]
        if unknown:
            raise ProjectError(
                f"{project.path}: no annotator layer named {', '.join(map(repr, unknown))} "
                f"(the project has {', '.join(known)})"
            )
        twice = sorted({name for name in annotators if list(annotators).count(name) > 1})
        if twice:
            raise ProjectError(f"{project.path}: annotator {', '.join(map(repr, twice))} is named twice")
        chosen = list(annotators)
    if len(chosen) < 2:
        raise ProjectError(
            f"{project.path}: agreement needs at least two annotators; "
            f"layers with work: {', '.join(working) or 'none'}"
        )
    return chosen


def _participants(project: Project, layer_ids: dict[int, str]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for doc_id, layer_id in project._conn.execute(f"{_WORK} UNION {_STARTED}"):
        if layer_id in layer_ids:
            found[doc_id].add(layer_ids[layer_id])
    return found


def _token_offsets(project: Project, doc_ids: Sequence[int]) -> dict[int, npt.NDArray[np.int64]]:
    """Token offsets of the documents as n x 2 arrays, read straight from the stored blobs."""
    offsets: dict[int, npt.NDArray[np.int64]] = {}
    for at in range(0, len(doc_ids), _BATCH):
        batch = list(doc_ids[at : at + _BATCH])
        marks = ", ".join("?" for _ in batch)
        sql = f"SELECT doc_id, tokens FROM document_tokens WHERE doc_id IN ({marks})"
        for doc_id, blob in project._conn.execute(sql, batch):
            offsets[doc_id] = np.frombuffer(blob, dtype="<u4").astype(np.int64).reshape(-1, 2)
    return offsets


def collect(
    project: Project, annotators: Sequence[str] | None = None, doc_ids: Sequence[int] | None = None
) -> list[DocumentInput]:
    """The documents (all, or `doc_ids`) that two or more of the annotators worked on, in id order."""
    names = choose_annotators(project, annotators)
    ids = dict(project._conn.execute("SELECT id, name FROM layers").fetchall())
    layer_ids = {layer_id: name for layer_id, name in ids.items() if name in names}
    documents = {
        row[0]: (row[1], int(row[2]))
        for row in project._conn.execute("SELECT id, title, length(text) FROM documents ORDER BY id")
    }
    if doc_ids is not None:
        missing = [str(d) for d in doc_ids if d not in documents]
        if missing:
            raise ProjectError(f"{project.path}: no document with id {', '.join(missing)}")
    participants = _participants(project, layer_ids)
    chosen = [
        d
        for d in (documents if doc_ids is None else sorted(set(doc_ids)))
        if len(participants.get(d, ())) >= 2
    ]
    tokens = _token_offsets(project, chosen)
    found = []
    for doc_id in chosen:
        layers = {
            name: LayerAnnotations(
                project.entities(doc_id, name), project.events(doc_id, name), project.stances(doc_id, name)
            )
            for name in names
            if name in participants[doc_id]
        }
        title, length = documents[doc_id]
        found.append(DocumentInput(doc_id, title, length, tokens.get(doc_id, np.zeros((0, 2))), layers))
    return found


def project_agreement(
    project: Project, annotators: Sequence[str] | None = None, doc_ids: Sequence[int] | None = None
) -> AgreementReport:
    """The agreement report of the project's annotators (see `annotator.core.agreement.report`)."""
    names = choose_annotators(project, annotators)
    docs = collect(project, names, doc_ids)
    return agreement_report(docs, names, labels=project.schema.label_keys())

"""Exporting a layer of a project in one of the registered formats.

`export` picks the documents (`--docs`), splits them by document with a seed, streams each part
through the format's writer one document at a time, and writes `manifest.json` beside the
files. Everything lands in a temporary folder first and moves into place only when the whole
export succeeded, so a refusal or a crash never leaves half an export behind.

The same project state gives byte-identical files: documents go in id order, annotations in
offset order, ids are numbered in that order, and nothing depends on the clock or the machine.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.formats import get_format
from annotator.core.formats.base import (
    AnnotatedDocument,
    DocArgument,
    DocEntity,
    DocEvent,
    DocStance,
    ExportRefused,
    FormatError,
    Progress,
    WriteContext,
    WriteOptions,
)
from annotator.core.model import GOLD_LAYER
from annotator.core.project_base import ProjectError

if TYPE_CHECKING:
    from annotator.core.project import Project

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
PART_NAMES = {1: ("all",), 2: ("train", "test"), 3: ("train", "dev", "test")}
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$")
_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")


@dataclass(frozen=True, slots=True)
class ExportRequest:
    format: str
    out: Path
    layer: str = GOLD_LAYER
    docs: str = ""
    split: tuple[float, ...] = ()
    seed: int = 0
    options: WriteOptions = field(default_factory=WriteOptions)


@dataclass(slots=True)
class ExportReport:
    format: str
    layer: str
    out: Path
    files: list[Path]
    parts: dict[str, int]
    counts: dict[str, dict[str, int]]
    notes: dict[str, int]

    def summary(self) -> str:
        docs = sum(self.parts.values())
        entities = sum(self.counts.get("entities", {}).values())
        events = sum(self.counts.get("events", {}).values())
        stances = sum(self.counts.get("stances", {}).values())
        split = ", ".join(f"{name} {n}" for name, n in self.parts.items()) if len(self.parts) > 1 else ""
        line = (
            f"exported {docs} documents of layer {self.layer} as {self.format} to {self.out}: "
            f"{entities} entities, {events} events, {stances} stances"
        )
        return line + (f" (split: {split})" if split else "")


# -- choosing documents --------------------------------------------------------------------


def select_documents(project: Project, spec: str) -> list[int]:
    """Document ids matching `spec`, in id order.

    `spec` is empty (every document), ids and ranges ("1,4,7-9"), `source:NAME` (the outlet),
    `file:NAME` (the imported file name), or any other text, matched in titles.
    """
    ids = project.document_ids()
    spec = spec.strip()
    if not spec:
        return ids
    parts = [p for p in spec.split(",") if p.strip()]
    if all(_RANGE.match(p) for p in parts):
        wanted: set[int] = set()
        for part in parts:
            found = _RANGE.match(part)
            assert found is not None
            low = int(found.group(1))
            high = int(found.group(2) or low)
            wanted.update(range(low, high + 1))
        missing = sorted(wanted - set(ids))
        if missing and len(missing) == len(wanted):
            raise ProjectError(
                f"--docs {spec!r}: no document has these ids (ids run 1 to {max(ids, default=0)})"
            )
        return [i for i in ids if i in wanted]
    key, _, value = spec.partition(":")
    column = {"source": "source", "file": "source_file", "title": "title"}.get(key.strip().lower())
    if column is None or not value.strip():
        column, value = "title", spec
    rows = project.db.execute(
        f"SELECT id FROM documents WHERE instr(lower({column}), lower(?)) > 0 ORDER BY id", [value.strip()]
    ).fetchall()
    if not rows:
        raise ProjectError(
            f"--docs {spec!r}: no document's {column.replace('_', ' ')} contains {value.strip()!r}"
        )
    return [int(r[0]) for r in rows]


def split_documents(doc_ids: Sequence[int], ratios: Sequence[float], seed: int) -> dict[str, list[int]]:
    """Split whole documents into parts (train/dev/test) with a seeded shuffle.

    The same ids, ratios and seed always give the same parts; each part keeps id order.
    """
    if not ratios:
        return {"": list(doc_ids)}
    if len(ratios) not in (2, 3) or any(r < 0 for r in ratios) or abs(sum(ratios) - 1.0) > 1e-6:
        raise ProjectError(
            f"--split {','.join(str(r) for r in ratios)}: give two or three fractions that add up to 1 "
            "(train,test or train,dev,test, e.g. 0.8,0.1,0.1)"
        )
    shuffled = sorted(doc_ids)
    random.Random(seed).shuffle(shuffled)
    names = PART_NAMES[len(ratios)]
    parts: dict[str, list[int]] = {}
    start = 0
    cumulative = 0.0
    for index, (name, ratio) in enumerate(zip(names, ratios, strict=True)):
        cumulative += ratio
        end = len(shuffled) if index == len(names) - 1 else round(cumulative * len(shuffled))
        parts[name] = sorted(shuffled[start:end])
        start = end
    return parts


# -- the project's annotations as the formats see them ---------------------------------------


def annotated_document(
    project: Project, doc_id: int, layer: str, used_ids: set[str] | None = None
) -> AnnotatedDocument:
    """One document with `layer`'s annotations, ids numbered in offset order (T1, E1, S1)."""
    doc = project.document(doc_id)
    entities = sorted(project.entities(doc_id, layer), key=lambda e: (e.start, e.end, e.label, e.id))
    entity_ids = {e.id: f"T{n}" for n, e in enumerate(entities, start=1)}
    events = sorted(project.events(doc_id, layer), key=lambda e: (e.start, e.end, e.type, e.id))
    event_ids = {e.id: f"E{n}" for n, e in enumerate(events, start=1)}
    stances = sorted(
        project.stances(doc_id, layer),
        key=lambda s: (
            s.evidence[0].start if s.evidence else -1,
            s.holder_entity_id is not None,
            s.target or "",
            s.polarity,
            s.id,
        ),
    )
    return AnnotatedDocument(
        id=_export_id(doc_id, doc.external_id or Path(doc.source_file).stem, used_ids),
        text=doc.text,
        title=doc.title,
        source=doc.source,
        date=doc.date,
        url=doc.url,
        meta=dict(doc.meta),
        layer=layer,
        entities=[
            DocEntity(entity_ids[e.id], e.start, e.end, e.label, dict(e.attributes), e.kb_id)
            for e in entities
        ],
        events=[
            DocEvent(
                event_ids[e.id],
                e.type,
                e.start,
                e.end,
                [
                    DocArgument(
                        a.role,
                        entity=entity_ids.get(a.entity_id) if a.entity_id is not None else None,
                        event=event_ids.get(a.event_id) if a.event_id is not None else None,
                    )
                    for a in sorted(e.arguments, key=lambda a: (a.role, a.id))
                ],
                dict(e.attributes),
                e.cluster,
            )
            for e in events
        ],
        stances=[
            DocStance(
                f"S{n}",
                s.polarity,
                holder=entity_ids.get(s.holder_entity_id) if s.holder_entity_id is not None else None,
                target=s.target,
                target_entity=entity_ids.get(s.target_entity_id) if s.target_entity_id is not None else None,
                scope=s.scope,
                evidence=[ev.span for ev in sorted(s.evidence, key=lambda ev: (ev.start, ev.end))],
                intensity=s.intensity,
                confidence=s.confidence,
                note=s.note,
            )
            for n, s in enumerate(stances, start=1)
        ],
        tokens=project.tokens(doc_id),
        sentences=project.sentences(doc_id),
    )


def _export_id(doc_id: int, name: str, used: set[str] | None) -> str:
    """The document's own id when it is a safe file name and not taken yet, else doc<N>."""
    candidate = name if name and _SAFE_ID.match(name) else f"doc{doc_id}"
    if used is not None:
        if candidate in used:
            candidate = f"{candidate}-{doc_id}"
        used.add(candidate)
    return candidate


# -- the export itself ----------------------------------------------------------------------


def layer_counts(project: Project, layer: str, doc_ids: Sequence[int]) -> dict[str, int]:
    """Entities, events and stances of `layer` in the documents."""
    row = project.db.execute("SELECT id FROM layers WHERE name = ?", [layer]).fetchone()
    if row is None:
        return {"entities": 0, "events": 0, "stances": 0}
    counts = {}
    wanted = set(doc_ids)
    everything = len(wanted) == project.document_count()
    for table in ("entities", "events", "stances"):
        rows = project.db.execute(
            f"SELECT doc_id, count(*) FROM {table} WHERE layer_id = ? GROUP BY doc_id", [row[0]]
        ).fetchall()
        counts[table] = sum(n for d, n in rows if everything or d in wanted)
    return counts


def _refuse_empty(project: Project, layer: str, doc_ids: Sequence[int]) -> None:
    if not doc_ids:
        raise ProjectError("no documents to export")
    counts = layer_counts(project, layer, doc_ids)
    if any(counts.values()):
        return
    others = []
    for name, _role in project.layers():
        found = layer_counts(project, name, doc_ids)
        if any(found.values()) and name != layer:
            others.append(
                f"{name} ({found['entities']} entities, {found['events']} events, {found['stances']} stances)"
            )
    why = (
        "nothing has been adjudicated into gold yet"
        if layer == GOLD_LAYER
        else f"layer {layer!r} has no annotations in these documents"
    )
    hint = f"; layers with annotations: {', '.join(others)}" if others else "; no layer has annotations there"
    raise ProjectError(f"nothing to export: {why}{hint}")


def export(project: Project, request: ExportRequest, progress: Progress | None = None) -> ExportReport:
    """Write the export described by `request`; ExportRefused or ProjectError say why not."""
    info = get_format(request.format)
    if info.write is None:
        raise FormatError(f"format {info.name!r} can be imported but not exported")
    if info.needs:
        _require_package(info.needs, info.name)
    doc_ids = select_documents(project, request.docs)
    _refuse_empty(project, request.layer, doc_ids)
    parts = split_documents(doc_ids, request.split, request.seed)
    request.out.mkdir(parents=True, exist_ok=True)
    context = WriteContext(
        schema=project.schema,
        options=request.options,
        layer=request.layer,
        cluster_titles=_cluster_titles(project, request.layer),
    )
    if request.layer == GOLD_LAYER:
        undecided = project.open_disagreements(doc_ids)
        if undecided:
            context.count("disagreement units not yet adjudicated (gold may lack their items)", undecided)
    counts: dict[str, Counter[str]] = {"entities": Counter(), "events": Counter(), "stances": Counter()}
    digest = hashlib.sha256(project.schema.to_yaml().encode("utf-8"))
    total = len(doc_ids)
    done = 0
    used_ids: set[str] = set()

    def stream(ids: list[int]) -> Iterator[AnnotatedDocument]:
        nonlocal done
        for doc_id in ids:
            doc = annotated_document(project, doc_id, request.layer, used_ids)
            _count(doc, counts, digest)
            yield doc
            done += 1
            if progress is not None:
                progress(done, total)

    with tempfile.TemporaryDirectory(prefix=".export-", dir=request.out) as tmp:
        staging = Path(tmp)
        written: list[Path] = []
        for part, ids in parts.items():
            written.extend(info.write(stream(ids), staging, part, context))
        manifest = _manifest(
            project, request, info.version, parts, counts, context.notes, digest, staging, written
        )
        (staging / MANIFEST).write_text(manifest, encoding="utf-8", newline="\n")
        final = _move_into_place(staging, request.out, [*written, staging / MANIFEST])
    return ExportReport(
        format=info.name,
        layer=request.layer,
        out=request.out,
        files=final,
        parts={(name or "all"): len(ids) for name, ids in parts.items()},
        counts={kind: dict(sorted(c.items())) for kind, c in counts.items()},
        notes=dict(sorted(context.notes.items())),
    )


def _require_package(package: str, fmt: str) -> None:
    import importlib.util

    if importlib.util.find_spec(package) is None:
        raise FormatError(
            f"format {fmt!r} needs the {package} package: "
            f"pip install 'annotator[{package}]' (or pip install {package})"
        )


def _cluster_titles(project: Project, layer: str) -> dict[str, str]:
    row = project.db.execute("SELECT id FROM layers WHERE name = ?", [layer]).fetchone()
    if row is None:
        return {}
    rows = project.db.execute(
        "SELECT key, title FROM link_titles WHERE layer_id = ? AND kind = 'event' ORDER BY key", [row[0]]
    ).fetchall()
    return {str(k): str(t) for k, t in rows}


def _count(doc: AnnotatedDocument, counts: dict[str, Counter[str]], digest: Any) -> None:
    counts["entities"].update(e.label for e in doc.entities)
    counts["events"].update(e.type for e in doc.events)
    counts["stances"].update(s.polarity for s in doc.stances)
    digest.update(hashlib.sha256(doc.text.encode("utf-8")).digest())
    digest.update(
        json.dumps(
            [
                [(e.start, e.end, e.label, e.attributes, e.kb_id) for e in doc.entities],
                [
                    (
                        e.start,
                        e.end,
                        e.type,
                        [(a.role, a.entity, a.event) for a in e.arguments],
                        e.attributes,
                        e.cluster,
                    )
                    for e in doc.events
                ],
                [
                    (
                        s.polarity,
                        s.holder,
                        s.target,
                        s.target_entity,
                        s.scope,
                        s.evidence,
                        s.intensity,
                        s.confidence,
                        s.note,
                    )
                    for s in doc.stances
                ],
            ],
            ensure_ascii=False,
            sort_keys=True,
        ).encode("utf-8")
    )


def _tool_version() -> str:
    try:
        return version("annotator")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def _manifest(
    project: Project,
    request: ExportRequest,
    format_version: str,
    parts: dict[str, list[int]],
    counts: dict[str, Counter[str]],
    notes: dict[str, int],
    digest: Any,
    staging: Path,
    written: list[Path],
) -> str:
    files = {}
    for path in sorted(written, key=lambda p: p.relative_to(staging).as_posix()):
        with path.open("rb") as handle:  # in chunks: memory stays flat whatever the export's size
            files[path.relative_to(staging).as_posix()] = hashlib.file_digest(handle, "sha256").hexdigest()
    body = {
        "manifest_version": MANIFEST_VERSION,
        "tool": "annotator",
        "tool_version": _tool_version(),
        "format": request.format,
        "format_version": format_version,
        "layer": request.layer,
        "documents": {"selection": request.docs or "all", "count": sum(len(ids) for ids in parts.values())},
        "split": (
            {
                "ratios": list(request.split),
                "seed": request.seed,
                "parts": {name: {"count": len(ids), "documents": ids} for name, ids in parts.items()},
            }
            if request.split
            else None
        ),
        "options": {
            "scheme": request.options.scheme,
            "nested": request.options.nested,
            "tokens": request.options.tokens,
        },
        "counts": {kind: dict(sorted(c.items())) for kind, c in counts.items()},
        "notes": dict(sorted(notes.items())),
        "inputs_sha256": digest.hexdigest(),
        "schema": project.schema.to_dict(),
        "files": files,
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _move_into_place(staging: Path, out: Path, files: list[Path]) -> list[Path]:
    """Replace the previous export in `out` (the files its manifest lists) with this one."""
    previous = out / MANIFEST
    if previous.is_file():
        try:
            listed = json.loads(previous.read_text(encoding="utf-8")).get("files", {})
        except (ValueError, AttributeError):
            listed = {}
        for name in listed if isinstance(listed, dict) else ():
            old = out / name
            if old.is_file() and old.resolve().is_relative_to(out.resolve()):
                old.unlink()
    final = []
    for path in files:
        target = out / path.relative_to(staging)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir():
            shutil.rmtree(target)
        path.replace(target)
        final.append(target)
    return final


__all__ = [
    "MANIFEST",
    "ExportRefused",
    "ExportReport",
    "ExportRequest",
    "annotated_document",
    "export",
    "layer_counts",
    "select_documents",
    "split_documents",
]

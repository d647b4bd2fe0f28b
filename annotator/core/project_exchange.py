"""Importing annotations from the registered formats into one annotator's layer.

Each file's documents are matched to the project's by content hash (and added when new); each
annotation is checked by the same rules as one made in the GUI (`validation.py`): an item that
breaks a rule is reported by document, item and rule, and the rest still imports. Labels the
schema does not know refuse the whole import, with the list and how to map them.

All the annotations of one import are one operation of the layer: Edit > Undo takes the import
back (the documents it added stay, as with any document import).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core import validation
from annotator.core.formats import get_format
from annotator.core.formats.base import (
    AnnotatedDocument,
    DocEntity,
    DocEvent,
    DocStance,
    FormatError,
    Problem,
    Progress,
    ReadOptions,
    ReadResult,
)
from annotator.core.labelsets import LabelMap, apply_label_map, refusal, unknown_keys
from annotator.core.model import GOLD_LAYER, Changes, Span
from annotator.core.project_base import ProjectError, _Recorder
from annotator.core.project_suggestions import SuggestionsMixin
from annotator.core.schema import Schema
from annotator.core.text.reading import repair_line_endings_mapped


class ImportRefused(ProjectError):
    """The file's labels do not fit the schema; nothing was imported."""


@dataclass(slots=True)
class AnnotationImportReport:
    layer: str
    format: str
    documents_added: int = 0
    documents_matched: int = 0
    imported: Counter[str] = field(default_factory=Counter)
    already_present: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    notes: dict[str, int] = field(default_factory=dict)
    op_id: int | None = None

    def summary(self) -> str:
        docs = self.documents_added + self.documents_matched
        got = ", ".join(f"{self.imported[k]} {k}" for k in ("entities", "events", "arguments", "stances"))
        line = (
            f"{docs} documents ({self.documents_added} new, "
            f"{self.documents_matched} already in the project); into layer {self.layer}: {got}"
        )
        same = sum(self.already_present.values())
        if same:
            line += f"; {same} already in the layer, skipped"
        return line + f"; {len(self.problems)} problems"

    def to_dict(self) -> dict[str, Any]:
        return {
            "layer": self.layer,
            "format": self.format,
            "documents_added": self.documents_added,
            "documents_matched": self.documents_matched,
            "imported": dict(sorted(self.imported.items())),
            "already_present": dict(sorted(self.already_present.items())),
            "notes": dict(sorted(self.notes.items())),
            "problems": [str(p) for p in self.problems],
        }


# -- reading ------------------------------------------------------------------------------


def read_documents(
    paths: Sequence[str | Path], fmt: str, options: ReadOptions
) -> tuple[list[AnnotatedDocument], list[Problem], dict[str, int]]:
    """Every document the format's reader finds in `paths`, the problems, and counted repairs."""
    info = get_format(fmt)
    if info.read is None:
        raise FormatError(f"format {info.name!r} can be exported but not imported")
    documents: list[AnnotatedDocument] = []
    problems: list[Problem] = []
    result = ReadResult()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise FormatError(f"{path}: no such file or folder")
        for item in info.read(path, options, result):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                documents.append(_without_cr(item))
    return documents, problems, result.notes


def _without_cr(doc: AnnotatedDocument) -> AnnotatedDocument:
    """Documents are stored with "\\n" line ends: repair them and move every offset to match."""
    if "\r" not in doc.text:
        return doc
    length = len(doc.text)
    doc.text, moved = repair_line_endings_mapped(doc.text)

    def move(start: int, end: int) -> Span:
        if not (0 <= start <= end <= length):
            return (start, end)  # validation reports it against the original offsets
        return (moved(start), moved(end))

    for entity in doc.entities:
        entity.start, entity.end = move(entity.start, entity.end)
    for event in doc.events:
        event.start, event.end = move(event.start, event.end)
    for stance in doc.stances:
        stance.scope = move(*stance.scope) if stance.scope else None
        stance.evidence = [move(s, e) for s, e in stance.evidence]
    doc.tokens = [move(s, e) for s, e in doc.tokens]
    doc.sentences = [move(s, e) for s, e in doc.sentences]
    return doc


# -- the mixin ----------------------------------------------------------------------------


class ExchangeMixin(SuggestionsMixin):
    def import_annotations(
        self,
        paths: Sequence[str | Path],
        fmt: str,
        layer: str | None = None,
        *,
        label_map: Mapping[str, LabelMap] | None = None,
        options: ReadOptions | None = None,
        progress: Progress | None = None,
    ) -> AnnotationImportReport:
        """Import the documents and annotations in `paths` (files or folders of format `fmt`).

        Annotations go into `layer` (or the layer the file names, as our jsonl does); a new
        annotator layer is made when needed. One undo step takes the annotations back.
        """
        self._require_writable()
        docs, problems, notes = read_documents(paths, fmt, options or ReadOptions())
        shown = ", ".join(str(p) for p in paths)
        counts = apply_label_map(docs, label_map) if label_map else Counter()
        unknown = unknown_keys(self.schema, docs)
        if unknown:
            raise ImportRefused(refusal(shown, unknown))
        has_annotations = any(d.entities or d.events or d.stances for d in docs)
        target = layer or next((d.layer for d in docs if d.layer), "")
        if has_annotations and not target:
            raise ProjectError(f"{shown}: say whose annotations these are with --layer NAME")
        if target == GOLD_LAYER:
            raise ProjectError(
                "the gold layer is written only by adjudication: import into an annotator's layer "
                "(--layer NAME) and adjudicate from there"
            )
        report = AnnotationImportReport(layer=target or "-", format=fmt, problems=problems)
        report.notes = {**notes, **dict(counts)}
        doc_ids = self._documents_for(docs, report, progress)
        if has_annotations:
            plans = [
                _plan(self.schema, doc, doc_id, self._existing(doc_id, target), report)
                for doc, doc_id in zip(docs, doc_ids, strict=True)
            ]
            plans = [p for p in plans if p.has_work()]
            if plans:
                changes = self._store_plans(target, plans, Path(str(paths[0])).name)
                report.op_id = changes.op_id
        return report

    # -- documents

    def _documents_for(
        self, docs: list[AnnotatedDocument], report: AnnotationImportReport, progress: Progress | None
    ) -> list[int]:
        from annotator.core import importing
        from annotator.core.storage import documents as docstore

        ids: list[int] = []
        batch: list[tuple[int, Any]] = []
        for index, doc in enumerate(docs):
            digest = importing.content_hash(doc.text)
            row = self._conn.execute("SELECT id FROM documents WHERE content_hash = ?", (digest,)).fetchone()
            ids.append(int(row[0]) if row else -1)
            if row:
                report.documents_matched += 1
                continue
            fields = {"title": doc.title, "source": doc.source, "date": doc.date, "url": doc.url}
            fields = {k: v for k, v in fields.items() if v}
            fields["external_id"] = doc.id
            candidate = importing.Candidate(doc.text, doc.path, doc.line, fields, dict(doc.meta))
            new = importing.prepare(candidate)
            if doc.tokens:  # token formats: keep the file's tokens, so exports give the same tokens back
                new.tokens = list(doc.tokens)
                new.sentences = list(doc.sentences) or new.sentences
            batch.append((index, new))
            if progress is not None:
                progress(index + 1, len(docs))
        if batch:
            from annotator.core.project_base import _now

            with self._transaction():
                stored = docstore.insert_documents(self._conn, [new for _, new in batch], _now())
                for (index, new), (_, doc_id) in zip(batch, stored, strict=True):
                    if doc_id is None:  # the same text twice in one file
                        row = self._conn.execute(
                            "SELECT id FROM documents WHERE content_hash = ?", (new.content_hash,)
                        ).fetchone()
                        ids[index] = int(row[0])
                        report.documents_matched += 1
                    else:
                        ids[index] = doc_id
                        report.documents_added += 1
            self.checkpoint()
        return ids

    def _existing(self, doc_id: int, layer: str) -> _Existing:
        row = self._conn.execute("SELECT id FROM layers WHERE name = ?", (layer,)).fetchone()
        if row is None:
            return _Existing({}, set(), set())
        stored = self.entities(doc_id, layer)
        entities = {(e.start, e.end, e.label): e.id for e in stored}
        span_of = {e.id: (e.start, e.end, e.label) for e in stored}
        events = {(e.start, e.end, e.type) for e in self.events(doc_id, layer)}
        stances = {
            (
                s.polarity,
                span_of.get(s.holder_entity_id) if s.holder_entity_id is not None else None,
                s.target,
                span_of.get(s.target_entity_id) if s.target_entity_id is not None else None,
                s.scope,
                tuple(sorted(ev.span for ev in s.evidence)),
            )
            for s in self.stances(doc_id, layer)
        }
        return _Existing(entities, events, stances)

    # -- storing

    def _store_plans(self, layer: str, plans: list[_Plan], name: str) -> Changes:
        label_ids = {key: self._label_id(key) for key in self.schema.label_keys()}

        def body(rec: _Recorder, layer_id: int) -> None:
            for plan in plans:
                plan.store(rec, layer_id, label_ids)
                self._touch_status(rec, plan.doc_id, layer_id)

        total = sum(len(p.entities) + len(p.events) + len(p.stances) for p in plans)
        return self._operation(
            layer,
            f"import {total} annotations from {name}",
            [p.doc_id for p in plans],
            body,
            entities=True,
            events=True,
            stances=True,
            statuses=True,
        )


@dataclass(slots=True)
class _Existing:
    entities: dict[tuple[int, int, str], int]
    events: set[tuple[int, int, str]]
    stances: set[tuple[Any, ...]]


@dataclass(slots=True)
class _Plan:
    """The validated items of one document, ready to insert."""

    doc_id: int
    report: AnnotationImportReport
    entities: list[DocEntity] = field(default_factory=list)
    known_entities: dict[str, int] = field(default_factory=dict)  # doc id → existing row id
    events: list[DocEvent] = field(default_factory=list)
    stances: list[DocStance] = field(default_factory=list)

    def has_work(self) -> bool:
        return bool(self.entities or self.events or self.stances)

    def store(self, rec: _Recorder, layer_id: int, label_ids: Mapping[str, int]) -> None:
        entity_rows = dict(self.known_entities)
        for entity in self.entities:
            entity_rows[entity.id] = rec.insert(
                "entities",
                {
                    "doc_id": self.doc_id,
                    "layer_id": layer_id,
                    "start": entity.start,
                    "end": entity.end,
                    "label_id": label_ids[entity.label],
                    "attributes": _encode(entity.attributes),
                    "kb_id": entity.kb_id,
                },
            )
        event_rows: dict[str, int] = {}
        for event in self.events:
            event_rows[event.id] = rec.insert(
                "events",
                {
                    "doc_id": self.doc_id,
                    "layer_id": layer_id,
                    "type": event.type,
                    "start": event.start,
                    "end": event.end,
                    "attributes": _encode(event.attributes),
                    "cluster": event.cluster,
                },
            )
        for event in self.events:
            for argument in event.arguments:
                rec.insert(
                    "event_arguments",
                    {
                        "event_id": event_rows[event.id],
                        "role": argument.role,
                        "entity_id": entity_rows[argument.entity] if argument.entity is not None else None,
                        "arg_event_id": event_rows[argument.event] if argument.event is not None else None,
                    },
                )
        for stance in self.stances:
            stance_id = rec.insert(
                "stances",
                {
                    "doc_id": self.doc_id,
                    "layer_id": layer_id,
                    "holder_entity_id": entity_rows[stance.holder] if stance.holder else None,
                    "target": stance.target,
                    "target_entity_id": entity_rows[stance.target_entity] if stance.target_entity else None,
                    "polarity": stance.polarity,
                    "scope_start": stance.scope[0] if stance.scope else None,
                    "scope_end": stance.scope[1] if stance.scope else None,
                    "intensity": stance.intensity,
                    "confidence": stance.confidence,
                    "note": stance.note,
                },
            )
            for start, end in stance.evidence:
                rec.insert("stance_evidence", {"stance_id": stance_id, "start": start, "end": end})


def _encode(values: Mapping[str, Any]) -> str | None:
    return json.dumps(dict(values), ensure_ascii=False, sort_keys=True) if values else None


def _span_error(length: int, start: Any, end: Any) -> str | None:
    if (
        not isinstance(start, int)
        or not isinstance(end, int)
        or isinstance(start, bool)
        or isinstance(end, bool)
    ):
        return f"offsets must be whole numbers (got {start!r}, {end!r})"
    if not 0 <= start < end <= length:
        return f"span [{start}, {end}) is not inside the text (0 to {length}, start before end)"
    return None


def _plan(
    schema: Schema, doc: AnnotatedDocument, doc_id: int, existing: _Existing, report: AnnotationImportReport
) -> _Plan:
    """Check every item of `doc` by the GUI's rules; the ones that pass go into the plan."""
    plan = _Plan(doc_id, report)
    length = len(doc.text)

    def refuse(item: str, message: str) -> None:
        report.problems.append(Problem(doc.path, doc.line, message, item=item, document=doc.id))

    labels: dict[str, str] = {}
    spans = {e.id: (e.start, e.end, e.label) for e in doc.entities}
    for entity in doc.entities:
        error = _span_error(length, entity.start, entity.end)
        if error:
            refuse(f"entity {entity.id}", error)
            continue
        labels[entity.id] = entity.label
        found = existing.entities.get((entity.start, entity.end, entity.label))
        if found is not None:
            plan.known_entities[entity.id] = found
            report.already_present["entities"] += 1
            continue
        plan.entities.append(entity)
        report.imported["entities"] += 1
    _plan_events(schema, doc, plan, labels, existing, refuse)
    for stance in doc.stances:
        error = _stance_error(schema, stance, labels, length)
        if error:
            refuse(f"stance {stance.id}", error)
            continue
        key = (
            stance.polarity,
            spans.get(stance.holder) if stance.holder is not None else None,
            stance.target,
            spans.get(stance.target_entity) if stance.target_entity is not None else None,
            stance.scope,
            tuple(sorted(stance.evidence)),
        )
        if key in existing.stances:
            report.already_present["stances"] += 1
            continue
        plan.stances.append(stance)
        report.imported["stances"] += 1
    return plan


def _plan_events(
    schema: Schema,
    doc: AnnotatedDocument,
    plan: _Plan,
    labels: Mapping[str, str],
    existing: _Existing,
    refuse: Any,
) -> None:
    valid: dict[str, DocEvent] = {}
    for event in doc.events:
        error = _span_error(len(doc.text), event.start, event.end) or validation.event_type_error(
            schema, event.type
        )
        if error:
            refuse(f"event {event.id}", error)
            continue
        values = {**schema.default_event_attributes(event.type), **event.attributes}
        bad = validation.attribute_errors(schema, event.type, values)
        for message in bad:
            refuse(f"event {event.id}", message + " (attribute left out)")
        event.attributes = {
            k: v for k, v in values.items() if not validation.attribute_errors(schema, event.type, {k: v})
        }
        if (event.start, event.end, event.type) in existing.events:
            report = plan.report
            report.already_present["events"] += 1
            continue
        valid[event.id] = event
    for event in valid.values():
        kept = []
        filled: Counter[str] = Counter()
        for argument in event.arguments:
            item = f"event {event.id} argument {argument.role}"
            if argument.entity is not None:
                filler = labels.get(argument.entity)
                if filler is None:
                    refuse(item, f"entity {argument.entity} is not in the document (or was refused)")
                    continue
                error = validation.argument_error(
                    schema, event.type, argument.role, filler, filled[argument.role]
                )
            elif argument.event is not None:
                other = valid.get(argument.event)
                if other is None or argument.event == event.id:
                    refuse(
                        item, f"event {argument.event} is not another event of the document (or was refused)"
                    )
                    continue
                error = validation.argument_error(
                    schema, event.type, argument.role, other.type, filled[argument.role], is_event=True
                )
            else:
                error = "the argument names no entity or event"
            if error:
                refuse(item, error)
                continue
            filled[argument.role] += 1
            kept.append(argument)
        event.arguments = kept
        plan.events.append(event)
        plan.report.imported["events"] += 1
        plan.report.imported["arguments"] += len(kept)
    _drop_event_cycles(plan, refuse)


def _drop_event_cycles(plan: _Plan, refuse: Any) -> None:
    """An event may not be, through its event arguments, an argument of itself."""
    by_id = {e.id: e for e in plan.events}
    for event in plan.events:
        for argument in list(event.arguments):
            if argument.event is None:
                continue
            seen, stack = set(), [argument.event]
            while stack:
                current = stack.pop()
                if current == event.id:
                    refuse(
                        f"event {event.id} argument {argument.role}",
                        "the events would be arguments of each other",
                    )
                    event.arguments.remove(argument)
                    plan.report.imported["arguments"] -= 1
                    break
                if current in seen or current not in by_id:
                    continue
                seen.add(current)
                stack.extend(a.event for a in by_id[current].arguments if a.event is not None)


def _stance_error(schema: Schema, stance: DocStance, labels: Mapping[str, str], length: int) -> str | None:
    if stance.holder is not None and stance.holder not in labels:
        return f"holder {stance.holder} is not an entity of the document (or was refused)"
    if stance.target_entity is not None and stance.target_entity not in labels:
        return f"target {stance.target_entity} is not an entity of the document (or was refused)"
    error = validation.stance_error(
        schema, stance.polarity, stance.target, 0 if stance.target_entity else None
    )
    if error:
        return error
    for start, end in [*stance.evidence, *([stance.scope] if stance.scope else [])]:
        error = _span_error(length, start, end)
        if error:
            return error
    if stance.intensity is not None and stance.intensity not in (1, 2, 3):
        return f"intensity must be 1, 2 or 3, not {stance.intensity!r}"
    if stance.confidence is not None and not 0 <= stance.confidence <= 1:
        return f"confidence must be between 0 and 1, not {stance.confidence!r}"
    return None

"""Merging annotators' copies back: choosing layers and documents, and replacing one layer.

Use `teams.merge`; this module is its body. For each copy (read untrusted through teams_copy.py,
its rows checked by teams_checks.py):

1. Which layer: the copy's `assigned_to`; without one, every non-gold layer of the copy with
   annotations (each reported). The copy's gold layer is never merged.
2. Which documents: every document of an assigned copy; in a copy assigned to nobody, those where
   the layer has annotations or a status. Each must hash to its recorded content hash and that
   hash must be a document of the project; otherwise the document is refused and named.
3. The layer's content in each document becomes exactly the copy's valid items: items equal in
   both stay as they are (same ids, so anything pointing at them still does), the others are
   removed or added; a document whose content is equal is not touched. All changes of one
   copy's layer are one undoable operation, so merging the same (or an equal) copy again
   changes nothing and records nothing. Nothing outside that layer is written.

Link titles of the layer are set from the copy (added or retitled), never removed: a copy of
some documents cannot tell a title nobody uses from one used elsewhere.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from annotator.core.model import GOLD_LAYER
from annotator.core.project_base import _now, _Recorder
from annotator.core.project_entities import ENTITY_COLUMNS
from annotator.core.project_events import ARGUMENT_COLUMNS, EVENT_COLUMNS
from annotator.core.project_stances import EVIDENCE_COLUMNS, STANCE_COLUMNS
from annotator.core.storage.connection import ProjectFileError
from annotator.core.storage.oplog import Row
from annotator.core.teams import META_ASSIGNED_TO, CopyMerge, MergeReport
from annotator.core.teams_checks import Valid, attributes_of, encode, validate_document
from annotator.core.teams_copy import CopyFile, open_copy, read_documents, read_layer_rows

if TYPE_CHECKING:
    from annotator.core.project import Project

_R = TypeVar("_R")
Ref = tuple[str, int]
"""An item the merged layer will hold: ("old", project row id) kept, or ("new", copy row id) added."""


def merge_copies(project: Project, copies: Sequence[Path]) -> MergeReport:
    """`teams.merge`: every copy in turn; a copy refused as a whole does not stop the others."""
    project._require_writable()
    _ = project.schema  # loads the label ids
    report = MergeReport()
    for path in copies:
        report.entries.extend(_merge_copy(project, Path(path)))
    return report


def _merge_copy(project: Project, path: Path) -> list[CopyMerge]:
    try:
        if path.exists() and path.resolve() == project.path.resolve():
            raise ProjectFileError(f"{path}: is this project itself, not a copy of it")
        with open_copy(path) as copy:
            plans = _plan_copy(project, copy)
    except ProjectFileError as exc:
        return [CopyMerge(path.name, error=str(exc))]
    for plan in plans:
        _apply(project, path, plan)
    return [plan.entry for plan in plans]


@dataclass(slots=True)
class _Plan:
    """One layer of one copy: its report entry, the changes per document and the link titles."""

    entry: CopyMerge
    layer: str
    role: str
    changes: list[_DocChange] = field(default_factory=list)
    titles: list[tuple[Row | None, Row]] = field(default_factory=list)


def _plan_copy(project: Project, copy: CopyFile) -> list[_Plan]:
    name = copy.path.name
    layers = [
        (int(i), str(n), str(r))
        for i, n, r in copy.rows("SELECT id, name, role FROM main.layers ORDER BY id")
        if isinstance(i, int) and isinstance(n, str) and n.strip()
    ]
    counts: Counter[Any] = Counter()
    for table in ("entities", "events", "stances"):
        counts.update(dict(copy.rows(f"SELECT layer_id, count(*) FROM main.{table} GROUP BY layer_id")))
    notes = list(copy.notes)
    if any(counts[i] for i, n, _ in layers if n == GOLD_LAYER):
        notes.append("the copy's gold layer is not merged (gold is written only by adjudication)")
    assigned = copy.meta().get(META_ASSIGNED_TO, "").strip()
    if assigned == GOLD_LAYER:
        raise ProjectFileError(
            f"{copy.path}: is assigned to {GOLD_LAYER!r}, which is written only by adjudication"
        )
    if assigned:
        chosen = [next(((i, n, r) for i, n, r in layers if n == assigned), (-1, assigned, "annotator"))]
    else:
        chosen = [(i, n, r) for i, n, r in layers if n != GOLD_LAYER and counts[i]]
        if not chosen:
            raise ProjectFileError(f"{copy.path}: names no annotator and holds no annotator's annotations")
        notes.append("the copy names no annotator: merging each layer with annotations, on its documents")
    labels = {i: k for i, k in copy.rows("SELECT id, key FROM main.labels") if isinstance(k, str)}
    docs = read_documents(project, copy)
    plans = []
    for layer_id, layer, role in chosen:
        entry = CopyMerge(name, layer, notes=list(notes))
        rows = read_layer_rows(copy, layer_id)
        wanted = sorted(docs) if assigned else sorted(rows.documents() & set(docs))
        plan = _Plan(entry, layer, role if role in ("annotator", "reviewer") else "annotator")
        for copy_doc in wanted:
            doc = docs[copy_doc]
            if doc.problem is not None or doc.project_id is None:
                entry.refused.append(f"{name}: {doc.shown} {doc.problem}")
                entry.documents_refused += 1
                continue
            valid = validate_document(project.schema, doc, rows, labels, _refuser(entry, name, doc.shown))
            change = _diff(project, layer, doc.project_id, valid)
            if change.empty():
                entry.documents_unchanged += 1
            else:
                plan.changes.append(change)
        plan.titles = _titles(project, copy, layer_id, layer, refuse=entry.refused.append)
        plans.append(plan)
    return plans


def _refuser(entry: CopyMerge, name: str, shown: str) -> Callable[[str, str], None]:
    def refuse(item: str, reason: str) -> None:
        entry.refused.append(f"{name}: {shown}: {item}: {reason}")

    return refuse


def _titles(
    project: Project, copy: CopyFile, copy_layer: int, layer: str, refuse: Callable[[str], None]
) -> list[tuple[Row | None, Row]]:
    """Link titles of the copy's layer that the project's layer lacks or names differently."""
    layer_id = project._layer_id_or_none(layer)
    current = {}
    if layer_id is not None:
        current = {
            (k, key): t
            for k, key, t in project._conn.execute(
                "SELECT kind, key, title FROM link_titles WHERE layer_id = ?", (layer_id,)
            )
        }
    out: list[tuple[Row | None, Row]] = []
    for kind, key, title in copy.rows(
        "SELECT kind, key, title FROM main.link_titles WHERE layer_id = ?", [copy_layer]
    ):
        if (
            kind not in ("event", "entity")
            or not isinstance(key, str)
            or not isinstance(title, str)
            or not key
        ):
            refuse(f"{copy.path.name}: link title {key!r}: not a valid title row (left out)")
            continue
        after: Row = {"layer_id": -1, "kind": kind, "key": key, "title": title.strip()}
        before = current.get((kind, key))
        if before != after["title"]:
            out.append((None if before is None else {**after, "title": before}, after))
    return out


# -- comparing with the project, and replacing -------------------------------------------------


@dataclass(slots=True)
class _DocChange:
    """What replacing the layer's content of one document with the copy's valid items takes."""

    doc_id: int
    new_entities: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)
    new_events: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)
    new_arguments: list[tuple[Ref, str, Ref | None, Ref | None]] = field(default_factory=list)
    new_stances: list[tuple[Ref | None, str | None, Ref | None, tuple[Any, ...]]] = field(
        default_factory=list
    )
    gone_arguments: list[Row] = field(default_factory=list)
    gone_stances: list[tuple[Row, list[Row]]] = field(default_factory=list)
    gone_events: list[Row] = field(default_factory=list)
    gone_entities: list[Row] = field(default_factory=list)
    status: tuple[Row | None, tuple[str, float] | None] | None = None  # (before, after) when it changes

    def empty(self) -> bool:
        return not (
            self.new_entities or self.new_events or self.new_arguments or self.new_stances
            or self.gone_arguments or self.gone_stances or self.gone_events or self.gone_entities
            or self.status
        )  # fmt: skip


def _select(
    project: Project, table: str, columns: Sequence[str], where: str, params: Sequence[Any]
) -> list[tuple[Any, ...]]:
    """The project's rows, as tuples in `columns` order (the id first); `_as_row` makes the few
    that are removed into the dicts the operation log keeps."""
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f"SELECT {names} FROM {table} WHERE {where} ORDER BY id"
    return project._conn.execute(sql, list(params)).fetchall()


def _as_rows(columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> list[Row]:
    return [dict(zip(columns, r, strict=True)) for r in rows]


def _match(
    theirs: Sequence[tuple[int, tuple[Any, ...]]],
    ours: Sequence[tuple[Any, ...]],
    key: Callable[[tuple[Any, ...]], tuple[Any, ...]],
) -> tuple[dict[int, Ref], list[tuple[int, tuple[Any, ...]]], list[tuple[Any, ...]]]:
    """Pair the copy's items with equal project rows: (copy id -> ref, items to add, rows to remove)."""
    pool: defaultdict[tuple[Any, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for row in ours:
        pool[key(row)].append(row)
    refs: dict[int, Ref] = {}
    new = []
    for cid, item in theirs:
        found = pool.get(item)
        if found:
            refs[cid] = ("old", int(found.pop(0)[0]))
        else:
            refs[cid] = ("new", cid)
            new.append((cid, item))
    return refs, new, [row for rows in pool.values() for row in rows]


def _old(value: Any) -> Ref | None:
    return None if value is None else ("old", int(value))


def _stored_attributes(raw: Any) -> str | None:
    return None if raw is None else encode(attributes_of(raw) or {})


def _in(column: str, ids: Sequence[int]) -> str:
    return f"{column} IN ({', '.join('?' * len(ids))})"


def _diff(project: Project, layer: str, doc_id: int, valid: Valid) -> _DocChange:
    """Compare the copy's valid items of a document with the project's layer there."""
    change = _DocChange(doc_id)
    layer_id = project._layer_id_or_none(layer)
    where, params = "doc_id = ? AND layer_id = ?", (doc_id, -1 if layer_id is None else layer_id)
    labels = project._label_keys
    # id, doc_id, layer_id, start, end, label_id, attributes, kb_id
    entities = _select(project, "entities", ENTITY_COLUMNS, where, params)
    entity_refs, change.new_entities, gone = _match(
        valid.entities,
        entities,
        lambda r: (r[3], r[4], labels.get(r[5], "?"), _stored_attributes(r[6]), r[7]),
    )
    change.gone_entities = _as_rows(ENTITY_COLUMNS, gone)
    # id, doc_id, layer_id, type, start, end, attributes, cluster
    events = _select(project, "events", EVENT_COLUMNS, where, params)
    event_refs, change.new_events, gone = _match(
        valid.events, events, lambda r: (r[3], r[4], r[5], _stored_attributes(r[6]), r[7])
    )
    change.gone_events = _as_rows(EVENT_COLUMNS, gone)
    event_ids = [r[0] for r in events] or [-1]
    # id, event_id, role, entity_id, arg_event_id
    arguments = _select(project, "event_arguments", ARGUMENT_COLUMNS, _in("event_id", event_ids), event_ids)
    wanted_arguments = [
        (
            event_refs[e],
            role,
            entity_refs[n] if n is not None else None,
            event_refs[a] if a is not None else None,
        )
        for e, role, n, a in valid.arguments
    ]
    change.new_arguments, gone = _match_rows(
        wanted_arguments, arguments, lambda r: (("old", r[1]), r[2], _old(r[3]), _old(r[4]))
    )
    change.gone_arguments = _as_rows(ARGUMENT_COLUMNS, gone)
    stances = _as_rows(STANCE_COLUMNS, _select(project, "stances", STANCE_COLUMNS, where, params))
    stance_ids = [r["id"] for r in stances] or [-1]
    evidence: defaultdict[int, list[Row]] = defaultdict(list)
    for row in _as_rows(
        EVIDENCE_COLUMNS,
        _select(project, "stance_evidence", EVIDENCE_COLUMNS, _in("stance_id", stance_ids), stance_ids),
    ):
        evidence[row["stance_id"]].append(row)

    def stance_key(r: Row) -> tuple[Any, ...]:
        scope = None if r["scope_start"] is None else (r["scope_start"], r["scope_end"])
        confidence = None if r["confidence"] is None else float(r["confidence"])
        spans = tuple(sorted((e["start"], e["end"]) for e in evidence[r["id"]]))
        rest = (r["polarity"], scope, r["intensity"], confidence, r["note"], spans)
        return (_old(r["holder_entity_id"]), r["target"], _old(r["target_entity_id"]), rest)

    wanted_stances = [
        (entity_refs[h] if h is not None else None, t, entity_refs[te] if te is not None else None, rest)
        for h, t, te, rest in valid.stances
    ]
    change.new_stances, gone_stances = _match_rows(wanted_stances, stances, stance_key)
    change.gone_stances = [(row, evidence[row["id"]]) for row in gone_stances]
    if valid.status_valid:
        before = project._status_row(doc_id, layer_id) if layer_id is not None else None
        current = None if before is None else (before["status"], float(before["seconds"]))
        if current != valid.status:
            change.status = (before, valid.status)
    return change


def _match_rows(
    wanted: Sequence[Any], ours: Sequence[_R], key: Callable[[_R], Any]
) -> tuple[list[Any], list[_R]]:
    """Items of `wanted` no project row equals, and project rows no wanted item equals."""
    pool: defaultdict[Any, list[_R]] = defaultdict(list)
    for row in ours:
        pool[key(row)].append(row)
    new = []
    for item in wanted:
        if pool[item]:
            pool[item].pop()
        else:
            new.append(item)
    return new, [row for rows in pool.values() for row in rows]


def _apply(project: Project, path: Path, plan: _Plan) -> None:
    """Store one plan as one operation of its layer; nothing when nothing changed."""
    entry = plan.entry
    for change in plan.changes:
        entry.added.update(
            entities=len(change.new_entities),
            events=len(change.new_events),
            arguments=len(change.new_arguments),
            stances=len(change.new_stances),
        )
        entry.removed.update(
            entities=len(change.gone_entities),
            events=len(change.gone_events),
            arguments=len(change.gone_arguments),
            stances=len(change.gone_stances),
        )
    entry.documents_merged = len(plan.changes)
    if plan.titles:
        entry.notes.append(f"{len(plan.titles)} link title(s) set from the copy")
    if not plan.changes and not plan.titles:
        return
    if project._layer_id_or_none(plan.layer) is None and plan.role == "reviewer":
        project.add_annotator(plan.layer, "reviewer")
    label_ids = {key: project._label_id(key) for key in project.schema.label_keys()}

    def body(rec: _Recorder, layer_id: int) -> None:
        for change in plan.changes:
            _store(rec, layer_id, change, label_ids)
        for before, after in plan.titles:
            after = {**after, "layer_id": layer_id}
            if before is None:
                rec.insert("link_titles", after)
            else:
                rec.update("link_titles", {**before, "layer_id": layer_id}, after)

    project._started.clear()  # statuses change under the cache
    changes = project._operation(
        plan.layer,
        f"merge copy {path.name}",
        [c.doc_id for c in plan.changes],
        body,
        entities=True,
        events=True,
        stances=True,
        statuses=True,
    )
    entry.op_id = changes.op_id


def _store(rec: _Recorder, layer_id: int, change: _DocChange, label_ids: dict[str, int]) -> None:
    """Add the new rows and remove the gone ones (arguments and evidence before their parents)."""
    doc_id = change.doc_id
    new_ids: dict[Ref, int] = {}
    for cid, (start, end, label, attributes, kb_id) in change.new_entities:
        row = {"doc_id": doc_id, "layer_id": layer_id, "start": start, "end": end}
        row.update(label_id=label_ids[label], attributes=attributes, kb_id=kb_id)
        new_ids[("entity", cid)] = rec.insert("entities", row)
    for cid, (event_type, start, end, attributes, cluster) in change.new_events:
        row = {"doc_id": doc_id, "layer_id": layer_id, "type": event_type, "start": start, "end": end}
        row.update(attributes=attributes, cluster=cluster)
        new_ids[("event", cid)] = rec.insert("events", row)

    def entity(ref: Ref | None) -> int | None:
        return None if ref is None else ref[1] if ref[0] == "old" else new_ids[("entity", ref[1])]

    def event(ref: Ref | None) -> int | None:
        return None if ref is None else ref[1] if ref[0] == "old" else new_ids[("event", ref[1])]

    for row in change.gone_arguments:
        rec.delete("event_arguments", row)
    for row, evidence in change.gone_stances:
        for span in evidence:
            rec.delete("stance_evidence", span)
        rec.delete("stances", row)
    for row in change.gone_events:
        rec.delete("events", row)
    for row in change.gone_entities:
        rec.delete("entities", row)
    for event_ref, role, entity_ref, arg_event_ref in change.new_arguments:
        rec.insert(
            "event_arguments",
            {
                "event_id": event(event_ref),
                "role": role,
                "entity_id": entity(entity_ref),
                "arg_event_id": event(arg_event_ref),
            },
        )
    for holder, target, target_entity, (
        polarity,
        scope,
        intensity,
        confidence,
        note,
        spans,
    ) in change.new_stances:
        stance_id = rec.insert(
            "stances",
            {
                "doc_id": doc_id,
                "layer_id": layer_id,
                "holder_entity_id": entity(holder),
                "target": target,
                "target_entity_id": entity(target_entity),
                "polarity": polarity,
                "scope_start": scope[0] if scope else None,
                "scope_end": scope[1] if scope else None,
                "intensity": intensity,
                "confidence": confidence,
                "note": note,
            },
        )
        for start, end in spans:
            rec.insert("stance_evidence", {"stance_id": stance_id, "start": start, "end": end})
    if change.status is not None:
        _store_status(rec, layer_id, doc_id, *change.status)


def _store_status(
    rec: _Recorder, layer_id: int, doc_id: int, before: Row | None, after: tuple[str, float] | None
) -> None:
    if after is None:
        if before is not None:
            rec.delete("doc_status", before)
        return
    row = {
        "doc_id": doc_id,
        "layer_id": layer_id,
        "status": after[0],
        "seconds": after[1],
        "updated_at": _now(),
    }
    if before is None:
        rec.insert("doc_status", row)
    else:
        rec.update("doc_status", before, row)

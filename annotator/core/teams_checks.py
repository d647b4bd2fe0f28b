"""Validating a copy's rows of one document before they join the project, for `teams.merge`.

Every value comes from an untrusted file, so each is checked for its type as well as by the
rules every way in uses (`validation.py`; offsets inside the text, labels, event types, roles
and attributes in the PROJECT's schema, stance polarity and target). A refused item is reported
through `refuse(item, reason)`, and so is each item that depends on it (an argument filled by a
refused entity, a stance whose holder was refused). A bad attribute is left out of an item that
is otherwise kept, and said so.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotator.core import validation
from annotator.core.model import DocStatus
from annotator.core.project_exchange import _span_error
from annotator.core.teams_copy import CopyDocument, LayerRows

if TYPE_CHECKING:
    from annotator.core.schema import Schema

Refuse = Callable[[str, str], None]
STATUSES = frozenset(str(s) for s in DocStatus)


@dataclass(slots=True)
class Valid:
    """The copy's valid items of one document: keys to compare, copy ids to resolve references."""

    entities: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)
    events: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)
    arguments: list[tuple[int, str, int | None, int | None]] = field(default_factory=list)
    stances: list[tuple[int | None, str | None, int | None, tuple[Any, ...]]] = field(default_factory=list)
    status: tuple[str, float] | None = None
    status_valid: bool = True


def attributes_of(raw: Any) -> dict[str, Any] | None:
    """A stored attributes value as a dict; None when it is not a JSON object."""
    if raw is None or raw == "":
        return {}
    try:
        value = json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def encode(values: dict[str, Any]) -> str | None:
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else None


def validate_document(
    schema: Schema, doc: CopyDocument, rows: LayerRows, labels: dict[Any, str], refuse: Refuse
) -> Valid:
    valid = Valid()
    entity_labels = _valid_entities(schema, doc, rows, labels, refuse, valid)
    event_types = _valid_events(schema, doc, rows, refuse, valid)
    _valid_arguments(schema, doc, rows, entity_labels, event_types, refuse, valid)
    for sid, _, holder, target, target_entity, polarity, s0, s1, intensity, confidence, note in rows.stances[
        doc.copy_id
    ]:
        error = _stance_error(schema, entity_labels, holder, target, target_entity, polarity)
        scope = None if s0 is None and s1 is None else (s0, s1)
        evidence = tuple((s, e) for _, s, e in rows.evidence[sid])
        for start, end in ([scope] if scope else []) + list(evidence):
            error = error or _span_error(doc.length, start, end)
        if intensity is not None and intensity not in (1, 2, 3):
            error = error or f"intensity must be 1, 2 or 3, not {intensity!r}"
        if confidence is not None and not (
            isinstance(confidence, (int, float)) and not isinstance(confidence, bool) and 0 <= confidence <= 1
        ):
            error = error or f"confidence must be between 0 and 1, not {confidence!r}"
        if note is not None and not isinstance(note, str):
            error = error or "its note is not text"
        if error:
            refuse(f"stance {sid}", error)
            continue
        rest = (polarity, scope, intensity, None if confidence is None else float(confidence), note or "")
        valid.stances.append((holder, target, target_entity, (*rest, tuple(sorted(evidence)))))
    status = rows.status.get(doc.copy_id)
    if status is not None:
        state, seconds = status
        ok_seconds = (
            isinstance(seconds, (int, float)) and not isinstance(seconds, bool) and math.isfinite(seconds)
        )
        if state in STATUSES and ok_seconds and seconds >= 0:
            valid.status = (str(state), float(seconds))
        else:
            refuse("status", f"{state!r} with {seconds!r} seconds is not a valid status (the project's kept)")
            valid.status_valid = False
    return valid


def _span_ok(length: int, start: Any, end: Any) -> bool:
    """The common case, checked fast: whole numbers inside the text (`_span_error` says why not)."""
    return type(start) is int and type(end) is int and 0 <= start < end <= length


def _valid_entities(
    schema: Schema, doc: CopyDocument, rows: LayerRows, labels: dict[Any, str], refuse: Refuse, valid: Valid
) -> dict[int, str]:
    allowed = {a.key: a.values for a in schema.entity_attributes}
    known = frozenset(schema.label_keys())
    accepted: dict[int, str] = {}
    for cid, _, start, end, label_id, raw, kb_id in rows.entities[doc.copy_id]:
        label = labels.get(label_id, "?")
        if not (_span_ok(doc.length, start, end) and label in known):
            error = _span_error(doc.length, start, end) or (
                f"label {label!r} is not in this project's schema (known: {', '.join(schema.label_keys())})"
            )
            refuse(f"entity {cid} [{start}, {end}) {label}", error)
            continue
        encoded = None
        if raw is not None:
            attributes = attributes_of(raw)
            if attributes is None:
                refuse(
                    f"entity {cid} [{start}, {end}) {label}",
                    "its attributes are not a JSON object (left out)",
                )
                attributes = {}
            for key, value in list(attributes.items()):
                if key not in allowed or value not in allowed[key]:
                    refuse(
                        f"entity {cid} [{start}, {end}) {label}",
                        f"attribute {key}={value!r} is not in the schema (left out)",
                    )
                    del attributes[key]
            encoded = encode(attributes)
        if kb_id is not None and not isinstance(kb_id, str):
            refuse(f"entity {cid} [{start}, {end}) {label}", "its entity id is not text (left out)")
            kb_id = None
        accepted[cid] = label
        valid.entities.append((cid, (start, end, label, encoded, kb_id)))
    return accepted


def _valid_events(
    schema: Schema, doc: CopyDocument, rows: LayerRows, refuse: Refuse, valid: Valid
) -> dict[int, str]:
    accepted: dict[int, str] = {}
    for cid, _, event_type, start, end, raw, cluster in rows.events[doc.copy_id]:
        item = f"event {cid} {event_type} [{start}, {end})"
        error = _span_error(doc.length, start, end)
        if error is None:
            error = (
                validation.event_type_error(schema, event_type)
                if isinstance(event_type, str)
                else "its type is not text"
            )
        if error:
            refuse(item, error)
            continue
        attributes = attributes_of(raw)
        if attributes is None:
            refuse(item, "its attributes are not a JSON object (left out)")
            attributes = {}
        for key, value in list(attributes.items()):
            for message in validation.attribute_errors(schema, event_type, {key: value}):
                refuse(item, message + " (attribute left out)")
                del attributes[key]
        if cluster is not None and not isinstance(cluster, str):
            refuse(item, "its story is not text (left out)")
            cluster = None
        accepted[cid] = event_type
        valid.events.append((cid, (event_type, start, end, encode(attributes), cluster)))
    return accepted


def _valid_arguments(
    schema: Schema,
    doc: CopyDocument,
    rows: LayerRows,
    entity_labels: dict[int, str],
    event_types: dict[int, str],
    refuse: Refuse,
    valid: Valid,
) -> None:
    filled: Counter[tuple[int, str]] = Counter()
    for aid, _, event_id, role, entity_id, arg_event_id in rows.arguments[doc.copy_id]:
        item = f"argument {aid} ({role}) of event {event_id}"
        event_type = event_types.get(event_id)
        error: str | None = None
        if event_type is None:
            error = f"event {event_id} was refused"
        elif not isinstance(role, str):
            error = "its role is not text"
        elif entity_id is not None and arg_event_id is None:
            filler = entity_labels.get(entity_id)
            if filler is None:
                error = f"entity {entity_id} was refused or is not in this document"
            else:
                error = validation.argument_error(schema, event_type, role, filler, filled[(event_id, role)])
        elif arg_event_id is not None and entity_id is None:
            other = event_types.get(arg_event_id)
            if other is None or arg_event_id == event_id:
                error = f"event {arg_event_id} was refused or is not another event of this document"
            else:
                error = validation.argument_error(
                    schema, event_type, role, other, filled[(event_id, role)], is_event=True
                )
        else:
            error = "it names no entity or event, or both"
        if error:
            refuse(item, error)
            continue
        filled[(event_id, role)] += 1
        valid.arguments.append((event_id, role, entity_id, arg_event_id))
    _drop_cycles(valid, refuse)


def _drop_cycles(valid: Valid, refuse: Refuse) -> None:
    """An event may not be, through event arguments, an argument of itself."""
    edges: defaultdict[int, set[int]] = defaultdict(set)
    for event_id, _, _, arg_event in valid.arguments:
        if arg_event is not None:
            edges[event_id].add(arg_event)
    kept = []
    for argument in valid.arguments:
        event_id, role, _, arg_event = argument
        if arg_event is not None and _reaches(edges, arg_event, event_id):
            refuse(f"argument ({role}) of event {event_id}", "the events would be arguments of each other")
            edges[event_id].discard(arg_event)
            continue
        kept.append(argument)
    valid.arguments = kept


def _reaches(edges: dict[int, set[int]], start: int, goal: int) -> bool:
    seen, stack = set(), [start]
    while stack:
        current = stack.pop()
        if current == goal:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(edges.get(current, ()))
    return False


def _stance_error(
    schema: Schema, entity_labels: dict[int, str], holder: Any, target: Any, target_entity: Any, polarity: Any
) -> str | None:
    if holder is not None and holder not in entity_labels:
        return f"its holder, entity {holder}, was refused or is not in this document"
    if target_entity is not None and target_entity not in entity_labels:
        return f"its target, entity {target_entity}, was refused or is not in this document"
    if not isinstance(polarity, str) or (target is not None and not isinstance(target, str)):
        return "its polarity or target is not text"
    return validation.stance_error(schema, polarity, target, 0 if target_entity is not None else None)

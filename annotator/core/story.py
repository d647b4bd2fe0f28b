"""The story view: one event cluster (one real-world event), one row per document that reports it.

Each row shows the outlet, date, trigger text, the argument values each role gets in that
document (the casualty count each outlet reports), and the outlet's stance toward each target.
A column whose values differ between documents is a conflict; the cells that differ from the
majority (or all filled cells, when there is no majority) are flagged. Values are compared by
meaning, not by spelling: a linked entity by its entity id, a count by its number
("33 جنديا" = "ثلاثة وثلاثين جنديا"), other text by its normalised, clitic-free form.

Pure functions over model objects: `Project.story` gathers the inputs from the database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import Entity, Event, Stance
from annotator.core.schema import Schema
from annotator.core.text.clitics import stems
from annotator.core.text.normalize import normalize
from annotator.core.text.numbers import number_in


@dataclass(frozen=True, slots=True)
class StoryValue:
    """One value shown in a cell, and the key it is compared by across documents."""

    text: str
    key: str


@dataclass(frozen=True, slots=True)
class StoryCell:
    values: tuple[StoryValue, ...] = ()
    conflict: bool = False

    @property
    def text(self) -> str:
        return "، ".join(value.text for value in self.values)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(value.key for value in self.values)


@dataclass(frozen=True, slots=True)
class StoryRow:
    doc_id: int
    outlet: str
    date: str
    title: str
    event_ids: tuple[int, ...]
    trigger: StoryCell
    roles: dict[str, StoryCell] = field(default_factory=dict)
    stances: dict[str, StoryCell] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StoryColumn:
    """A role or stance-target column: its key, display name, and whether its values conflict."""

    key: str
    name: str
    conflict: bool = False


@dataclass(frozen=True, slots=True)
class Story:
    cluster: str
    title: str
    event_types: tuple[str, ...]
    roles: tuple[StoryColumn, ...]
    targets: tuple[StoryColumn, ...]
    rows: tuple[StoryRow, ...]

    @property
    def conflicts(self) -> tuple[str, ...]:
        """Names of the columns whose values differ across documents."""
        return tuple(c.name for c in (*self.roles, *self.targets) if c.conflict)

    def to_records(self, language: str = "en") -> list[dict[str, Any]]:
        """One plain dict per row (column name → text), plus a `conflicts` entry: for export."""
        records = []
        for row in self.rows:
            record: dict[str, Any] = {
                "document": row.doc_id,
                "outlet": row.outlet,
                "date": row.date,
                "title": row.title,
                "trigger": row.trigger.text,
            }
            for column in self.roles:
                record[column.name] = row.roles[column.key].text
            for column in self.targets:
                record[f"stance: {column.name}"] = row.stances[column.key].text
            record["conflicts"] = "; ".join(
                c.name
                for c in (*self.roles, *self.targets)
                if (row.roles.get(c.key) or row.stances.get(c.key) or StoryCell()).conflict
            )
            records.append(record)
        return records


@dataclass(frozen=True, slots=True)
class StoryDocument:
    """What the story needs of one document: its fields, and its annotations in the layer."""

    doc_id: int
    text: str
    outlet: str
    date: str
    title: str
    events: Sequence[Event]  # the document's events in the cluster
    all_events: Mapping[int, Event]  # every event of the document, for event arguments
    entities: Mapping[int, Entity]
    stances: Sequence[Stance]


def comparison_key(text: str) -> str:
    """How two mentions' texts are compared: their number, or their normalised clitic-free form."""
    number = number_in(text)
    if number is not None:
        return f"num:{number}"
    words = normalize(text).split()
    if not words:
        return ""
    candidates = stems(words[0])
    if candidates:
        words[0] = candidates[-1]
    return "text:" + " ".join(words)


def entity_value(text: str, entity: Entity) -> StoryValue:
    shown = text[entity.start : entity.end]
    if entity.kb_id:  # linked by the annotator: that decides
        return StoryValue(shown, f"kb:{entity.kb_id}")
    return StoryValue(shown, comparison_key(shown))


def build_story(
    schema: Schema, cluster: str, title: str, documents: Sequence[StoryDocument], language: str = "en"
) -> Story:
    """The story table of `cluster` over `documents` (in the order given: sort them by date first)."""
    role_order: dict[str, str] = {}
    target_order: dict[str, str] = {}
    types: dict[str, None] = {}
    raw_rows = []
    for doc in documents:
        roles: dict[str, list[StoryValue]] = {}
        for event in doc.events:
            types[event.type] = None
            for argument in event.arguments:
                role_order.setdefault(argument.role, _role_name(schema, event.type, argument.role, language))
                value = _argument_value(doc, argument.entity_id, argument.event_id)
                if value is not None and value not in roles.setdefault(argument.role, []):
                    roles[argument.role].append(value)
        stances: dict[str, list[StoryValue]] = {}
        for stance in doc.stances:
            if not stance.is_outlet_stance:
                continue
            target_key, target_name = _target(schema, doc, stance, language)
            target_order.setdefault(target_key, target_name)
            polarity = stance.polarity
            name = (
                schema.polarity(polarity).names.in_language(language)
                if schema.has_polarity(polarity)
                else polarity
            )
            value = StoryValue(name, polarity)
            if value not in stances.setdefault(target_key, []):
                stances[target_key].append(value)
        trigger = tuple(
            dict.fromkeys(
                StoryValue(doc.text[e.start : e.end], comparison_key(doc.text[e.start : e.end]))
                for e in doc.events
            )
        )
        raw_rows.append((doc, trigger, roles, stances))
    # Columns in schema order for roles of the cluster's types, then any others.
    ordered_roles = _schema_role_order(schema, tuple(types), role_order)
    role_flags = {key: _flags([tuple(r[2].get(key, ())) for r in raw_rows]) for key in ordered_roles}
    target_flags = {key: _flags([tuple(r[3].get(key, ())) for r in raw_rows]) for key in target_order}
    rows = []
    for index, (doc, trigger, roles, stances) in enumerate(raw_rows):
        rows.append(
            StoryRow(
                doc_id=doc.doc_id,
                outlet=doc.outlet,
                date=doc.date,
                title=doc.title,
                event_ids=tuple(e.id for e in doc.events),
                trigger=StoryCell(trigger),
                roles={k: StoryCell(tuple(roles.get(k, ())), role_flags[k][1][index]) for k in ordered_roles},
                stances={
                    k: StoryCell(tuple(stances.get(k, ())), target_flags[k][1][index]) for k in target_order
                },
            )
        )
    return Story(
        cluster=cluster,
        title=title or cluster,
        event_types=tuple(types),
        roles=tuple(StoryColumn(k, role_order[k], role_flags[k][0]) for k in ordered_roles),
        targets=tuple(StoryColumn(k, name, target_flags[k][0]) for k, name in target_order.items()),
        rows=tuple(rows),
    )


def _flags(cells: list[tuple[StoryValue, ...]]) -> tuple[bool, list[bool]]:
    """(column conflicts, per-row cell conflicts): cells that differ from the majority's values."""
    keysets = [frozenset(v.key for v in cell) for cell in cells]
    filled = [k for k in keysets if k]
    if len(set(filled)) <= 1:
        return False, [False] * len(cells)
    counts = Counter(filled).most_common()
    majority = counts[0][0] if counts[0][1] > counts[1][1] else None
    return True, [bool(k) and k != majority for k in keysets]


def _argument_value(doc: StoryDocument, entity_id: int | None, event_id: int | None) -> StoryValue | None:
    if entity_id is not None:
        entity = doc.entities.get(entity_id)
        return entity_value(doc.text, entity) if entity else None
    event = doc.all_events.get(event_id) if event_id is not None else None
    if event is None:
        return None
    shown = doc.text[event.start : event.end]
    key = f"cluster:{event.cluster}" if event.cluster else f"event:{event.type}:{comparison_key(shown)}"
    return StoryValue(shown, key)


def _target(schema: Schema, doc: StoryDocument, stance: Stance, language: str) -> tuple[str, str]:
    if stance.target is not None:
        name = (
            schema.stance_target(stance.target).names.in_language(language)
            if schema.has_stance_target(stance.target)
            else stance.target
        )
        return f"target:{stance.target}", name
    entity = doc.entities.get(stance.target_entity_id or -1)
    if entity is None:
        return "entity:?", "?"
    value = entity_value(doc.text, entity)
    return f"entity:{value.key}", value.text


def _role_name(schema: Schema, event_type: str, role: str, language: str) -> str:
    if schema.has_role(event_type, role):
        return schema.role(event_type, role).names.in_language(language)
    return role


def _schema_role_order(schema: Schema, types: tuple[str, ...], found: Mapping[str, str]) -> list[str]:
    order: dict[str, None] = {}
    for event_type in types:
        if schema.has_event_type(event_type):
            for key in schema.event_type(event_type).role_keys():
                if key in found:
                    order[key] = None
    for key in found:
        order[key] = None
    return list(order)

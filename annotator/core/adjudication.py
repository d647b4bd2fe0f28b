"""Adjudication units: where annotators' layers agree and disagree on one document, and what each
annotator proposes there. Pure functions over model objects (DESIGN.md: `adjudication` works on
`model` objects); the project writes the decisions (project_gold.py).

A **unit** is one place a reviewer decides, of one kind:

- ``entity``: a group of entity mentions, across the annotators, chained by overlap (a mention
  that overlaps any member joins the group, so nested mentions and boundary disagreements land in
  one unit). Its footprint ``[start, end)`` is the union of the members' spans.
- ``event``: a group of events whose triggers overlap, in the same way. Arguments are compared
  by role and filler span and label (never by database id), so two layers' events compare.
- ``stance``: the stances with the same holder (the outlet, or a holder mention's span) and the
  same target (a schema target, or a target mention's span).

Each annotator who worked on the document has a **version** of every unit: the sorted tuple of
their items in it (empty: they marked nothing there). Versions are compared whole; annotators with
equal versions form a group. Stances compare by polarity and scope only: evidence spans rarely
match to the letter, so a group's stance takes the union of its members' evidence (and their
intensity when they agree).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from annotator.core.model import Entity, Event, LayerAnnotations, Span, Stance

Kind = Literal["entity", "event", "stance"]
KINDS: tuple[Kind, ...] = ("entity", "event", "stance")

EntityRef = tuple[int, int, str]
"""An entity mention by value: (start, end, label)."""


def _attrs(attributes: Mapping[str, Any]) -> str:
    return json.dumps(dict(attributes), ensure_ascii=False, sort_keys=True) if attributes else ""


@dataclass(frozen=True, slots=True, order=True)
class EntityItem:
    start: int
    end: int
    label: str
    attributes: str = ""  # canonical JSON, "" for none
    kb_id: str = ""

    @property
    def ref(self) -> EntityRef:
        return (self.start, self.end, self.label)

    def describe(self, text: str) -> str:
        return f"{self.label} «{text[self.start : self.end]}»"


@dataclass(frozen=True, slots=True, order=True)
class ArgumentItem:
    role: str
    start: int
    end: int
    filler: str  # the entity's label, or the filling event's type
    is_event: bool = False


@dataclass(frozen=True, slots=True, order=True)
class EventItem:
    start: int
    end: int
    type: str
    attributes: str = ""
    cluster: str = ""
    arguments: tuple[ArgumentItem, ...] = ()

    def describe(self, text: str) -> str:
        args = ", ".join(f"{a.role}={text[a.start : a.end]}" for a in self.arguments)
        return f"{self.type} «{text[self.start : self.end]}»" + (f" ({args})" if args else "")


@dataclass(frozen=True, slots=True, order=True)
class StanceItem:
    holder: EntityRef | tuple[()]  # () = the outlet
    target: str  # schema target key, "" when the target is a mention
    target_entity: EntityRef | tuple[()]
    polarity: str
    scope: Span | tuple[()] = ()  # () = the whole document
    evidence: tuple[Span, ...] = ()
    intensity: int = 0  # 0 = not given

    @property
    def unit_key(self) -> str:
        holder, target = _ref(self.holder), _ref(self.target_entity)
        who = f"h{holder[0]}-{holder[1]}" if holder else "outlet"
        what = f"e{target[0]}-{target[1]}" if target else f"t:{self.target}"
        return f"{who}|{what}"

    @property
    def compare_key(self) -> tuple[str, Span | tuple[()]]:
        return (self.polarity, self.scope)

    def describe(self, text: str) -> str:
        holder, target = _ref(self.holder), _ref(self.target_entity)
        who = f"«{text[holder[0] : holder[1]]}»" if holder else "outlet"
        what = f"«{text[target[0] : target[1]]}»" if target else self.target
        return f"{who} → {what}: {self.polarity}"


def _ref(ref: EntityRef | tuple[()]) -> EntityRef | None:
    return ref if ref else None


Item = EntityItem | EventItem | StanceItem
Version = tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class VersionGroup:
    """Annotators who proposed the same version of a unit (in the order they were given)."""

    version: Version
    annotators: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Unit:
    doc_id: int
    kind: Kind
    key: str  # stable within the document: kind and footprint, or holder and target
    start: int
    end: int
    versions: Mapping[str, Version] = field(default_factory=dict)  # every participant, in order

    @property
    def annotators(self) -> tuple[str, ...]:
        return tuple(self.versions)

    def groups(self) -> list[VersionGroup]:
        """Equal versions grouped, most supported first (ties: the group whose first annotator
        comes first)."""
        found: dict[Any, list[str]] = {}
        first: dict[Any, Version] = {}
        for name, version in self.versions.items():
            key = _version_key(self.kind, version)
            found.setdefault(key, []).append(name)
            first.setdefault(key, version)
        groups = [
            VersionGroup(_merged(self.kind, [self.versions[n] for n in names]), tuple(names))
            for key, names in found.items()
        ]
        order = list(self.versions)
        groups.sort(key=lambda g: (-len(g.annotators), order.index(g.annotators[0])))
        return groups

    @property
    def agreed(self) -> bool:
        """Every participant proposed the same version (with at least two participants)."""
        return len(self.versions) >= 2 and len(self.groups()) == 1

    def winner(self, min_agree: int | None = None) -> VersionGroup | None:
        """The group that `min_agree` annotators (default: all participants) support, when it is
        the only group with the most support; None otherwise."""
        groups = self.groups()
        need = len(self.versions) if min_agree is None else min_agree
        if not groups or len(groups[0].annotators) < max(need, 1):
            return None
        if len(groups) > 1 and len(groups[1].annotators) == len(groups[0].annotators):
            return None
        return groups[0]

    def majority(self) -> VersionGroup | None:
        """The group more than half of the participants support, if any."""
        groups = self.groups()
        if groups and 2 * len(groups[0].annotators) > len(self.versions):
            return groups[0]
        return None

    def version_of(self, annotator: str) -> Version:
        return self.versions[annotator]


def _version_key(kind: Kind, version: Version) -> Any:
    if kind == "stance":
        return tuple(sorted(item.compare_key for item in version if isinstance(item, StanceItem)))
    return version


def _merged(kind: Kind, versions: Sequence[Version]) -> Version:
    """The one version a group stands for: equal versions are that version; equal stance versions
    take the union of their evidence and the intensity they agree on."""
    if kind != "stance" or len(versions) == 1:
        return versions[0]
    columns = [
        sorted((i for i in v if isinstance(i, StanceItem)), key=lambda i: i.compare_key) for v in versions
    ]
    merged: list[Item] = []
    for items in zip(*columns, strict=True):
        stances = [i for i in items if isinstance(i, StanceItem)]
        spans = merge_spans(span for s in stances for span in s.evidence)
        intensities = {s.intensity for s in stances}
        base = stances[0]
        merged.append(
            StanceItem(
                base.holder,
                base.target,
                base.target_entity,
                base.polarity,
                base.scope,
                tuple(spans),
                intensities.pop() if len(intensities) == 1 else 0,
            )
        )
    return tuple(sorted(merged))


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlapping or touching ones joined."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


# -- building items from model objects ------------------------------------------------------


def entity_item(entity: Entity) -> EntityItem:
    return EntityItem(entity.start, entity.end, entity.label, _attrs(entity.attributes), entity.kb_id or "")


def event_item(event: Event, entities: Mapping[int, Entity], events: Mapping[int, Event]) -> EventItem:
    arguments: list[ArgumentItem] = []
    for argument in event.arguments:
        if argument.entity_id is not None and argument.entity_id in entities:
            e = entities[argument.entity_id]
            arguments.append(ArgumentItem(argument.role, e.start, e.end, e.label))
        elif argument.event_id is not None and argument.event_id in events:
            ev = events[argument.event_id]
            arguments.append(ArgumentItem(argument.role, ev.start, ev.end, ev.type, is_event=True))
    return EventItem(
        event.start,
        event.end,
        event.type,
        _attrs(event.attributes),
        event.cluster or "",
        tuple(sorted(arguments)),
    )


def stance_item(stance: Stance, entities: Mapping[int, Entity]) -> StanceItem:
    def ref(entity_id: int | None) -> EntityRef | tuple[()]:
        if entity_id is None or entity_id not in entities:
            return ()
        e = entities[entity_id]
        return (e.start, e.end, e.label)

    return StanceItem(
        holder=ref(stance.holder_entity_id),
        target=stance.target or "",
        target_entity=ref(stance.target_entity_id),
        polarity=stance.polarity,
        scope=stance.scope or (),
        evidence=tuple(sorted(e.span for e in stance.evidence)),
        intensity=stance.intensity or 0,
    )


# -- grouping into units --------------------------------------------------------------------


def _overlap_groups(
    doc_id: int, kind: Kind, spans: list[tuple[int, int, str, Item]], annotators: Sequence[str]
) -> list[Unit]:
    """Chain items whose spans overlap into units (a sweep over the spans sorted by start)."""
    spans.sort(key=lambda s: (s[0], s[1]))
    units: list[Unit] = []
    members: list[tuple[int, int, str, Item]] = []
    end = -1

    def close() -> None:
        if not members:
            return
        start = min(m[0] for m in members)
        stop = max(m[1] for m in members)
        versions = {
            name: tuple(sorted((m[3] for m in members if m[2] == name), key=_sort_key)) for name in annotators
        }
        units.append(Unit(doc_id, kind, f"{kind}:{start}-{stop}", start, stop, versions))

    for item in spans:
        if members and item[0] >= end:
            close()
            members = []
        end = max(end, item[1]) if members else item[1]
        members.append(item)
    close()
    return units


def _sort_key(item: Item) -> tuple[Any, ...]:
    return (type(item).__name__, item)


def units(doc_id: int, layers: Mapping[str, LayerAnnotations]) -> list[Unit]:
    """Every unit of one document over the participants in `layers` (in their order): entity
    units, then event units, then stance units, each in text order."""
    annotators = list(layers)
    entity_spans: list[tuple[int, int, str, Item]] = []
    event_spans: list[tuple[int, int, str, Item]] = []
    stance_items: dict[str, list[tuple[str, StanceItem]]] = {}
    for name, work in layers.items():
        by_id = {e.id: e for e in work.entities}
        events_by_id = {e.id: e for e in work.events}
        for entity in work.entities:
            entity_spans.append((entity.start, entity.end, name, entity_item(entity)))
        for event in work.events:
            event_spans.append((event.start, event.end, name, event_item(event, by_id, events_by_id)))
        for stance in work.stances:
            item = stance_item(stance, by_id)
            stance_items.setdefault(item.unit_key, []).append((name, item))
    found = _overlap_groups(doc_id, "entity", entity_spans, annotators)
    found += _overlap_groups(doc_id, "event", event_spans, annotators)
    stance_units = []
    for key, members in stance_items.items():
        spans = [s for _, item in members for s in _stance_spans(item)]
        start, end = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else (0, 0)
        versions = {
            name: tuple(sorted((i for n, i in members if n == name), key=_sort_key)) for name in annotators
        }
        stance_units.append(Unit(doc_id, "stance", f"stance:{key}", start, end, versions))
    stance_units.sort(key=lambda u: (u.start, u.end, u.key))
    return found + stance_units


def _stance_spans(item: StanceItem) -> list[Span]:
    spans: list[Span] = list(item.evidence)
    for ref in (item.holder, item.target_entity):
        if ref:
            spans.append((ref[0], ref[1]))
    if item.scope:
        spans.append(item.scope)
    return spans


def item_span(item: Item) -> Span:
    """Where an item sits in the text, for overlap with a unit's footprint."""
    if isinstance(item, StanceItem):
        spans = _stance_spans(item)
        return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else (0, 0)
    return (item.start, item.end)

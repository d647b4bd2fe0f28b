"""Event agreement: triggers (span and type), arguments of matched events, attributes of matched events.

Policies:
- Triggers are `(start, end, type)` spans matched one-to-one with the type required, exactly
  (`trigger`) or by overlap (`trigger_overlap`), as entity spans are (`spans.match_spans`).
- Arguments are compared only inside trigger-matched event pairs, the pairs of the overlap
  matching (so an event both found, with a trigger one letter apart, still has its arguments
  compared). An argument is `(start, end, role)`, its span the filler entity's span, or the
  filler event's trigger span; it matches when the role is the same and the span is equal
  (`argument`) or overlaps (`argument_overlap`), one-to-one. Arguments of unmatched events are
  not counted: trigger F1 already charges for the event.
- Attributes on the same matched pairs: for each attribute key either event has, `compared` + 1,
  and `agree` + 1 when both have the same value.
- Per pair, counts add up over the documents both worked on; "overall" F1 and per-type F1 are
  the mean of the pairs' F1 (pairs without events left out); per document, the mean over that
  document's pairs. Per type, arguments count under their event's type.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.agreement.inputs import Compared, LayerAnnotations, annotator_pairs
from annotator.core.agreement.spans import LabeledSpan, match_spans, prf_by_label, total
from annotator.core.agreement.values import PRF, mean, ratio, rounded


@dataclass(frozen=True, slots=True)
class AttributeAgreement:
    agree: int
    compared: int

    def to_json(self) -> dict[str, Any]:
        return {
            "agree": self.agree,
            "compared": self.compared,
            "ratio": rounded(ratio(self.agree, self.compared)),
        }


@dataclass(frozen=True, slots=True)
class EventPair:
    a: str
    b: str
    trigger: PRF
    trigger_overlap: PRF
    argument: PRF
    argument_overlap: PRF
    attributes: dict[str, AttributeAgreement]

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "trigger": self.trigger.to_json(),
            "trigger_overlap": self.trigger_overlap.to_json(),
            "argument": self.argument.to_json(),
            "argument_overlap": self.argument_overlap.to_json(),
            "attributes": {key: value.to_json() for key, value in self.attributes.items()},
        }


@dataclass(frozen=True, slots=True)
class TypeFigures:
    trigger_f1: float | None
    argument_f1: float | None

    def to_json(self) -> dict[str, Any]:
        return {"trigger_f1": rounded(self.trigger_f1), "argument_f1": rounded(self.argument_f1)}


@dataclass(frozen=True, slots=True)
class EventDocument:
    id: int
    trigger_f1: float | None
    argument_f1: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "trigger_f1": rounded(self.trigger_f1),
            "argument_f1": rounded(self.argument_f1),
        }


@dataclass(frozen=True, slots=True)
class EventOverall:
    trigger_f1: float | None
    trigger_overlap_f1: float | None
    argument_f1: float | None
    argument_overlap_f1: float | None
    events: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "trigger_f1": rounded(self.trigger_f1),
            "trigger_overlap_f1": rounded(self.trigger_overlap_f1),
            "argument_f1": rounded(self.argument_f1),
            "argument_overlap_f1": rounded(self.argument_overlap_f1),
            "events": dict(self.events),
        }


@dataclass(frozen=True, slots=True)
class EventAgreement:
    overall: EventOverall
    pairs: tuple[EventPair, ...]
    types: dict[str, TypeFigures]
    documents: tuple[EventDocument, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_json(),
            "pairs": [pair.to_json() for pair in self.pairs],
            "types": {key: figures.to_json() for key, figures in self.types.items()},
            "documents": [doc.to_json() for doc in self.documents],
        }


@dataclass
class _Counts:
    """Per type: trigger exact and overlap, argument exact and overlap; attributes; all adding up."""

    trigger: dict[str, PRF] = field(default_factory=dict)
    trigger_overlap: dict[str, PRF] = field(default_factory=dict)
    argument: dict[str, PRF] = field(default_factory=dict)
    argument_overlap: dict[str, PRF] = field(default_factory=dict)
    agree: Counter[str] = field(default_factory=Counter)
    compared: Counter[str] = field(default_factory=Counter)

    def add(self, other: _Counts) -> None:
        for name in ("trigger", "trigger_overlap", "argument", "argument_overlap"):
            mine, theirs = getattr(self, name), getattr(other, name)
            for key, value in theirs.items():
                mine[key] = mine.get(key, PRF()) + value
        self.agree.update(other.agree)
        self.compared.update(other.compared)


def _argument_spans(layer: LayerAnnotations) -> dict[int, list[LabeledSpan]]:
    """Event id -> its arguments as (start, end, role); fillers missing from the layer are skipped."""
    entity_spans = {e.id: (e.start, e.end) for e in layer.entities}
    trigger_spans = {e.id: (e.start, e.end) for e in layer.events}
    found: dict[int, list[LabeledSpan]] = {}
    for event in layer.events:
        spans = []
        for argument in event.arguments:
            if argument.entity_id is not None:
                where = entity_spans.get(argument.entity_id)
            else:
                where = trigger_spans.get(argument.event_id) if argument.event_id is not None else None
            if where is not None:
                spans.append((where[0], where[1], argument.role))
        found[event.id] = sorted(spans)
    return found


def compare_events(first: LayerAnnotations, second: LayerAnnotations) -> _Counts:
    """Counts of one pair of annotators in one document (`first` is the reference)."""
    events_a = sorted(first.events, key=lambda e: (e.start, e.end, e.type, e.id))
    events_b = sorted(second.events, key=lambda e: (e.start, e.end, e.type, e.id))
    triggers_a = [(e.start, e.end, e.type) for e in events_a]
    triggers_b = [(e.start, e.end, e.type) for e in events_b]
    counts = _Counts()
    counts.trigger = prf_by_label(triggers_a, triggers_b, match_spans(triggers_a, triggers_b, overlap=False))
    matched = match_spans(triggers_a, triggers_b, overlap=True)
    counts.trigger_overlap = prf_by_label(triggers_a, triggers_b, matched)
    arguments_a, arguments_b = _argument_spans(first), _argument_spans(second)
    for i, j in matched:
        event_a, event_b = events_a[i], events_b[j]
        args_a, args_b = arguments_a[event_a.id], arguments_b[event_b.id]
        for name, overlap in (("argument", False), ("argument_overlap", True)):
            found = total(prf_by_label(args_a, args_b, match_spans(args_a, args_b, overlap=overlap)))
            sums = getattr(counts, name)
            sums[event_a.type] = sums.get(event_a.type, PRF()) + found
        for key in event_a.attributes.keys() | event_b.attributes.keys():
            counts.compared[key] += 1
            if key in event_a.attributes and event_a.attributes.get(key) == event_b.attributes.get(key):
                counts.agree[key] += 1
    return counts


def event_agreement(compared: Sequence[Compared], annotators: Sequence[str]) -> EventAgreement:
    """The events section of the report (see the module docstring for the policies)."""
    pairs = annotator_pairs(annotators)
    sums = {pair: _Counts() for pair in pairs}
    documents = []
    made: Counter[str] = Counter()
    for c in compared:
        trigger_f1s: list[float | None] = []
        argument_f1s: list[float | None] = []
        for name in c.annotators:
            made[name] += len(c.layer(name).events)
        for a, b in c.pairs():
            counts = compare_events(c.layer(a), c.layer(b))
            sums[a, b].add(counts)
            trigger_f1s.append(total(counts.trigger).f1)
            argument_f1s.append(total(counts.argument).f1)
        documents.append(EventDocument(c.doc.doc_id, mean(trigger_f1s), mean(argument_f1s)))
    results = []
    for a, b in pairs:
        s = sums[a, b]
        attributes = {key: AttributeAgreement(s.agree[key], s.compared[key]) for key in sorted(s.compared)}
        results.append(
            EventPair(
                a,
                b,
                total(s.trigger),
                total(s.trigger_overlap),
                total(s.argument),
                total(s.argument_overlap),
                attributes,
            )
        )
    types = sorted({t for s in sums.values() for t in s.trigger})
    by_type: dict[str, list[tuple[float | None, float | None]]] = defaultdict(list)
    for s in sums.values():
        for t in s.trigger:
            by_type[t].append((s.trigger[t].f1, s.argument.get(t, PRF()).f1))
    type_figures = {
        t: TypeFigures(mean(f for f, _ in by_type[t]), mean(f for _, f in by_type[t])) for t in types
    }
    overall = EventOverall(
        trigger_f1=mean(p.trigger.f1 for p in results),
        trigger_overlap_f1=mean(p.trigger_overlap.f1 for p in results),
        argument_f1=mean(p.argument.f1 for p in results),
        argument_overlap_f1=mean(p.argument_overlap.f1 for p in results),
        events={name: made[name] for name in annotators},
    )
    return EventAgreement(overall, tuple(results), type_figures, tuple(documents))

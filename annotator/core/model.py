"""Plain value objects of the data model (DESIGN.md, "Data model").

Offsets everywhere are Python string indices (code points) into the stored document text,
end-exclusive. These objects carry no database handle; the storage layer builds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

Span = tuple[int, int]
"""A ``[start, end)`` range of code points."""

GOLD_LAYER = "gold"


class DocStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Role(StrEnum):
    ANNOTATOR = "annotator"
    REVIEWER = "reviewer"


@dataclass(frozen=True, slots=True)
class Document:
    """An imported document: its text never changes after import."""

    id: int
    text: str
    content_hash: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    external_id: str = ""
    source_file: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    token_count: int = 0


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One row of the document list, without the text."""

    id: int
    title: str
    source: str
    date: str
    token_count: int
    statuses: dict[str, DocStatus]
    entity_counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity mention in one layer of one document."""

    id: int
    doc_id: int
    layer: str
    start: int
    end: int
    label: str
    attributes: dict[str, Any] = field(default_factory=dict)
    kb_id: str | None = None

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Argument:
    """One filled role of an event: by an entity mention (`entity_id`) or another event (`event_id`)."""

    id: int
    role: str
    entity_id: int | None = None
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """An event mention: a typed trigger span, attributes, arguments, and an optional cluster key
    linking reports of the same real-world event across documents."""

    id: int
    doc_id: int
    layer: str
    type: str
    start: int
    end: int
    attributes: dict[str, Any] = field(default_factory=dict)
    arguments: tuple[Argument, ...] = ()
    cluster: str | None = None

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    def arguments_for(self, role: str) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if a.role == role)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of text that supports a stance."""

    id: int
    start: int
    end: int

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Stance:
    """Who holds which stance toward what, with evidence.

    `holder_entity_id` None means the document's author or outlet. The target is a schema
    target key (`target`) or an entity mention (`target_entity_id`), exactly one of them.
    `scope` None means the whole document; otherwise a span such as a quote.
    """

    id: int
    doc_id: int
    layer: str
    polarity: str
    holder_entity_id: int | None = None
    target: str | None = None
    target_entity_id: int | None = None
    scope: Span | None = None
    evidence: tuple[Evidence, ...] = ()
    intensity: int | None = None
    confidence: float | None = None
    note: str = ""

    @property
    def is_outlet_stance(self) -> bool:
        return self.holder_entity_id is None


@dataclass(frozen=True, slots=True)
class LayerAnnotations:
    """One annotator's entities, events and stances in one document (what agreement and
    adjudication compare)."""

    entities: Sequence[Entity] = ()
    events: Sequence[Event] = ()
    stances: Sequence[Stance] = ()


@dataclass(frozen=True, slots=True)
class Annotator:
    name: str
    role: Role = Role.ANNOTATOR


@dataclass(frozen=True, slots=True)
class Changes:
    """What one operation changed, so views refresh only what the flags name."""

    op_id: int | None = None
    op_name: str = ""
    documents: bool = False
    entities: bool = False
    events: bool = False
    stances: bool = False
    statuses: bool = False
    schema: bool = False
    doc_ids: frozenset[int] = frozenset()
    layers: frozenset[str] = frozenset()
    created_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class UndoStatus:
    """What Edit > Undo / Redo would do now, for one layer."""

    undo: str | None
    redo: str | None

"""The exchange model every format reads into and writes from, and what readers and writers share.

A format module knows nothing of the project file: readers turn a file into
`AnnotatedDocument`s (plus `Problem`s naming the file, line and item for what they could not
read), writers turn `AnnotatedDocument`s into files. `annotator.core.exchange` moves them in and
out of a project, validating against the schema on the way in.

Identifiers inside one `AnnotatedDocument` are strings local to the document ("T3", "e12"):
arguments and stances refer to entities and events by them. Offsets are code points into
`text`, end-exclusive, as everywhere in the project.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from annotator.core.model import Span

if TYPE_CHECKING:
    from annotator.core.schema import Schema


@dataclass(slots=True)
class DocEntity:
    id: str
    start: int
    end: int
    label: str
    attributes: dict[str, Any] = field(default_factory=dict)
    kb_id: str | None = None


@dataclass(slots=True)
class DocArgument:
    """One filled role: by an entity (`entity`, a `DocEntity.id`) or an event (`event`)."""

    role: str
    entity: str | None = None
    event: str | None = None


@dataclass(slots=True)
class DocEvent:
    id: str
    type: str
    start: int
    end: int
    arguments: list[DocArgument] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)
    cluster: str | None = None


@dataclass(slots=True)
class DocStance:
    """`holder` None is the document's author or outlet; exactly one of `target` (a schema target
    key) and `target_entity` (a `DocEntity.id`) is set. `scope` None is the whole document."""

    id: str
    polarity: str
    holder: str | None = None
    target: str | None = None
    target_entity: str | None = None
    scope: Span | None = None
    evidence: list[Span] = field(default_factory=list)
    intensity: int | None = None
    confidence: float | None = None
    note: str = ""


@dataclass(slots=True)
class AnnotatedDocument:
    """A document with one layer's annotations, as formats see it."""

    id: str
    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    layer: str = ""
    entities: list[DocEntity] = field(default_factory=list)
    events: list[DocEvent] = field(default_factory=list)
    stances: list[DocStance] = field(default_factory=list)
    # Token and sentence spans (code points). Exports fill them from the project; token-based
    # readers fill them from the file. Empty means "not known".
    tokens: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    # Where the document came from, for messages: a file and the line it starts on.
    path: str = ""
    line: int | None = None

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def entity_by_id(self) -> dict[str, DocEntity]:
        return {e.id: e for e in self.entities}


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a reader could not take, or an item the importer refused, with where it is.

    `item` names the annotation ("entity T3", "event E2 argument Victim"); `line` is the line of
    the file when the format has lines.
    """

    path: str
    line: int | None
    message: str
    item: str = ""
    document: str = ""

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f", line {self.line}"
        if self.document:
            where += f", document {self.document}"
        if self.item:
            where += f", {self.item}"
        return f"{where}: {self.message}"


class ExportRefused(Exception):
    """The chosen data cannot be written in this format without losing what the user would not
    expect to lose; the message says which documents and items, and the option that resolves it."""


class FormatError(ValueError):
    """A file cannot be read as this format at all (the message names the file and why)."""


TagScheme = Literal["iob2", "bioes"]
NestedPolicy = Literal["columns", "outer", "refuse"]
TokenPolicy = Literal["words", "entity-cuts", "clitics"]


@dataclass(frozen=True, slots=True)
class ReadOptions:
    encoding: str | None = None
    # Token-based formats: how many sentences make one document when the file has no
    # -DOCSTART- lines (0 = the whole file is one document).
    doc_sentences: int = 0
    # Label Studio: which annotation of a task to take ("first", or an annotator's id/email).
    annotation: str = "first"
    # Label Studio and other JavaScript tools: offsets counted in UTF-16 code units.
    utf16: bool = False


@dataclass(frozen=True, slots=True)
class WriteOptions:
    scheme: TagScheme = "iob2"
    nested: NestedPolicy = "columns"
    tokens: TokenPolicy = "words"


@dataclass(slots=True)
class WriteContext:
    """What a writer may need besides the documents, and where it reports what it had to change."""

    schema: Schema
    options: WriteOptions = field(default_factory=WriteOptions)
    layer: str = ""
    # Titles of event clusters (stories) and entity ids, from the project's link titles.
    cluster_titles: dict[str, str] = field(default_factory=dict)
    # Counted losses and repairs ("entities expanded to whole tokens": 3); they go in the
    # manifest and the export report.
    notes: dict[str, int] = field(default_factory=dict)

    def count(self, what: str, n: int = 1) -> None:
        self.notes[what] = self.notes.get(what, 0) + n


@dataclass(slots=True)
class ReadResult:
    """Counted repairs a reader made (e.g. "I- without B- repaired to B-": 57)."""

    notes: dict[str, int] = field(default_factory=dict)

    def count(self, what: str, n: int = 1) -> None:
        self.notes[what] = self.notes.get(what, 0) + n


class Reader(Protocol):
    def __call__(
        self, path: Path, options: ReadOptions, result: ReadResult
    ) -> Iterator[AnnotatedDocument | Problem]: ...


class Writer(Protocol):
    def __call__(
        self, docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext
    ) -> list[Path]: ...


Carries = frozenset[str]
"""Which kinds of annotation a format holds: a subset of {"entities", "nested", "events", "stances",
"links", "attributes"}."""


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """One format of the registry. `read`/`write` are None when the format goes one way only."""

    name: str
    title: str
    version: str
    carries: Carries
    read: Reader | None
    write: Writer | None
    suffixes: tuple[str, ...] = ()
    description: str = ""
    needs: str = ""  # an optional package the format needs ("spacy"), checked before use


Progress = Callable[[int, int], None]
"""progress(done, total) in documents."""

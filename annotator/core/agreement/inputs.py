"""What the agreement report reads: documents with each annotator's annotations, as model objects.

Pure data, no database: `project_agreement.collect` builds these from a project, a benchmark or a
test builds them by hand. An annotator takes part in a document when their layer is a key of
`DocumentInput.layers` (the glue lists a layer that has work there: a status of in progress or
done, or any annotation); an empty `LayerAnnotations` there means "looked, marked nothing".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from annotator.core.model import LayerAnnotations as LayerAnnotations  # re-exported
from annotator.core.model import Span


@dataclass(frozen=True, slots=True)
class DocumentInput:
    """One document: its id, title, text length, token offsets, and the layers that worked on it.

    `tokens` is a sequence of (start, end) pairs or an n x 2 integer array.
    """

    doc_id: int
    title: str
    length: int
    tokens: Sequence[Span] | Any
    layers: Mapping[str, LayerAnnotations] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Compared:
    """A document that at least two of the compared annotators worked on, with those annotators
    in the order of the report's annotator list."""

    doc: DocumentInput
    annotators: tuple[str, ...]

    def pairs(self) -> list[tuple[str, str]]:
        return list(combinations(self.annotators, 2))

    def layer(self, annotator: str) -> LayerAnnotations:
        return self.doc.layers[annotator]


def compared_documents(docs: Iterable[DocumentInput], annotators: Sequence[str]) -> list[Compared]:
    """The documents with work of two annotators or more, in input order."""
    found = []
    for doc in docs:
        present = tuple(name for name in annotators if name in doc.layers)
        if len(present) >= 2:
            found.append(Compared(doc, present))
    return found


def annotator_pairs(annotators: Sequence[str]) -> list[tuple[str, str]]:
    """Every pair (a, b) with a before b in the annotator list."""
    return list(combinations(annotators, 2))


def ordered_labels(seen: Iterable[str], preferred: Sequence[str] = ()) -> list[str]:
    """`preferred` labels that occur in `seen` in their order (the schema's), then the rest sorted."""
    present = set(seen)
    first = [label for label in dict.fromkeys(preferred) if label in present]
    return first + sorted(present - set(first))

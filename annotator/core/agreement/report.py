"""The agreement report: every figure a reviewer reads, as dataclasses with one stable JSON shape.

`agreement_report(docs, annotators, labels)` compares the annotators' layers on the documents at
least two of them worked on (see `inputs`), and returns an `AgreementReport`; `to_json()` gives
the shape below (`dumps()` writes it with sorted keys, floats at 4 decimals, None as null), the
same bytes for the same input:

    {"format": "annotator-agreement", "version": 1,
     "annotators": [...], "documents": [{"id", "title", "annotators"}],
     "entities": {"overall", "pairs", "labels", "confusion", "documents"},
     "events": {"overall", "pairs", "types", "documents"},
     "stances": {"overall", "pairs", "documents"}}

Each section's module says how its figures are computed: `entities`, `events`, `stances`
(and, below them, `spans`, `coefficients`, `unitizing`, `label_confusion`). Pairs are every (a, b)
with a before b in `annotators`; "over pairs" figures are the mean of the pairs' figures.
Entity labels are listed in the order of `labels` (the schema's) when given, then the others
sorted. No database or Qt in here: the project glue is `annotator.core.project_agreement`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.agreement.entities import EntityAgreement, entity_agreement
from annotator.core.agreement.events import EventAgreement, event_agreement
from annotator.core.agreement.inputs import DocumentInput, compared_documents
from annotator.core.agreement.stances import StanceAgreement, stance_agreement

FORMAT = "annotator-agreement"
VERSION = 1


@dataclass(frozen=True, slots=True)
class ComparedDocument:
    """A document in the report: at least two annotators worked on it."""

    id: int
    title: str
    annotators: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "annotators": list(self.annotators)}


@dataclass(frozen=True, slots=True)
class AgreementReport:
    annotators: tuple[str, ...]
    documents: tuple[ComparedDocument, ...]
    entities: EntityAgreement
    events: EventAgreement
    stances: StanceAgreement

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "annotators": list(self.annotators),
            "documents": [doc.to_json() for doc in self.documents],
            "entities": self.entities.to_json(),
            "events": self.events.to_json(),
            "stances": self.stances.to_json(),
        }

    def dumps(self, indent: int | None = 2) -> str:
        """The JSON text: sorted keys, Arabic as UTF-8, byte-identical for the same report."""
        return json.dumps(self.to_json(), sort_keys=True, ensure_ascii=False, indent=indent)


def agreement_report(
    docs: Iterable[DocumentInput], annotators: Sequence[str], labels: Sequence[str] = ()
) -> AgreementReport:
    """Compare `annotators` (layer names, in the order the report lists them) on `docs`."""
    names = tuple(dict.fromkeys(annotators))
    if len(names) != len(annotators):
        raise ValueError(f"an annotator is named twice in {list(annotators)}")
    compared = compared_documents(docs, names)
    return AgreementReport(
        annotators=names,
        documents=tuple(ComparedDocument(c.doc.doc_id, c.doc.title, c.annotators) for c in compared),
        entities=entity_agreement(compared, names, labels),
        events=event_agreement(compared, names),
        stances=stance_agreement(compared, names),
    )

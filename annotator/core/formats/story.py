"""The cross-outlet story table: for each event cluster (a story), one row per document reporting it.

Write-only. It is the story view of the application (`annotator.core.story.build_story`) for
every cluster of the exported documents at once, keyed by schema keys instead of display
names, so a script can compare what each outlet reports: the casualty count, the place, the
outlet's stance toward each target, and which of those differ between outlets.

Two files per part with the same rows:

- ``<part>.story.csv`` (``documents.story.csv`` without a split): UTF-8 with a byte order mark
  (Excel shows Arabic), "\\r\\n" row ends as Python's csv module writes them, every cell guarded
  against formula injection like the stance table (`annotator.core.formats.stances.guard_cell`:
  a cell starting with = + - @, tab or CR gets a leading apostrophe, "-5" included).
- ``<part>.story.jsonl``: UTF-8 without a BOM, one JSON object per row, "\\n" line ends, Arabic
  unescaped, keys in the column order below, nothing guarded, ``conflicts`` a list.

Columns:

- ``story``: the cluster key; ``story_title``: its title (the key when it has none).
- ``document``, ``outlet`` (the document's source, else its meta "outlet"), ``date``, ``title``.
- ``trigger``: the trigger texts of the document's events in the story, joined by " | ".
- one column per role key of the events (``Victim``, ``Place``...), in schema order, across all
  stories of the file (a role a story's events do not have is ""; a role key that clashes with a
  column above is written ``role:<key>``): the texts of the mentions
  (or events) filling the role, joined by " | ", each value once.
- one column per target of the outlets' stances: ``stance:<target key>`` for a schema target,
  ``stance:entity:<comparison key>`` for an entity target (``kb:<entity id>`` when the mention
  is linked, else ``num:<n>`` or ``text:<normalised text>``); the cell holds the polarity keys
  ("favor"), joined by " | ". Only stances held by the outlet itself appear.
- ``conflicts``: the headers of this row's cells whose values differ from the other outlets' —
  from the majority's, or every filled cell when there is no majority — joined by "; ". Values are
  compared by meaning as in the story view: linked mentions by entity id, counts by number
  ("33 جنديا" = "ثلاثة وثلاثين جنديا"), other text in normalised clitic-free form.

Stories come in sorted key order; rows within a story by date, title, then the order the
documents were given (the project's document order). The table can only be built once every
document is seen, so the writer keeps the documents that have events in a story (their text and
annotations) until the end: memory grows with the clustered documents only; the others pass
through. Counted in the notes: documents and events not in any story, stances held by a mention,
and arguments or stance targets naming no mention of their document.

SAMPLE (``documents.story.csv`` without the BOM)::

    story,story_title,document,outlet,date,title,trigger,Victim,Place,stance:turkish_operation_idlib,conflicts
    idlib-strike,غارة إدلب,doc1,صحيفة الصباح,2020-02-27,مقتل جنود,مقتل,33 جنديا,إدلب,favor,Victim
    idlib-strike,غارة إدلب,doc2,وكالة النهار,2020-02-28,الحصيلة ترتفع,مقتل,34 جنديا,إدلب,favor,Victim
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.core.formats.base import AnnotatedDocument, FormatInfo, WriteContext
from annotator.core.formats.stances import guard_cell, json_line
from annotator.core.model import Argument, Entity, Event, Stance
from annotator.core.story import Story, StoryCell, StoryColumn, StoryDocument, build_story

__all__ = ["FIXED_COLUMNS", "FORMAT", "story_records", "write"]

FIXED_COLUMNS = ("story", "story_title", "document", "outlet", "date", "title", "trigger")
JOIN = " | "
NOT_IN_STORY = "documents without an event in a story (not in the story table)"
UNCLUSTERED = "events without a story cluster (not in the story table)"
HELD_BY_MENTION = "stances held by a mention, not the outlet (not in the story table)"
BAD_ARGUMENT = "event arguments naming no mention or event of their document (left out)"
BAD_TARGET = "stance targets naming no mention of their document (left out)"


def _model_objects(
    doc: AnnotatedDocument, doc_id: int, layer: str, context: WriteContext
) -> tuple[dict[int, Entity], dict[int, Event], list[Stance]]:
    """The document's entities, events and outlet stances as model objects with synthetic ids."""
    entity_ids = {e.id: n for n, e in enumerate(doc.entities, start=1)}
    event_ids = {e.id: n for n, e in enumerate(doc.events, start=1)}
    entities = {
        entity_ids[e.id]: Entity(
            entity_ids[e.id], doc_id, layer, e.start, e.end, e.label, e.attributes, e.kb_id
        )
        for e in doc.entities
    }
    events: dict[int, Event] = {}
    for event in doc.events:
        arguments = []
        for n, argument in enumerate(event.arguments, start=1):
            entity_id = entity_ids.get(argument.entity) if argument.entity is not None else None
            event_id = event_ids.get(argument.event) if argument.event is not None else None
            if entity_id is None and event_id is None:
                context.count(BAD_ARGUMENT)
                continue
            arguments.append(Argument(n, argument.role, entity_id, event_id))
        number = event_ids[event.id]
        events[number] = Event(
            number, doc_id, layer, event.type, event.start, event.end, event.attributes, tuple(arguments),
            event.cluster,
        )  # fmt: skip
    stances = []
    for n, stance in enumerate(doc.stances, start=1):
        if stance.holder is not None:
            context.count(HELD_BY_MENTION)
            continue
        target_entity = entity_ids.get(stance.target_entity) if stance.target_entity is not None else None
        if stance.target is None and target_entity is None:
            context.count(BAD_TARGET)
            continue
        stances.append(
            Stance(n, doc_id, layer, stance.polarity, None, stance.target, target_entity, stance.scope)
        )
    return entities, events, stances


def _story_documents(doc: AnnotatedDocument, doc_id: int, context: WriteContext) -> dict[str, StoryDocument]:
    """Cluster key → what the story needs of `doc`, for every cluster its events are in."""
    keys = sorted({e.cluster for e in doc.events if e.cluster})
    unclustered = sum(1 for e in doc.events if not e.cluster)
    if unclustered:
        context.count(UNCLUSTERED, unclustered)
    if not keys:
        context.count(NOT_IN_STORY)
        return {}
    entities, events, stances = _model_objects(doc, doc_id, context.layer, context)
    outlet = doc.source or str(doc.meta.get("outlet", ""))
    return {
        key: StoryDocument(
            doc_id=doc_id,
            text=doc.text,
            outlet=outlet,
            date=doc.date,
            title=doc.title,
            events=[e for e in events.values() if e.cluster == key],
            all_events=events,
            entities=entities,
            stances=stances,
        )
        for key in keys
    }


def _stance_header(column: StoryColumn) -> str:
    """``stance:<target key>`` for a schema target, ``stance:entity:<comparison key>`` for a mention."""
    if column.key.startswith("target:"):
        return "stance:" + column.key.removeprefix("target:")
    return "stance:" + column.key


def _role_header(key: str) -> str:
    return f"role:{key}" if key in FIXED_COLUMNS or key == "conflicts" else key


def _join(cell: StoryCell, *, keys: bool = False) -> str:
    return JOIN.join(value.key if keys else value.text for value in cell.values)


def story_records(story: Story, names: dict[int, str]) -> list[dict[str, Any]]:
    """The rows of one story keyed by column header (role keys, ``stance:...``), with `names`
    giving each row's document id; ``conflicts`` is a list of headers."""
    records = []
    for row in story.rows:
        record: dict[str, Any] = {
            "story": story.cluster,
            "story_title": story.title,
            "document": names[row.doc_id],
            "outlet": row.outlet,
            "date": row.date,
            "title": row.title,
            "trigger": _join(row.trigger),
        }
        conflicts = []
        for column in story.roles:
            cell = row.roles[column.key]
            record[_role_header(column.key)] = _join(cell)
            if cell.conflict:
                conflicts.append(_role_header(column.key))
        for column in story.targets:
            cell = row.stances[column.key]
            record[_stance_header(column)] = _join(cell, keys=True)
            if cell.conflict:
                conflicts.append(_stance_header(column))
        record["conflicts"] = conflicts
        records.append(record)
    return records


def _headers(stories: list[Story]) -> list[str]:
    roles = dict.fromkeys(_role_header(c.key) for story in stories for c in story.roles)
    targets = dict.fromkeys(_stance_header(c) for story in stories for c in story.targets)
    return [*FIXED_COLUMNS, *roles, *targets, "conflicts"]


def write(docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext) -> list[Path]:
    """Write the story table of every cluster in `docs` as CSV and JSON Lines."""
    clusters: dict[str, list[StoryDocument]] = {}
    names: dict[int, str] = {}
    for doc_id, doc in enumerate(docs, start=1):
        found = _story_documents(doc, doc_id, context)
        if found:
            names[doc_id] = doc.id
        for key, story_doc in found.items():
            clusters.setdefault(key, []).append(story_doc)
    stories = []
    for key in sorted(clusters):
        documents = sorted(clusters[key], key=lambda d: (d.date, d.title, d.doc_id))
        stories.append(
            build_story(context.schema, key, context.cluster_titles.get(key, "") or key, documents)
        )
    headers = _headers(stories)
    stem = part or "documents"
    csv_path = out / f"{stem}.story.csv"
    jsonl_path = out / f"{stem}.story.jsonl"
    with (
        open(csv_path, "w", encoding="utf-8-sig", newline="") as csv_handle,
        open(jsonl_path, "w", encoding="utf-8", newline="\n") as jsonl_handle,
    ):
        table = csv.writer(csv_handle)
        table.writerow([guard_cell(h) for h in headers])
        for story in stories:
            for record in story_records(story, names):
                full = {h: record.get(h, "") for h in headers}
                full["conflicts"] = record["conflicts"]
                table.writerow(
                    [guard_cell("; ".join(full[h]) if h == "conflicts" else full[h]) for h in headers]
                )
                jsonl_handle.write(json_line(full))
    return [csv_path, jsonl_path]


FORMAT = FormatInfo(
    name="story",
    title="Story table (CSV + JSONL)",
    version="1",
    carries=frozenset({"events", "stances", "links"}),
    read=None,
    write=write,
    suffixes=(".story.csv", ".story.jsonl"),
    description="Per event cluster, one row per document: trigger, role values, outlet stances, conflicts",
)

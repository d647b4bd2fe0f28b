"""The stance table: one row per stance, as CSV (for spreadsheets) and JSON Lines (for scripts).

Write-only (``read`` is None): the table holds no document text, so a stance cannot be put back
on its spans from it; to move stances between projects use the ``jsonl`` format.

Two files per part, both with the same rows in the same order (documents as they come, stances
as the document lists them):

- ``<part>.stances.csv`` (``documents.stances.csv`` without a split): UTF-8 **with** a byte order
  mark, so Excel and LibreOffice show Arabic correctly; rows end with "\\r\\n" as Python's csv
  module writes them; cells are quoted only when needed. Every cell is guarded against
  spreadsheet formula injection (`guard_cell`): a cell starting with ``= + - @``, a tab or a
  carriage return gets a leading apostrophe, which spreadsheets show as text. That applies to
  every cell, numbers included: a note reading "-5" is written "'-5". Offsets and counts never
  start with those characters, so they are never changed.
- ``<part>.stances.jsonl``: UTF-8 without a BOM, one JSON object per stance, "\\n" line ends,
  Arabic unescaped (``json.dumps(ensure_ascii=False)`` with its default ", " / ": " separators),
  keys in the column order below. Nothing is guarded. ``intensity`` and ``confidence`` are
  numbers or null; ``evidence`` is a list of ``{"start", "end", "text"}`` objects.

Columns (offsets are code points into the document text, end-exclusive, as everywhere):

- ``document``, ``title``, ``outlet`` (the document's source), ``date``: the document's fields.
- ``stance``: the stance id within the document ("S1").
- ``holder``: "" when the author or outlet holds the stance, else the holder mention's text;
  ``holder_entity``: the mention's entity id (the ``kb_id`` linking mentions of one entity across
  documents) or ""; ``holder_label``: the mention's entity label (PER, ORG...) or "".
- ``target``: the schema target key, or the target mention's text when the target is an entity;
  ``target_entity``: that mention's entity id or ""; ``target_label``: its entity label, or ""
  for a schema target.
- ``polarity``: the polarity key (favor, against...).
- ``scope``: "document", or "start-end" of the span the stance is limited to (a quote);
  ``scope_text``: that span's text, "" for the whole document.
- ``evidence_text``: the evidence spans' texts joined by " … "; ``evidence``: their offsets,
  "start-end;start-end".
- ``intensity`` (1-3), ``confidence`` (0-1), ``note``: as annotated, "" when not set.

A holder or target id naming no mention of the document (never the case for an export from a
project) is written as "?" and counted in the notes.

SAMPLE, for the text "قال الوزير إن أنقرة ماضية في عمليتها. وأضاف: نرفض تدخل موسكو في الشمال."
(``documents.stances.csv`` without the BOM; the header is the column list above)::

    doc1,أنقرة ترد,صحيفة الغد,2020-02-29,S1,,,,turkish_operation_idlib,,,favor,document,,\
    ماضية في عمليتها … نرفض تدخل,20-36;45-54,,,
    doc1,أنقرة ترد,صحيفة الغد,2020-02-29,S2,الوزير,PER:الوزير,PER,موسكو,,GPE,against,45-70,\
    نرفض تدخل موسكو في الشمال,نرفض تدخل موسكو,45-60,2,0.75,تصريح متلفز

(each row is one line in the file, cut here at the backslash) and the second row in
``documents.stances.jsonl``, shortened::

    {"document": "doc1", ..., "evidence_text": "نرفض تدخل موسكو", "evidence": [{"start": 45,
     "end": 60, "text": "نرفض تدخل موسكو"}], "intensity": 2, "confidence": 0.75, "note": "تصريح متلفز"}
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.core.formats.base import AnnotatedDocument, DocEntity, DocStance, FormatInfo, WriteContext

__all__ = ["COLUMNS", "FORMAT", "FORMULA_STARTS", "guard_cell", "json_line", "stance_record", "write"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by spreadsheets."""

COLUMNS = (
    "document",
    "title",
    "outlet",
    "date",
    "stance",
    "holder",
    "holder_entity",
    "holder_label",
    "target",
    "target_entity",
    "target_label",
    "polarity",
    "scope",
    "scope_text",
    "evidence_text",
    "evidence",
    "intensity",
    "confidence",
    "note",
)

EVIDENCE_JOIN = " … "
MISSING_MENTION = "stance holder or target naming no mention of the document (written as ?)"


def guard_cell(value: object) -> str:
    """The CSV text of `value`, with a leading apostrophe when a spreadsheet would read it as a
    formula (it starts with = + - @, a tab or a carriage return). None is ""."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def json_line(record: dict[str, Any]) -> str:
    """One JSON Lines line: Arabic unescaped, default separators, keys in the order given."""
    return json.dumps(record, ensure_ascii=False) + "\n"


def _mention(
    doc: AnnotatedDocument, entities: dict[str, DocEntity], entity_id: str | None, context: WriteContext
) -> tuple[str, str, str]:
    """(text, entity id, label) of a holder or target mention; empty when `entity_id` is None."""
    if entity_id is None:
        return "", "", ""
    entity = entities.get(entity_id)
    if entity is None:
        context.count(MISSING_MENTION)
        return "?", "", ""
    return doc.text[entity.start : entity.end], entity.kb_id or "", entity.label


def stance_record(
    doc: AnnotatedDocument, entities: dict[str, DocEntity], stance: DocStance, context: WriteContext
) -> dict[str, Any]:
    """The row of one stance, keyed by `COLUMNS`; evidence as a list of {start, end, text}."""
    holder, holder_entity, holder_label = _mention(doc, entities, stance.holder, context)
    if stance.target is not None:
        target, target_entity, target_label = stance.target, "", ""
    else:
        target, target_entity, target_label = _mention(doc, entities, stance.target_entity, context)
    scope = "document" if stance.scope is None else f"{stance.scope[0]}-{stance.scope[1]}"
    scope_text = "" if stance.scope is None else doc.text[stance.scope[0] : stance.scope[1]]
    evidence = [{"start": s, "end": e, "text": doc.text[s:e]} for s, e in stance.evidence]
    return {
        "document": doc.id,
        "title": doc.title,
        "outlet": doc.source,
        "date": doc.date,
        "stance": stance.id,
        "holder": holder,
        "holder_entity": holder_entity,
        "holder_label": holder_label,
        "target": target,
        "target_entity": target_entity,
        "target_label": target_label,
        "polarity": stance.polarity,
        "scope": scope,
        "scope_text": scope_text,
        "evidence_text": EVIDENCE_JOIN.join(str(ev["text"]) for ev in evidence),
        "evidence": evidence,
        "intensity": stance.intensity,
        "confidence": stance.confidence,
        "note": stance.note,
    }


def _csv_row(record: dict[str, Any]) -> list[str]:
    cells = dict(record)
    cells["evidence"] = ";".join(f"{ev['start']}-{ev['end']}" for ev in record["evidence"])
    return [guard_cell(cells[name]) for name in COLUMNS]


def write(docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext) -> list[Path]:
    """Write the stance table of `docs` as CSV and JSON Lines, one document at a time."""
    stem = part or "documents"
    csv_path = out / f"{stem}.stances.csv"
    jsonl_path = out / f"{stem}.stances.jsonl"
    with (
        open(csv_path, "w", encoding="utf-8-sig", newline="") as csv_handle,
        open(jsonl_path, "w", encoding="utf-8", newline="\n") as jsonl_handle,
    ):
        table = csv.writer(csv_handle)
        table.writerow([guard_cell(name) for name in COLUMNS])
        for doc in docs:
            entities = doc.entity_by_id()
            for stance in doc.stances:
                record = stance_record(doc, entities, stance, context)
                table.writerow(_csv_row(record))
                jsonl_handle.write(json_line(record))
    return [csv_path, jsonl_path]


FORMAT = FormatInfo(
    name="stances",
    title="Stance table (CSV + JSONL)",
    version="1",
    carries=frozenset({"stances"}),
    read=None,
    write=write,
    suffixes=(".stances.csv", ".stances.jsonl"),
    description="One row per stance (holder, target, polarity, scope, evidence) as CSV and JSON Lines",
)

"""doccano sequence-labelling JSONL: one document per line with ``[start, end, "TYPE"]`` spans.

doccano exports ``{"id", "text", "label": [[start, end, "TYPE"], ...], ...}`` for a sequence
labelling project and, with relations on, ``{"id", "text", "entities": [{"id", "label",
"start_offset", "end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}]}``. Offsets are
code points (doccano's backend is Python), end exclusive; spans may overlap or repeat. SAMPLE as
we write it::

    {"id":12,"text":"استقبل الملك عبدالله وفدا من عمّان 😊","label":[[7,12,"PER"],[7,20,"PER"],
    [29,34,"GPE"]],"title":"زيارة"}

(one line in the file; wrapped here).

Reading: both variants (and both in one record), one JSON object per line or a pretty-printed
object/array. The text is ``text``, else ``data`` (doccano 1.x), else the first string value
(doccano's ``column_data``; counted). Spans come from ``label``/``labels``, else from a key whose
value is a list of ``[start, end, "TYPE"]`` (``column_label``; counted). Text-classification labels
(a list of strings) stay in ``meta`` under their key (counted). Relations are counted as not
imported. Exact duplicate spans are dropped (counted); overlaps are kept (nested entities). A span
with bad offsets is a Problem naming the line, document and span. ``id``/``title``/``source``/
``date``/``url`` are document fields; every other key (``Comments``, ``meta``'s keys) goes to
``meta``. With ``ReadOptions.utf16`` offsets are UTF-16 code units (doccano's old JS frontend).

Writing: out/<part or documents>.jsonl, compact JSON, keys ``id`` (a number when the id is one),
``text``, ``label`` (spans sorted by start, end, label), then ``title``, ``source``, ``date``,
``url`` when not empty. Events, stances, entity attributes and kb_ids have no place in the format:
they are counted as lost in the export notes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.formats.base import (
    AnnotatedDocument,
    DocEntity,
    FormatInfo,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
)
from annotator.core.formats.jsonl import (
    CRLF_NOTE,
    Record,
    SpanChecker,
    as_int,
    crlf_repair,
    dumps,
    json_id,
    json_records,
)
from annotator.core.formats.labelstudio import utf16_to_code_points

__all__ = ["FORMAT", "read", "write"]

_FIELDS = ("title", "source", "date", "url")
_VARIANT_KEYS = {"entities", "relations"}


def _text_key(raw: dict[str, Any], result: ReadResult) -> str | None:
    for key in ("text", "data"):
        if isinstance(raw.get(key), str):
            return key
    for key, value in raw.items():
        if isinstance(value, str) and key not in ("id", *_FIELDS):
            result.count(f'text read from key "{key}"')
            return str(key)
    return None


def _is_span(item: Any) -> bool:
    return isinstance(item, list) and len(item) == 3 and isinstance(item[2], str)


def _label_key(raw: dict[str, Any], result: ReadResult) -> str | None:
    for key in ("label", "labels"):
        if isinstance(raw.get(key), list):
            return key
    for key, value in raw.items():
        if isinstance(value, list) and value and all(_is_span(item) for item in value):
            result.count(f'spans read from key "{key}"')
            return str(key)
    return None


class _Builder:
    """Collects one document's entities, converting offsets and dropping exact duplicates."""

    def __init__(self, check: SpanChecker, utf16: bool, result: ReadResult) -> None:
        self.check, self.result = check, result
        self.to_cp = utf16_to_code_points(check.text) if utf16 else None
        self.entities: list[DocEntity] = []
        self.seen: set[tuple[int, int, str]] = set()

    def add(self, eid: str, start: Any, end: Any, label: Any, item: str) -> None:
        if not isinstance(label, str) or not label:
            self.check.problem(item, "has no label")
            return
        if self.to_cp is not None:
            s, e = as_int(start), as_int(end)
            start = start if s is None else self.to_cp(s)
            end = end if e is None else self.to_cp(e)
            if start is None or end is None:
                self.check.problem(item, "UTF-16 offsets do not fall between characters of the text")
                return
        span = self.check.span(start, end, item)
        if span is None:
            return
        if (*span, label) in self.seen:
            self.result.count("duplicate spans dropped")
            return
        self.seen.add((*span, label))
        used = {e.id for e in self.entities}
        while eid in used:
            eid += "'"
        self.entities.append(DocEntity(eid, span[0], span[1], label))


def _spans(value: list[Any], key: str, meta: dict[str, Any], build: _Builder) -> None:
    """`label` holds spans (sequence labelling) or strings (text classification, kept in meta)."""
    categories = [item for item in value if isinstance(item, str)]
    if categories:
        meta[key] = categories
        build.result.count("document labels (text classification) kept in meta")
    for n, item in enumerate(value, start=1):
        if isinstance(item, str):
            continue
        if isinstance(item, list | tuple) and len(item) == 3:
            build.add(f"T{n}", item[0], item[1], item[2], f"span {dumps(item)}")
        else:
            build.check.problem(f"{key} #{n}", f'expected [start, end, "TYPE"], found {dumps(item)}')


def _relation_entities(raw: dict[str, Any], build: _Builder) -> None:
    entities = raw.get("entities")
    for n, item in enumerate(entities if isinstance(entities, list) else [], start=1):
        if not isinstance(item, dict):
            build.check.problem(f"entities #{n}", "expected an object")
            continue
        eid = str(item["id"]) if item.get("id") is not None else f"T{n}"
        build.add(eid, item.get("start_offset"), item.get("end_offset"), item.get("label"), f"entity {eid}")
    relations = raw.get("relations")
    if isinstance(relations, list) and relations:
        build.result.count("relations not imported", len(relations))


def _document(record: Record, path: Path, options: ReadOptions, result: ReadResult) -> list[Any]:
    raw, line = record.value, record.line
    if not isinstance(raw, dict):
        return [Problem(str(path), line, 'expected a JSON object with "text" and "label"')]
    doc_id = str(raw["id"]) if raw.get("id") is not None else record.fallback_id
    text_key = _text_key(raw, result)
    if text_key is None:
        return [Problem(str(path), line, 'no "text" field (and no other text value)', document=doc_id)]
    text = raw[text_key]
    build = _Builder(SpanChecker(str(path), line, doc_id, text), options.utf16, result)
    meta: dict[str, Any] = {}
    label_key = _label_key(raw, result)
    if label_key is not None:
        _spans(raw[label_key], label_key, meta, build)
    _relation_entities(raw, build)
    fields = {key: str(raw[key]) for key in _FIELDS if isinstance(raw.get(key), str | int | float)}
    for key, value in raw.items():
        if key == "meta" and isinstance(value, dict):
            meta.update(value)
        elif key not in {"id", text_key, label_key, *_FIELDS, *_VARIANT_KEYS}:
            meta[key] = value
    doc = AnnotatedDocument(doc_id, text, meta=meta, entities=build.entities, path=str(path), line=line)
    doc.title, doc.source, doc.date, doc.url = (fields.get(key, "") for key in _FIELDS)
    repaired, move = crlf_repair(text)
    if repaired != text:
        doc.text = repaired
        for entity in doc.entities:
            entity.start, entity.end = move(entity.start), move(entity.end)
        result.count(CRLF_NOTE)
    return [doc, *build.check.problems]


def read(path: Path, options: ReadOptions, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    """Documents of a doccano JSONL export (either variant), with Problems for what is unreadable."""
    for record in json_records(path, options, result, "doccano JSONL"):
        if isinstance(record, Problem):
            yield record
        else:
            yield from _document(record, path, options, result)


def _record(doc: AnnotatedDocument, context: WriteContext) -> dict[str, Any]:
    spans = sorted((e.start, e.end, e.label) for e in doc.entities)
    record: dict[str, Any] = {"id": json_id(doc.id), "text": doc.text, "label": [list(s) for s in spans]}
    record.update({key: getattr(doc, key) for key in _FIELDS if getattr(doc, key)})
    lost = {
        "events not exported (doccano holds entities only)": len(doc.events),
        "stances not exported (doccano holds entities only)": len(doc.stances),
        "entity attributes dropped": sum(1 for e in doc.entities if e.attributes),
        "entity links (kb_id) dropped": sum(1 for e in doc.entities if e.kb_id is not None),
    }
    for what, n in lost.items():
        if n:
            context.count(what, n)
    return record


def write(docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext) -> list[Path]:
    """Write `docs` in doccano's "label" variant to out/<part or documents>.jsonl, streaming."""
    path = out / f"{part or 'documents'}.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(dumps(_record(doc, context)) + "\n")
    return [path]


FORMAT = FormatInfo(
    name="doccano",
    title="doccano JSONL",
    version="1",
    carries=frozenset({"entities", "nested"}),
    read=read,
    write=write,
    suffixes=(".jsonl", ".json"),
    description="doccano sequence-labelling JSONL: text with [start, end, label] spans",
)

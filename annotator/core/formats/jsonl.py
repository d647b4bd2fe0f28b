"""Our own JSONL: one document per line with every kind of annotation, lossless.

Each line is one compact JSON object (UTF-8, Arabic as is, no spaces after "," and ":"), keys
in this fixed order; ``meta`` and ``attributes`` are written with sorted keys:

- ``id``, ``text``, ``title``, ``source``, ``date``, ``url``, ``meta`` (object), ``layer``;
- ``entities``: ``{"id", "start", "end", "label", "text", "attributes", "kb_id"?}``;
- ``events``: ``{"id", "type", "trigger": {"start", "end", "text"}, "arguments": [{"role",
  "entity"} | {"role", "event"}], "attributes", "cluster"?}``;
- ``stances``: ``{"id", "holder", "target", "target_entity", "polarity", "scope", "evidence",
  "intensity", "confidence", "note"}``; ``holder`` null is the author/outlet, ``scope`` is
  ``"document"`` or ``{"start", "end", "text"}``, ``evidence`` a list of such spans.

``kb_id`` appears only on linked entities, ``cluster`` only on clustered events. Offsets are code
points into ``text``, end exclusive; every ``text`` beside offsets is ``text[start:end]``. SAMPLE
(one line, wrapped here)::

    {"id":"7","text":"قصف الجيش مدينة حلب.","title":"","source":"","date":"","url":"","meta":{},
     "layer":"gold","entities":[{"id":"T1","start":4,"end":9,"label":"ORG","text":"الجيش",
     "attributes":{}},{"id":"T2","start":10,"end":19,"label":"GPE","text":"مدينة حلب",
     "attributes":{},"kb_id":"Q41183"}],"events":[{"id":"E1","type":"Conflict.Attack","trigger":{"start":0,
     "end":3,"text":"قصف"},"arguments":[{"role":"Attacker","entity":"T1"}],"attributes":{}}],
     "stances":[]}

Reading policies: a line that is not JSON, or has no ``text``, is a Problem with its line number;
an item with bad offsets (not integers, outside the text, start >= end) or whose ``text`` differs
from ``text[start:end]`` is a Problem naming the document and the item, and is dropped while the
rest of the document comes through; arguments, holders and target entities that name an unknown
id are Problems and are dropped. Missing optional keys are tolerated, so the plain document
JSONL of `annotator import` (``text`` plus metadata, ``headline``/``outlet``/``published``/
``link`` aliases included) reads as documents without annotations. Unknown top-level keys go into
``meta``. A text holding "\\r\\n" is repaired to "\\n" and its offsets moved with it (counted).

The helpers ``dumps``, ``json_records``, ``SpanChecker`` and ``crlf_repair`` are shared by the
doccano and Label Studio modules.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from annotator.core.formats.base import (
    AnnotatedDocument,
    DocArgument,
    DocEntity,
    DocEvent,
    DocStance,
    FormatError,
    FormatInfo,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
)
from annotator.core.model import Span
from annotator.core.text import TextDecodeError, decode_bytes
from annotator.core.text.reading import repair_line_endings_mapped as crlf_repair

__all__ = ["FORMAT", "Record", "SpanChecker", "crlf_repair", "document_record", "dumps", "json_records"]

_KNOWN = {"id", "text", "title", "source", "date", "url", "meta", "layer", "entities", "events", "stances"}
_ALIASES = {"headline": "title", "outlet": "source", "published": "date", "link": "url"}
CRLF_NOTE = 'texts with "\\r\\n" repaired to "\\n" (offsets moved)'


# -- helpers shared with doccano and labelstudio ------------------------------------------------------


def dumps(value: Any) -> str:
    """Compact JSON, UTF-8 kept as is; key order is the caller's (build dicts in a fixed order)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def sorted_keys(value: Any) -> Any:
    """`value` with every nested dict's keys sorted, for free-form meta and attributes."""
    if isinstance(value, dict):
        return {str(k): sorted_keys(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, list | tuple):
        return [sorted_keys(v) for v in value]
    return value


def json_id(value: str) -> int | str:
    """A document id as the tools expect it: a JSON number when it is a plain decimal number."""
    return int(value) if value.isascii() and value.isdigit() and (value == "0" or value[0] != "0") else value


def as_int(value: Any) -> int | None:
    """An offset: an int (not a bool), or an integral float; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def decode(path: Path, options: ReadOptions) -> str | Problem:
    try:
        return decode_bytes(path.read_bytes(), source=str(path), encoding=options.encoding)
    except TextDecodeError as exc:
        return Problem(str(path), None, exc.reason)
    except OSError as exc:
        return Problem(str(path), None, f"cannot be read ({exc.strerror or exc})")


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


class Record(NamedTuple):
    """One JSON value of a file: its line (None inside a pretty-printed array) and a fallback id."""

    line: int | None
    fallback_id: str
    value: Any


def json_records(
    path: Path, options: ReadOptions, result: ReadResult, what: str
) -> Iterator[Record | Problem]:
    """Each JSON line of `path` as a Record (fallback id: the line number), or a Problem for a line
    that is not JSON.

    A pretty-printed file (one object, or an array whose items get ids 1, 2...) is read whole,
    counted. When neither the first line nor the whole file is JSON, it is not `what`: FormatError.
    """
    text = decode(path, options)
    if isinstance(text, Problem):
        yield text
        return
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        yield Problem(str(path), None, "the file is empty")
        return
    if not _parses(lines[first]):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError as exc:
            if not any(_parses(line) for line in [x for x in lines if x.strip()][:20]):
                raise FormatError(f"{path}: line {first + 1} is not JSON ({exc.msg}); not {what}") from None
        else:
            result.count("pretty-printed JSON read as a whole")
            if not isinstance(whole, list):
                yield Record(first + 1, str(first + 1), whole)
            for n, value in enumerate(whole if isinstance(whole, list) else [], start=1):
                yield Record(None, str(n), value)
            return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield Record(number, str(number), json.loads(line))
        except json.JSONDecodeError as exc:
            yield Problem(str(path), number, f"not valid JSON ({exc.msg}, column {exc.colno})")


@dataclass(slots=True)
class SpanChecker:
    """Checks the spans of one document and collects Problems naming the file, line, document, item."""

    path: str
    line: int | None
    document: str
    text: str
    problems: list[Problem] = field(default_factory=list)

    def problem(self, item: str, message: str) -> None:
        self.problems.append(Problem(self.path, self.line, message, item=item, document=self.document))

    def span(self, start: Any, end: Any, item: str, expected: Any = None) -> Span | None:
        """(start, end) when both are ints, 0 <= start < end <= len(text) and `expected` (when a
        string) equals the text there; otherwise a Problem and None."""
        s, e = as_int(start), as_int(end)
        if s is None or e is None:
            self.problem(item, f"offsets must be integers (start={start!r}, end={end!r})")
            return None
        if not 0 <= s < e <= len(self.text):
            self.problem(item, f"offsets {s}-{e} are not a span of the text (length {len(self.text)})")
            return None
        if isinstance(expected, str) and self.text[s:e] != expected:
            self.problem(item, f"text {expected!r} differs from the document's {self.text[s:e]!r} at {s}-{e}")
            return None
        return s, e

    def span_of(self, raw: Any, item: str) -> Span | None:
        """The span of a ``{"start", "end", "text"?}`` object (see `span`)."""
        raw = raw if isinstance(raw, dict) else {}
        return self.span(raw.get("start"), raw.get("end"), item, raw.get("text"))


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


def _id(raw: dict[str, Any], fallback: str) -> str:
    value = raw.get("id")
    return fallback if value is None or value == "" else str(value)


def _dict(raw: Any, check: SpanChecker, item: str, key: str) -> dict[str, Any]:
    value = raw.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        check.problem(item, f'"{key}" must be an object; ignored')
        return {}
    return value


def _items(doc: dict[str, Any], key: str, check: SpanChecker) -> list[tuple[int, dict[str, Any]]]:
    value = doc.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        check.problem(key, f'"{key}" must be a list; none read')
        return []
    good = []
    for n, raw in enumerate(value, start=1):
        if isinstance(raw, dict):
            good.append((n, raw))
        else:
            check.problem(f"{key} #{n}", "expected an object")
    return good


# -- reading --------------------------------------------------------------------------------------


def _entities(doc: dict[str, Any], check: SpanChecker) -> list[DocEntity]:
    found: list[DocEntity] = []
    seen: set[str] = set()
    for n, raw in _items(doc, "entities", check):
        eid = _id(raw, f"_T{n}")
        item = f"entity {eid}"
        label = raw.get("label")
        span = check.span_of(raw, item)
        if eid in seen:
            check.problem(item, "the id is used twice; the second is dropped")
        elif not isinstance(label, str) or not label:
            check.problem(item, '"label" is missing')
        elif span is not None:
            kb = raw.get("kb_id")
            attributes = _dict(raw, check, item, "attributes")
            found.append(DocEntity(eid, span[0], span[1], label, attributes, _opt(kb)))
            seen.add(eid)
    return found


def _arguments(raw: dict[str, Any], item: str, check: SpanChecker) -> list[DocArgument]:
    args: list[DocArgument] = []
    value = raw.get("arguments") or []
    for n, arg in enumerate(value if isinstance(value, list) else [value], start=1):
        role = arg.get("role") if isinstance(arg, dict) else None
        if not isinstance(arg, dict) or not isinstance(role, str) or not role:
            check.problem(f"{item} argument #{n}", 'expected {"role", "entity"} or {"role", "event"}')
            continue
        entity, event = arg.get("entity"), arg.get("event")
        if (entity is None) == (event is None):
            check.problem(f"{item} argument {role}", 'needs exactly one of "entity" and "event"')
            continue
        args.append(DocArgument(role, _opt(entity), _opt(event)))
    return args


def _events(doc: dict[str, Any], entities: set[str], check: SpanChecker) -> list[DocEvent]:
    found: list[DocEvent] = []
    for n, raw in _items(doc, "events", check):
        eid = _id(raw, f"_E{n}")
        item = f"event {eid}"
        trigger = raw.get("trigger")
        if any(e.id == eid for e in found):
            check.problem(item, "the id is used twice; the second is dropped")
        elif not isinstance(raw.get("type"), str) or not raw["type"]:
            check.problem(item, '"type" is missing')
        elif not isinstance(trigger, dict):
            check.problem(item, '"trigger" must be {"start", "end", "text"}')
        elif span := check.span_of(trigger, f"{item} trigger"):
            cluster = raw.get("cluster")
            args = _arguments(raw, item, check)
            attributes = _dict(raw, check, item, "attributes")
            found.append(DocEvent(eid, raw["type"], *span, args, attributes, _opt(cluster)))
    events = {e.id for e in found}
    for event in found:
        kept = []
        for arg in event.arguments:
            ref, known = (arg.entity, entities) if arg.entity is not None else (arg.event, events)
            if ref in known and ref != event.id:
                kept.append(arg)
            else:
                kind = "entity" if arg.entity is not None else "event"
                check.problem(
                    f"event {event.id} argument {arg.role}", f"refers to unknown {kind} {ref!r}; dropped"
                )
        event.arguments = kept
    return found


def _stance(raw: dict[str, Any], sid: str, entities: set[str], check: SpanChecker) -> DocStance | None:
    item = f"stance {sid}"
    holder, target, target_entity = raw.get("holder"), raw.get("target"), raw.get("target_entity")
    polarity = raw.get("polarity")
    if not isinstance(polarity, str) or not polarity:
        check.problem(item, '"polarity" is missing')
        return None
    if (target is None) == (target_entity is None):
        check.problem(item, 'needs exactly one of "target" and "target_entity"')
        return None
    for key, ref in (("holder", holder), ("target_entity", target_entity)):
        if ref is not None and str(ref) not in entities:
            check.problem(item, f"{key} refers to unknown entity {ref!r}; dropped")
            return None
    scope = None
    if isinstance(raw.get("scope"), dict) and (scope := check.span_of(raw["scope"], f"{item} scope")) is None:
        return None
    spans = [check.span_of(ev, f"{item} evidence #{n}") for n, ev in enumerate(raw.get("evidence") or [], 1)]
    stance = DocStance(sid, polarity, _opt(holder), _opt(target), _opt(target_entity), scope)
    stance.evidence = [span for span in spans if span is not None]
    stance.intensity, stance.confidence = as_int(raw.get("intensity")), _float(raw.get("confidence"))
    stance.note = _str(raw.get("note"))
    return stance


def _stances(doc: dict[str, Any], entities: set[str], check: SpanChecker) -> list[DocStance]:
    found: list[DocStance] = []
    for n, raw in _items(doc, "stances", check):
        sid = _id(raw, f"_S{n}")
        if any(s.id == sid for s in found):
            check.problem(f"stance {sid}", "the id is used twice; the second is dropped")
        elif stance := _stance(raw, sid, entities, check):
            found.append(stance)
    return found


def _fields(raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    fields: dict[str, Any] = {key: _str(raw.get(key)) for key in ("title", "source", "date", "url")}
    meta: dict[str, Any] = {}
    for key, value in raw.items():
        target = _ALIASES.get(key)
        if target and not fields[target] and isinstance(value, str | int | float):
            fields[target] = str(value)
        elif key not in _KNOWN:
            meta[key] = value
    if isinstance(raw.get("meta"), dict):
        meta.update(raw["meta"])
    elif raw.get("meta") is not None:
        meta["meta"] = raw["meta"]
    return fields, meta


def _shift(doc: AnnotatedDocument, move: Callable[[int], int]) -> None:
    for entity in doc.entities:
        entity.start, entity.end = move(entity.start), move(entity.end)
    for event in doc.events:
        event.start, event.end = move(event.start), move(event.end)
    for stance in doc.stances:
        stance.scope = None if stance.scope is None else (move(stance.scope[0]), move(stance.scope[1]))
        stance.evidence = [(move(s), move(e)) for s, e in stance.evidence]


def document_from(record: Record, path: Path, result: ReadResult) -> list[AnnotatedDocument | Problem]:
    """One record of our JSONL as a document followed by the Problems of its items (or one Problem)."""
    raw, line = record.value, record.line
    if not isinstance(raw, dict):
        return [Problem(str(path), line, 'expected a JSON object with a "text" field')]
    doc_id = _id(raw, record.fallback_id)
    text = raw.get("text")
    if not isinstance(text, str):
        return [Problem(str(path), line, 'field "text" is missing or not a string', document=doc_id)]
    check = SpanChecker(str(path), line, doc_id, text)
    fields, meta = _fields(raw)
    entities = _entities(raw, check)
    ids = {e.id for e in entities}
    doc = AnnotatedDocument(
        doc_id,
        text,
        **fields,
        meta=meta,
        layer=_str(raw.get("layer")),
        entities=entities,
        events=_events(raw, ids, check),
        stances=_stances(raw, ids, check),
        path=str(path),
        line=line,
    )
    repaired, move = crlf_repair(text)
    if repaired != text:
        doc.text = repaired
        _shift(doc, move)
        result.count(CRLF_NOTE)
    return [doc, *check.problems]


def read(path: Path, options: ReadOptions, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    """Documents of our JSONL (or of the plain document JSONL), with Problems for what is unreadable."""
    for record in json_records(path, options, result, "a JSONL file"):
        if isinstance(record, Problem):
            yield record
        else:
            yield from document_from(record, path, result)


# -- writing --------------------------------------------------------------------------------------


def _span(text: str, span: Span) -> dict[str, Any]:
    return {"start": span[0], "end": span[1], "text": text[span[0] : span[1]]}


def _entity(doc: AnnotatedDocument, e: DocEntity) -> dict[str, Any]:
    record = {"id": e.id, "start": e.start, "end": e.end, "label": e.label, "text": doc.text[e.start : e.end]}
    record["attributes"] = sorted_keys(e.attributes)
    if e.kb_id is not None:
        record["kb_id"] = e.kb_id
    return record


def _event(doc: AnnotatedDocument, ev: DocEvent) -> dict[str, Any]:
    args = [
        {"role": a.role, "entity": a.entity} if a.entity is not None else {"role": a.role, "event": a.event}
        for a in ev.arguments
    ]
    record = {"id": ev.id, "type": ev.type, "trigger": _span(doc.text, (ev.start, ev.end)), "arguments": args}
    record["attributes"] = sorted_keys(ev.attributes)
    if ev.cluster is not None:
        record["cluster"] = ev.cluster
    return record


def _stance_record(doc: AnnotatedDocument, s: DocStance) -> dict[str, Any]:
    return {
        "id": s.id,
        "holder": s.holder,
        "target": s.target,
        "target_entity": s.target_entity,
        "polarity": s.polarity,
        "scope": "document" if s.scope is None else _span(doc.text, s.scope),
        "evidence": [_span(doc.text, span) for span in s.evidence],
        "intensity": s.intensity,
        "confidence": s.confidence,
        "note": s.note,
    }


def document_record(doc: AnnotatedDocument, layer: str = "") -> dict[str, Any]:
    """The JSON object of one document, keys in the documented order."""
    return {
        "id": doc.id,
        "text": doc.text,
        "title": doc.title,
        "source": doc.source,
        "date": doc.date,
        "url": doc.url,
        "meta": sorted_keys(doc.meta),
        "layer": doc.layer or layer,
        "entities": [_entity(doc, e) for e in doc.entities],
        "events": [_event(doc, ev) for ev in doc.events],
        "stances": [_stance_record(doc, s) for s in doc.stances],
    }


def write(docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext) -> list[Path]:
    """Write `docs` one line each to out/<part or documents>.jsonl, streaming."""
    path = out / f"{part or 'documents'}.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(dumps(document_record(doc, context.layer)) + "\n")
            inside = _inside_words(doc)
            if inside:
                context.count(INSIDE_WORDS, inside)
    return [path]


INSIDE_WORDS = (
    "entities starting or ending inside a word (after a proclitic: kept exactly here, but "
    "spaCy's offsets_to_biluo_tags marks them '-'; token exports widen them, or cut the word "
    "with --tokens entity-cuts)"
)


def _inside_words(doc: AnnotatedDocument) -> int:
    """How many entities a whole-word tokenizer cannot hold exactly (nothing is lost in this format)."""
    from annotator.core.formats.spacy_docbin import misaligned_entities  # pure: spaCy is not imported

    return len(misaligned_entities(doc))


FORMAT = FormatInfo(
    name="jsonl",
    title="Annotator JSONL",
    version="1",
    carries=frozenset({"entities", "nested", "events", "stances", "links", "attributes"}),
    read=read,
    write=write,
    suffixes=(".jsonl", ".ndjson"),
    description="One JSON document per line with entities, events, stances and links; lossless",
)

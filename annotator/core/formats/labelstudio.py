"""Label Studio JSON export: a JSON array of tasks with span regions and document choices.

A task is ``{"id", "data": {"text", ...}, "annotations": [{"completed_by", "was_cancelled",
"result": [...]}], "predictions": [{"result": [...]}]}``. A span region is ``{"id", "from_name",
"to_name", "type": "labels", "value": {"start", "end", "text", "labels": [...]}}`` with offsets in
code points (Label Studio's 2021 fix; older exports counted UTF-16 code units), end exclusive.
SAMPLE as we write it (one task per line)::

    [
    {"id":3,"data":{"text":"رحّب الوزير بالاتفاق 😊 في عمّان","title":"اتفاق"},"annotations":[{"result":[
     {"id":"T1","from_name":"label","to_name":"text","type":"labels","value":{"start":5,"end":11,
     "text":"الوزير","labels":["PER"]}},{"id":"S1","from_name":"stance_agreement","to_name":"text",
     "type":"choices","value":{"choices":["favor"]}}]}]}
    ]

Reading: a JSON array of tasks, a single task, or a JSON_MIN-like array of flat objects
(``{"text", "<from_name>": [{"start", "end", "text", "labels"}], ...}``). The text is
``data["text"]`` or else the first string value of ``data`` (counted; a Problem naming the keys
when there is none). The annotation taken is the first one not cancelled when
``ReadOptions.annotation`` is "first", else the one whose ``completed_by`` id or email equals it;
a task without annotations takes ``predictions[0]`` (model pre-annotations; counted). Each label
of a ``labels`` region becomes one entity (ids: the region id, then ``<id>.2``...). ``choices``
results whose ``from_name`` is ``stance_<target>`` become outlet stances toward ``<target>``;
choices with a region's id become that entity's attributes; other choices go to
``meta["choices"][from_name]``; relations and other result types are counted as not imported.
Offsets are checked against ``value.text``: on a mismatch the other unit (UTF-16 code units, or
code points when ``ReadOptions.utf16`` is set) is tried and counted if it fits, else a Problem.

Writing: out/<part or documents>.json, streamed ("[\\n", tasks joined by ",\\n", "\\n]\\n"),
compact JSON, code points. Entities become regions ``T1``, ``T2``... (``from_name`` "label",
``to_name`` "text"); string attributes become per-region choices; outlet stances toward a schema
target become ``stance_<target>`` choices. Events, kb_ids, other stances and stance details are
counted as lost in the export notes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.formats.base import (
    AnnotatedDocument,
    DocEntity,
    DocStance,
    FormatError,
    FormatInfo,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
)
from annotator.core.formats.jsonl import (
    CRLF_NOTE,
    SpanChecker,
    as_int,
    crlf_repair,
    decode,
    dumps,
    json_id,
    sorted_keys,
)
from annotator.core.model import Span

__all__ = ["FORMAT", "read", "utf16_to_code_points", "write"]

STANCE_PREFIX = "stance_"
_FIELDS = ("title", "source", "date", "url")
_MIN_BOOKKEEPING = {"id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time"}


def utf16_to_code_points(text: str) -> Callable[[int], int | None]:
    """A function turning a UTF-16 code-unit offset into `text` into a code-point offset; None when
    the offset falls inside a surrogate pair or outside the text."""
    if all(ord(ch) < 0x10000 for ch in text):
        return lambda offset: offset if 0 <= offset <= len(text) else None
    table: dict[int, int] = {}
    units = 0
    for index, ch in enumerate(text):
        table[units] = index
        units += 2 if ord(ch) > 0xFFFF else 1
    table[units] = len(text)
    return table.get


# -- reading --------------------------------------------------------------------------------------


def _matches(completed_by: Any, wanted: str) -> bool:
    if isinstance(completed_by, dict):
        return wanted in (str(completed_by.get("id")), str(completed_by.get("email")))
    return str(completed_by) == wanted


def _chosen_results(task: dict[str, Any], options: ReadOptions, result: ReadResult) -> list[Any]:
    """The result list of the annotation `options.annotation` names, or of the first prediction."""
    annotations = task.get("annotations", task.get("completions")) or []
    if not annotations:
        predictions = task.get("predictions") or []
        if predictions and isinstance(predictions[0], dict):
            result.count("predictions used (task had no annotation)")
            return list(predictions[0].get("result") or [])
        return []
    for annotation in annotations:
        if not isinstance(annotation, dict) or annotation.get("was_cancelled"):
            continue
        if options.annotation == "first" or _matches(annotation.get("completed_by"), options.annotation):
            return list(annotation.get("result") or [])
    who = "not cancelled" if options.annotation == "first" else f"by {options.annotation}"
    result.count(f"tasks without an annotation {who} (read without annotations)")
    return []


def _min_results(task: dict[str, Any]) -> list[Any]:
    """JSON_MIN rows carry regions under their from_name and choices as a string or {"choices"}."""
    results: list[Any] = []
    for key, value in task.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) and "start" in v for v in value):
            results += [{"type": "labels", "from_name": key, "value": v} for v in value]
        elif key.startswith(STANCE_PREFIX) and isinstance(value, str | dict):
            choices = [value] if isinstance(value, str) else value.get("choices", [])
            results.append({"type": "choices", "from_name": key, "value": {"choices": choices}})
    return results


def _fits(text: str, span: tuple[int | None, int | None], expected: str) -> Span | None:
    s, e = span
    if s is None or e is None or not 0 <= s < e <= len(text) or text[s:e] != expected:
        return None
    return s, e


def _offsets(
    value: dict[str, Any], check: SpanChecker, item: str, utf16: bool, result: ReadResult
) -> Span | None:
    """The region's code-point span, trying the other offset unit when value.text does not fit."""
    s, e = as_int(value.get("start")), as_int(value.get("end"))
    if s is None or e is None:
        return check.span(value.get("start"), value.get("end"), item)
    to_cp = utf16_to_code_points(check.text)
    converted = (to_cp(s), to_cp(e))
    primary, other = (converted, (s, e)) if utf16 else ((s, e), converted)
    expected = value.get("text")
    if isinstance(expected, str):
        if span := _fits(check.text, primary, expected):
            return span
        if span := _fits(check.text, other, expected):
            result.count("offsets read as code points" if utf16 else "offsets read as UTF-16")
            return span
    if primary[0] is None or primary[1] is None:
        check.problem(item, f"UTF-16 offsets {s}-{e} do not fall between characters of the text")
        return None
    return check.span(primary[0], primary[1], item, expected)


def _entities(
    results: list[Any], check: SpanChecker, utf16: bool, result: ReadResult
) -> dict[str, list[DocEntity]]:
    regions: dict[str, list[DocEntity]] = {}
    for n, res in enumerate(results, start=1):
        value = res.get("value")
        if res.get("type") != "labels" or not isinstance(value, dict):
            continue
        rid = str(res.get("id") or f"R{n}")
        labels = [label for label in value.get("labels") or [] if isinstance(label, str) and label]
        if not labels:
            check.problem(f"region {rid}", "has no labels")
            continue
        span = _offsets(value, check, f"region {rid}", utf16, result)
        if span is None:
            continue
        if len(labels) > 1:
            result.count("regions with several labels read as one entity per label")
        ids = [rid] + [f"{rid}.{k}" for k in range(2, len(labels) + 1)]
        regions.setdefault(rid, []).extend(
            DocEntity(i, *span, label) for i, label in zip(ids, labels, strict=True)
        )
    return regions


def _choices(
    results: list[Any], doc: AnnotatedDocument, regions: dict[str, list[DocEntity]], result: ReadResult
) -> None:
    """Stance choices become outlet stances, per-region choices attributes, the rest meta."""
    for res in results:
        value = res.get("value")
        if res.get("type") != "choices" or not isinstance(value, dict):
            continue
        name = str(res.get("from_name", ""))
        choices = [str(c) for c in value.get("choices") or []]
        rid = str(res.get("id", ""))
        if rid in regions:
            for entity in regions[rid]:
                entity.attributes[name] = choices[0] if len(choices) == 1 else choices
            result.count("per-region choices read as entity attributes")
        elif name.startswith(STANCE_PREFIX) and len(name) > len(STANCE_PREFIX):
            for polarity in choices:
                sid = f"S{len(doc.stances) + 1}"
                doc.stances.append(DocStance(sid, polarity, target=name[len(STANCE_PREFIX) :]))
        else:
            doc.meta.setdefault("choices", {})[name] = choices
            result.count("document choices kept in meta")


def _count_others(results: list[Any], result: ReadResult) -> None:
    for res in results:
        kind = res.get("type")
        if kind == "relation":
            result.count("relations not imported")
        elif kind not in ("labels", "choices"):
            result.count(f"results of type {kind!r} not imported")


def _text(data: dict[str, Any], result: ReadResult) -> tuple[str, str] | None:
    """(key, text): data["text"], else the first string value (counted)."""
    if isinstance(data.get("text"), str):
        return "text", str(data["text"])
    for key, value in data.items():
        if isinstance(value, str) and key not in _MIN_BOOKKEEPING and not key.startswith(STANCE_PREFIX):
            result.count(f'text read from data key "{key}"')
            return key, value
    return None


def _meta(task: dict[str, Any], data: dict[str, Any], skip: set[str]) -> dict[str, Any]:
    """Task fields beside the text, title, source, date and url, and the task's own "meta"."""
    meta = {k: v for k, v in data.items() if k not in skip and k not in _FIELDS}
    if data is not task and isinstance(task.get("meta"), dict):
        meta.update(task["meta"])
    return meta


def _document(task: Any, n: int, path: Path, options: ReadOptions, result: ReadResult) -> list[Any]:
    if not isinstance(task, dict):
        return [Problem(str(path), None, f"task #{n} is not a JSON object")]
    doc_id = str(n) if task.get("id") is None else str(task["id"])
    full = isinstance(task.get("data"), dict)
    data: dict[str, Any] = task["data"] if full else task
    found = _text(data, result)
    if found is None:
        keys = ", ".join(sorted(map(str, data))) or "none"
        return [
            Problem(
                str(path), None, f'no "text" key and no string value in data (keys: {keys})', document=doc_id
            )
        ]
    key, text = found
    results = _chosen_results(task, options, result) if full else _min_results(task)
    results = [r for r in results if isinstance(r, dict)]
    skip = {key} if full else {key, *_MIN_BOOKKEEPING, *(str(r["from_name"]) for r in results)}
    check = SpanChecker(str(path), None, doc_id, text)
    regions = _entities(results, check, options.utf16, result)
    title, source, date, url = (
        str(data[k]) if isinstance(data.get(k), str | int | float) else "" for k in _FIELDS
    )
    doc = AnnotatedDocument(doc_id, text, title, source, date, url, _meta(task, data, skip), path=str(path))
    doc.entities = [e for group in regions.values() for e in group]
    _choices(results, doc, regions, result)
    _count_others(results, result)
    _repair(doc, result)
    return [doc, *check.problems]


def _repair(doc: AnnotatedDocument, result: ReadResult) -> None:
    repaired, move = crlf_repair(doc.text)
    if repaired != doc.text:
        doc.text = repaired
        for entity in doc.entities:
            entity.start, entity.end = move(entity.start), move(entity.end)
        result.count(CRLF_NOTE)


def read(path: Path, options: ReadOptions, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    """Documents of a Label Studio JSON (or JSON_MIN) export, with Problems for what is unreadable."""
    text = decode(path, options)
    if isinstance(text, Problem):
        yield text
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"{path}: not JSON ({exc.msg}, line {exc.lineno}); not a Label Studio export"
        ) from None
    if not isinstance(data, list | dict):
        raise FormatError(f"{path}: expected a JSON array of tasks or one task object")
    for n, task in enumerate(data if isinstance(data, list) else [data], start=1):
        yield from _document(task, n, path, options, result)


# -- writing --------------------------------------------------------------------------------------


def _regions(doc: AnnotatedDocument, context: WriteContext) -> list[dict[str, Any]]:
    regions: list[dict[str, Any]] = []
    for n, e in enumerate(doc.entities, start=1):
        span = {"start": e.start, "end": e.end, "text": doc.text[e.start : e.end]}
        head = {"id": f"T{n}", "from_name": "label", "to_name": "text"}
        regions.append({**head, "type": "labels", "value": {**span, "labels": [e.label]}})
        for key, value in sorted(e.attributes.items()):
            if isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                choices = [value] if isinstance(value, str) else value
                regions.append(
                    {**head, "from_name": key, "type": "choices", "value": {**span, "choices": choices}}
                )
            else:
                context.count("entity attributes dropped (not text)")
        if e.kb_id is not None:
            context.count("entity links (kb_id) dropped")
    return regions


def _stance_choices(doc: AnnotatedDocument, context: WriteContext) -> list[dict[str, Any]]:
    choices: list[dict[str, Any]] = []
    for s in doc.stances:
        if s.holder is not None or s.target is None or s.scope is not None:
            context.count("stances not exported (holder, entity target or span scope)")
            continue
        if s.evidence or s.intensity is not None or s.confidence is not None or s.note:
            context.count("stance evidence, intensity, confidence or note dropped")
        choices.append(
            {
                "id": f"S{len(choices) + 1}",
                "from_name": f"{STANCE_PREFIX}{s.target}",
                "to_name": "text",
                "type": "choices",
                "value": {"choices": [s.polarity]},
            }
        )
    return choices


def _task(doc: AnnotatedDocument, context: WriteContext) -> dict[str, Any]:
    data: dict[str, Any] = {"text": doc.text}
    data.update({key: getattr(doc, key) for key in _FIELDS if getattr(doc, key)})
    task: dict[str, Any] = {"id": json_id(doc.id), "data": data}
    if doc.meta:
        task["meta"] = sorted_keys(doc.meta)
    task["annotations"] = [{"result": _regions(doc, context) + _stance_choices(doc, context)}]
    if doc.events:
        context.count("events not exported", len(doc.events))
    return task


def write(docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext) -> list[Path]:
    """Write `docs` as a Label Studio task array to out/<part or documents>.json, streaming."""
    path = out / f"{part or 'documents'}.json"
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("[\n")
        for n, doc in enumerate(docs):
            fh.write((",\n" if n else "") + dumps(_task(doc, context)))
        fh.write("\n]\n")
    return [path]


FORMAT = FormatInfo(
    name="labelstudio",
    title="Label Studio JSON",
    version="1",
    carries=frozenset({"entities", "nested", "stances"}),
    read=read,
    write=write,
    suffixes=(".json",),
    description="Label Studio JSON export: span regions and document choices per task",
)

"""brat standoff: per document `DOC.txt` (the text, UTF-8, exactly as stored) and `DOC.ann` (annotations).

Offsets are code points into the .txt, end-exclusive; one annotation per line, the id first, then TAB.
The writer puts `annotation.conf` (generated from the schema) and `visual.conf` (schema colours, English
display names: brat shows one name per type and its UI is English) beside the documents, in
``out/(part or "documents")/``. Types, roles and attribute names are schema keys. SAMPLE (``→`` is TAB)::

    T1→GPE 0 5→أنقرة
    T2→Contact.Broadcast 6 10→تعلن
    T3→Stance 11 23→رفضها للهجوم
    T4→Conflict.Attack 17 23→للهجوم
    T5→GPE 28 32→إدلب
    E1→Contact.Broadcast:T2 Entity:T1 Topic:E2
    E2→Conflict.Attack:T4 Place:T5
    A1→mention_type T1 NAM
    A2→polarity E2 positive
    A3→Polarity T3 against
    A4→Target T3 turkish_operation_idlib
    N1→Reference T1 kb:Q3640→أنقرة
    #1→AnnotatorNotes E2→cluster=idlib-2020
    #2→AnnotatorNotes T3→{"confidence":null,"evidence":[[11,23]],"holder":"T1",...,"target_entity":null}

(for the text ``أنقرة تعلن رفضها للهجوم على إدلب.``).

Writer policies:

- Ids are renumbered per document: T lines (entities, triggers, stance spans) sorted by (start, end, type,
  id), E lines by trigger (start, end, type, id). Events sharing trigger span and type share one T line.
- A span with a line break inside becomes fragments split at the break (``0 5;6 11``, T text = fragments
  joined by a space). Spans that are empty, outside the text or only line breaks are dropped, spans
  starting or ending on a line break lose it (both counted).
- Repeated roles are numbered as brat does (``Entity:T1 Entity2:T5``); an event argument is ``Topic:E1``.
- A lines: entity and event attributes, sorted by key (``True`` → binary ``A1→key T1``; ``False`` and
  None omitted, counted; spaces in values become ``_``, counted). ``attributes["norm"]`` (from another
  brat file) goes back to N lines, ``attributes["note"]`` to ``#`` notes.
- N lines hold ``kb_id`` as ``kb:<kb_id>``; ``*→Equiv`` joins entities sharing a kb_id in the document.
- ``#`` AnnotatorNotes: ``cluster=<cluster>`` on each event with a cluster; on each stance's span the
  whole stance as JSON (compact, sorted keys; holder and target_entity as T ids; scope and evidence as
  [start, end]), so the reader restores stances losslessly.
- Stances: a text-bound ``Stance`` span on the first evidence span, else the scope, else the document's
  first token (brat has no zero-width spans), with A lines ``Polarity`` and ``Target`` (a target key, or
  ``entity`` when the stance targets an entity).
- File names are document ids with ``/ \\ :`` and control characters replaced by ``_``, made unique with
  ``-2``, ``-3`` (counted); the reader takes the file stem as the id.

Reader policies: a folder is searched recursively for ``*.ann`` with the .txt beside; a single .ann or
.txt path reads that pair. T lines are collected first, so E lines may name events defined later.
A T used as an E trigger is a trigger only; also used as an argument, it is an entity too. A ``Stance``
T with our JSON note or a ``Polarity`` attribute is a stance (the attribute wins over the note when they
differ: it was edited in brat). Discontinuous T spans become the covering span (counted; fragments only
split at line breaks are counted apart; fragments out of order are reported). ``txt[start:end]`` is
checked against the T text. A .txt with CRLF or a UTF-8 BOM counts them as brat does; offsets are mapped
to the repaired text. Repeated-role numbers are stripped when the bare role is in the same event.
M lines are A lines. N ``kb:`` refs become kb_id; other refs go to ``attributes["norm"]`` (counted).
Other notes go to ``attributes["note"]``. R lines, Equiv and other ``*`` lines are counted, not imported.
Document id = file stem; title = the first non-empty line of the text.
"""

from __future__ import annotations

import codecs
import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
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
)
from annotator.core.formats.brat_writer import (
    ENTITY_TARGET,
    STANCE,
    ann_lines,
    annotation_conf,
    visual_conf,
    write,
)
from annotator.core.model import Span
from annotator.core.text import TextDecodeError, decode_bytes

__all__ = ["FORMAT", "ann_lines", "annotation_conf", "read", "visual_conf", "write"]

# -- reading ---------------------------------------------------------------------------------------------


def read(path: Path, options: ReadOptions, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    """Documents of a brat folder (searched recursively) or of one .ann/.txt pair."""
    for ann, txt in _pairs(path):
        yield from _read_pair(ann, txt, options, result)


def _pairs(path: Path) -> list[tuple[Path, Path]]:
    if path.is_dir():
        anns = sorted(path.rglob("*.ann"))
        if not anns:
            raise FormatError(f"{path}: no .ann files in this folder (brat keeps DOC.ann beside DOC.txt)")
        return [(ann, ann.with_suffix(".txt")) for ann in anns]
    if path.suffix in (".ann", ".txt"):
        return [(path.with_suffix(".ann"), path.with_suffix(".txt"))]
    raise FormatError(f"{path}: not a brat folder, .ann or .txt file")


class _Offsets:
    """Maps brat offsets, which count a UTF-8 BOM and the "\\r" of CRLF, to the repaired text."""

    def __init__(self, data: bytes, text: str, result: ReadResult) -> None:
        self.removed: list[int] = []
        if data.startswith(codecs.BOM_UTF8):
            self.removed.append(0)
            result.count("byte order mark in .txt counted by brat offsets: offsets mapped")
        if b"\r" in data:
            breaks = re.findall(rb"\r\n|\r|\n", data)
            if len(breaks) == text.count("\n"):
                newlines = (i for i, char in enumerate(text) if char == "\n")
                for kind, position in zip(breaks, newlines, strict=True):
                    if kind == b"\r\n":
                        self.removed.append(position + len(self.removed))
                if len(self.removed) > (1 if data.startswith(codecs.BOM_UTF8) else 0):
                    result.count("CRLF line ends in .txt counted by brat offsets: offsets mapped")

    def __call__(self, offset: int) -> int:
        return offset - bisect_left(self.removed, offset) if self.removed else offset


class _T(NamedTuple):
    label: str
    start: int
    end: int
    line: int


@dataclass
class _Lines:
    """The lines of one .ann, sorted by kind, with their line numbers."""

    spans: dict[str, _T] = field(default_factory=dict)
    events: list[tuple[int, str, list[str]]] = field(default_factory=list)
    attributes: list[tuple[int, list[str]]] = field(default_factory=list)
    norms: list[tuple[int, list[str]]] = field(default_factory=list)
    notes: list[tuple[int, str, str]] = field(default_factory=list)  # line, target, text


class _DocReader:
    """Reads one .ann against its text; `problems` collects what could not be taken."""

    def __init__(self, ann: Path, doc: AnnotatedDocument, offsets: _Offsets, result: ReadResult) -> None:
        self.path, self.doc, self.offsets, self.result = str(ann), doc, offsets, result
        self.problems: list[Problem] = []
        self.lines = _Lines()

    def problem(self, line: int | None, message: str, item: str = "") -> None:
        self.problems.append(Problem(self.path, line, message, item=item, document=self.doc.id))

    def parse(self, ann_text: str) -> None:
        for number, raw in enumerate(ann_text.split("\n"), 1):
            line = raw.rstrip("\r")
            if not line.strip():
                continue
            ident, _, rest = line.partition("\t")
            ident, kind = ident.strip(), ident.strip()[:1]
            if kind == "T":
                self._span(number, ident, rest)
            elif kind == "E":
                self.lines.events.append((number, ident, rest.split()))
            elif kind in ("A", "M"):
                self.lines.attributes.append((number, rest.split()))
            elif kind == "N":
                self.lines.norms.append((number, rest.partition("\t")[0].split(" ", 2)))
            elif kind == "#":
                head, _, note = rest.partition("\t")
                fields = head.split()
                self.lines.notes.append((number, fields[1] if len(fields) > 1 else "", note))
            elif kind == "R" or (kind == "*" and not rest.startswith("Equiv")):
                self.result.count("relations (R and * lines other than Equiv) not imported")
            elif kind == "*":
                self.result.count("Equiv lines not imported (equivalence is carried by kb_id)")
            else:
                self.problem(number, f"unknown line type {ident!r} (brat lines start with T E A M N R # *)")

    def _span(self, number: int, ident: str, rest: str) -> None:
        head, _, shown = rest.partition("\t")
        label, _, where = head.partition(" ")
        try:
            fragments = [(int(a), int(b)) for a, b in (piece.split() for piece in where.split(";"))]
        except ValueError:
            self.problem(number, f"offsets {where!r} are not 'start end[;start end...]'", f"span {ident}")
            return
        mapped = [(self.offsets(a), self.offsets(b)) for a, b in fragments]
        text = self.doc.text
        if any(not 0 <= a <= b <= len(text) for a, b in mapped):
            self.problem(
                number, f"offsets {where} are outside the text ({len(text)} characters)", f"span {ident}"
            )
            return
        start, end = min(a for a, _ in mapped), max(b for _, b in mapped)
        if len(mapped) > 1:
            self._fragments(number, ident, mapped)
        expected = " ".join(text[a:b] for a, b in mapped)
        if shown not in (expected, expected + "\t") and shown.rstrip("\t") != expected:
            self.problem(
                number, f"text {shown!r} differs from the .txt at {where}: {expected!r}", f"span {ident}"
            )
        if ident in self.lines.spans:
            self.problem(number, "id used twice; the first line is kept", f"span {ident}")
            return
        self.lines.spans[ident] = _T(label, start, end, number)

    def _fragments(self, number: int, ident: str, mapped: list[Span]) -> None:
        if any(b[0] < a[1] for a, b in pairwise(mapped)):
            message = "fragments are not in order; imported as the span from first start to last end"
            self.problem(number, message, f"span {ident}")
        elif all(not self.doc.text[a[1] : b[0]].strip() for a, b in pairwise(mapped)):
            self.result.count("multi-line spans (fragments split at line breaks) joined into one")
        else:
            self.result.count("discontinuous spans joined into one")

    def build(self) -> None:
        lines, doc = self.lines, self.doc
        triggers = {fields[0].partition(":")[2] for _, _, fields in lines.events if fields}
        arguments = {f.partition(":")[2] for _, _, fields in lines.events for f in fields[1:]}
        polarity = {f[1]: f[2] for _, f in lines.attributes if len(f) > 2 and f[0] == "Polarity"}
        noted = {target for _, target, note in lines.notes if note.startswith("{")}
        stance_ids = {
            i for i, span in lines.spans.items() if span.label == STANCE and (i in polarity or i in noted)
        }
        for ident, (label, start, end, _) in lines.spans.items():
            if ident not in stance_ids and (ident not in triggers or ident in arguments):
                doc.entities.append(DocEntity(ident, start, end, label))
        self._events()
        self._attributes(stance_ids)
        self._norms()
        self._notes(stance_ids, polarity)

    def _events(self) -> None:
        events: dict[str, DocEvent] = {}
        built: dict[str, int] = {}  # event id → the line that defined it
        for number, ident, fields in self.lines.events:
            kind, _, trigger = (fields[0] if fields else "").partition(":")
            span = self.lines.spans.get(trigger)
            if ident in events:
                self.problem(number, "id used twice; the first line is kept", f"event {ident}")
                continue
            if span is None:
                self.problem(number, f"trigger {trigger!r} is not a T line of this file", f"event {ident}")
                continue
            events[ident] = DocEvent(ident, kind, span.start, span.end)
            built[ident] = number
        for number, ident, fields in self.lines.events:
            if built.get(ident) != number:
                continue
            roles = {f.partition(":")[0] for f in fields[1:]}
            for argument in fields[1:]:
                role, _, target = argument.partition(":")
                role = _bare_role(role, roles)
                if target in events:
                    events[ident].arguments.append(DocArgument(role, event=target))
                elif target in self.lines.spans:
                    events[ident].arguments.append(DocArgument(role, entity=target))
                else:
                    self.problem(number, f"argument {argument!r} names no T or E line", f"event {ident}")
        self.doc.events.extend(events.values())

    def _attributes(self, stance_ids: set[str]) -> None:
        entities, events = self.doc.entity_by_id(), {e.id: e for e in self.doc.events}
        for number, fields in self.lines.attributes:
            if len(fields) < 2:
                self.problem(number, "attribute line needs a name and an id")
                continue
            name, target = fields[0], fields[1]
            value: Any = " ".join(fields[2:]) or True
            if target in stance_ids:
                if name not in ("Polarity", "Target"):
                    self.result.count("attributes on Stance spans other than Polarity/Target not imported")
            elif target in events:
                events[target].attributes[name] = value
            elif target in entities:
                entities[target].attributes[name] = value
            elif target in self.lines.spans:
                t = self.lines.spans[target]
                for event in self.doc.events:
                    if (event.start, event.end, event.type) == (t.start, t.end, t.label):
                        event.attributes[name] = value
                self.result.count("attributes on trigger spans given to their events")
            else:
                self.problem(number, f"attribute {name} names unknown id {target!r}")

    def _norms(self) -> None:
        entities = self.doc.entity_by_id()
        for number, fields in self.lines.norms:
            entity = entities.get(fields[1]) if len(fields) == 3 else None
            if entity is None:
                self.problem(number, "normalisation is not 'Reference T<n> DB:ID' on an entity")
            elif fields[2].startswith("kb:"):
                entity.kb_id = fields[2][3:]
            else:
                norms = entity.attributes.setdefault("norm", [])
                norms.append(fields[2])
                self.result.count("normalisations (N lines) kept in the entity attribute norm")

    def _notes(self, stance_ids: set[str], polarity: dict[str, str]) -> None:
        entities, events = self.doc.entity_by_id(), {e.id: e for e in self.doc.events}
        stances: dict[str, DocStance] = {}
        for number, target, note in self.lines.notes:
            if target in stance_ids and note.startswith("{"):
                stance = self._stance_json(number, target, note)
                if stance is not None:
                    stances[target] = stance
            elif target in events and note.startswith("cluster="):
                events[target].cluster = note[len("cluster=") :]
            elif target in events or target in entities:
                owner = events[target] if target in events else entities[target]
                previous = owner.attributes.get("note")
                owner.attributes["note"] = f"{previous}\n{note}" if previous else note
            else:
                self.result.count("notes on relations or unknown ids not imported")
        for ident in sorted(stance_ids, key=lambda i: (*self.lines.spans[i][1:3], i)):
            stance = stances.get(ident) or self._stance_attributes(ident, polarity)
            if stance is not None and ident in polarity and stance.polarity != polarity[ident]:
                stance.polarity = polarity[ident]
                self.result.count("stance polarity taken from the Polarity attribute over the note")
            if stance is not None:
                self.doc.stances.append(stance)

    def _stance_json(self, number: int, ident: str, note: str) -> DocStance | None:
        entities = self.doc.entity_by_id()
        try:
            data = json.loads(note)
            holder, entity = data.get("holder"), data.get("target_entity")
            stance = DocStance(
                id=ident,
                polarity=str(data["polarity"]),
                holder=holder if holder in entities else None,
                target=data.get("target"),
                target_entity=entity if entity in entities else None,
                scope=_span(data.get("scope"), len(self.doc.text)),
                evidence=[s for s in (_span(e, len(self.doc.text)) for e in data.get("evidence", [])) if s],
                intensity=data.get("intensity"),
                confidence=data.get("confidence"),
                note=str(data.get("note") or ""),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            self.problem(number, f"stance note is not our stance JSON ({exc})", f"stance {ident}")
            return None
        if (holder, entity) != (stance.holder, stance.target_entity):
            self.problem(number, "stance names a holder or target entity that is not in this file", ident)
        if not (stance.target or stance.target_entity):
            self.problem(number, "stance has no target", f"stance {ident}")
            return None
        return stance

    def _stance_attributes(self, ident: str, polarity: dict[str, str]) -> DocStance | None:
        _, start, end, number = self.lines.spans[ident]
        targets = [f[2] for _, f in self.lines.attributes if len(f) > 2 and f[:2] == ["Target", ident]]
        if not targets or targets[0] == ENTITY_TARGET:
            self.problem(number, "Stance span has no Target attribute naming a target key", f"stance {ident}")
            return None
        self.result.count("stances read from Stance spans without our note (evidence = the span)")
        return DocStance(ident, polarity[ident], target=targets[0], evidence=[(start, end)])


def _bare_role(role: str, roles: set[str]) -> str:
    """`Theme2` → `Theme` when `Theme` is also in the event (brat numbers repeated roles)."""
    for cut in range(len(role) - 1, 0, -1):
        suffix = role[cut:]
        if suffix.isascii() and suffix.isdigit() and role[:cut] in roles:
            return role[:cut]
    return role


def _span(value: Any, length: int) -> Span | None:
    ok = isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)
    return (value[0], value[1]) if ok and 0 <= value[0] <= value[1] <= length else None


def _read_pair(
    ann: Path, txt: Path, options: ReadOptions, result: ReadResult
) -> Iterator[AnnotatedDocument | Problem]:
    stem = ann.stem
    try:
        data = txt.read_bytes()
        text = decode_bytes(data, source=str(txt), encoding=options.encoding)
        ann_text = decode_bytes(ann.read_bytes(), source=str(ann), encoding=options.encoding)
    except FileNotFoundError as exc:
        yield Problem(str(ann), None, f"{Path(exc.filename or '').name} is missing beside it", document=stem)
        return
    except (OSError, TextDecodeError) as exc:
        yield Problem(str(ann), None, str(exc), document=stem)
        return
    title = next((line.strip() for line in text.split("\n") if line.strip()), "")
    doc = AnnotatedDocument(id=stem, text=text, title=title, path=str(ann))
    reader = _DocReader(ann, doc, _Offsets(data, text, result), result)
    reader.parse(ann_text)
    reader.build()
    yield from reader.problems
    yield doc


FORMAT = FormatInfo(
    name="brat",
    title="brat standoff (.txt + .ann)",
    version="1",
    carries=frozenset({"entities", "nested", "events", "stances", "links", "attributes"}),
    read=read,
    write=write,
    suffixes=(".ann", ".txt"),
    description="brat folder: DOC.txt + DOC.ann per document, with annotation.conf and visual.conf",
)

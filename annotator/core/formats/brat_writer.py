"""Writing brat standoff: DOC.txt + DOC.ann per document, and annotation.conf / visual.conf from the
schema. brat.py (the format's registry entry and reader) documents the layout and the policies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.formats.base import AnnotatedDocument, DocStance, WriteContext
from annotator.core.model import Span

if TYPE_CHECKING:
    from annotator.core.schema import Schema

STANCE = "Stance"
ENTITY_TARGET = "entity"
_UNSAFE_NAME = re.compile(r"[/\\:\x00-\x1f]")


# -- writing ---------------------------------------------------------------------------------------------


def write(docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext) -> list[Path]:
    """Write `DOC.txt` + `DOC.ann` per document and the two brat configuration files."""
    folder = out / (part or "documents")
    folder.mkdir(parents=True, exist_ok=True)
    written = [
        _write(folder / "annotation.conf", annotation_conf(context.schema)),
        _write(folder / "visual.conf", visual_conf(context.schema)),
    ]
    used: set[str] = set()
    for doc in docs:
        name = _file_stem(doc.id, used, context)
        written.append(_write(folder / f"{name}.txt", doc.text))
        written.append(
            _write(folder / f"{name}.ann", "".join(f"{line}\n" for line in ann_lines(doc, context)))
        )
    return written


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def _file_stem(doc_id: str, used: set[str], context: WriteContext) -> str:
    name = _UNSAFE_NAME.sub("_", doc_id).strip() or "document"
    if name.startswith("."):
        name = "_" + name[1:]
    stem, number = name, 1
    while stem.casefold() in used:
        number += 1
        stem = f"{name}-{number}"
    used.add(stem.casefold())
    if stem != doc_id:
        context.count("document ids changed to make file names (the reader takes the file name as id)")
    return stem


def _clean(value: str) -> str:
    """A type, role or attribute name or value without the whitespace brat splits on."""
    return re.sub(r"\s+", "_", value.strip()) or "_"


def _fragments(text: str, start: int, end: int) -> list[Span]:
    """The pieces of [start, end) between line breaks, without empty pieces; none when outside the text."""
    pieces: list[Span] = []
    if not 0 <= start < end <= len(text):
        return pieces
    position = start
    for piece in text[start:end].split("\n"):
        if piece:
            pieces.append((position, position + len(piece)))
        position += len(piece) + 1
    return pieces


@dataclass
class _AnnWriter:
    doc: AnnotatedDocument
    context: WriteContext
    spans: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    attributes: list[str] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    entity_t: dict[str, str] = field(default_factory=dict)
    trigger_t: dict[tuple[int, int, str], str] = field(default_factory=dict)
    stance_t: dict[str, str] = field(default_factory=dict)
    event_e: dict[str, str] = field(default_factory=dict)

    def lines(self) -> list[str]:
        self._spans()
        self._events()
        self._extras()
        self._stances()
        return self.spans + self.events + self.attributes + self.norms + self.notes + self._equiv()

    def _anchor(self, stance: DocStance) -> Span | None:
        if stance.evidence:
            return stance.evidence[0]
        if stance.scope is not None:
            return stance.scope
        tokens = self.doc.tokens
        if not tokens and self.doc.text.strip():
            from annotator.core.text import tokenize

            tokens = tokenize(self.doc.text)
        return tokens[0] if tokens else None

    def _spans(self) -> None:
        text = self.doc.text
        items: list[tuple[int, int, str, str, str]] = []  # start, end, type, id, kind
        items += [(e.start, e.end, e.label, e.id, "entity") for e in self.doc.entities]
        items += [(s, e, t, "", "trigger") for s, e, t in {(v.start, v.end, v.type) for v in self.doc.events}]
        written = {e.id for e in self.doc.entities if _fragments(text, e.start, e.end)}
        for stance in self.doc.stances:
            anchor = self._anchor(stance)
            if anchor is None or not (stance.target or stance.target_entity in written):
                self.context.count("stances dropped (no target written, or a text without tokens)")
            else:
                items.append((anchor[0], anchor[1], STANCE, stance.id, "stance"))
        for start, end, kind, ident, what in sorted(items):
            pieces = _fragments(text, start, end)
            if not pieces:
                self.context.count(f"{what} spans dropped (empty, outside the text or only line breaks)")
                continue
            if (pieces[0][0], pieces[-1][1]) != (start, end):
                self.context.count(f"{what} spans starting or ending on a line break shortened")
            tid = f"T{len(self.spans) + 1}"
            where = ";".join(f"{a} {b}" for a, b in pieces)
            shown = " ".join(text[a:b] for a, b in pieces)
            self.spans.append(f"{tid}\t{_clean(kind)} {where}\t{shown}")
            if what == "entity":
                self.entity_t[ident] = tid
            elif what == "trigger":
                self.trigger_t[(start, end, kind)] = tid
            else:
                self.stance_t[ident] = tid

    def _events(self) -> None:
        ordered = sorted(self.doc.events, key=lambda v: (v.start, v.end, v.type, v.id))
        kept = [v for v in ordered if (v.start, v.end, v.type) in self.trigger_t]
        self.event_e = {v.id: f"E{n}" for n, v in enumerate(kept, 1)}
        for event in kept:
            fields = [f"{_clean(event.type)}:{self.trigger_t[(event.start, event.end, event.type)]}"]
            seen: dict[str, int] = {}
            for argument in event.arguments:
                target = self.entity_t.get(argument.entity or "") or self.event_e.get(argument.event or "")
                if target is None:
                    self.context.count("arguments dropped (their entity or event was not written)")
                    continue
                role = _clean(argument.role)
                seen[role] = seen.get(role, 0) + 1
                fields.append(f"{role}{seen[role] if seen[role] > 1 else ''}:{target}")
            self.events.append(f"{self.event_e[event.id]}\t{' '.join(fields)}")

    def _attribute(self, key: str, target: str, value: Any) -> None:
        if value is True:
            self.attributes.append(f"A{len(self.attributes) + 1}\t{_clean(key)} {target}")
            return
        if value is False or value is None or isinstance(value, (list, dict)):
            self.context.count("attribute values false, empty, lists or objects not written")
            return
        text = str(value)
        if not isinstance(value, str):
            self.context.count("non-text attribute values written as text")
        elif _clean(text) != text:
            self.context.count("attribute values with spaces written with _")
        self.attributes.append(f"A{len(self.attributes) + 1}\t{_clean(key)} {target} {_clean(text)}")

    def _note(self, target: str, text: str) -> None:
        flat = re.sub(r"[\t\n]", " ", text)
        self.notes.append(f"#{len(self.notes) + 1}\tAnnotatorNotes {target}\t{flat}")

    def _extras(self) -> None:
        for entity in sorted(self.doc.entities, key=lambda e: _t_number(self.entity_t.get(e.id))):
            tid = self.entity_t.get(entity.id)
            if tid is None:
                continue
            shown = re.sub(r"\s+", " ", self.doc.text[entity.start : entity.end])
            for key, value in sorted(entity.attributes.items()):
                if key == "norm":
                    for ref in value if isinstance(value, list) else [value]:
                        self.norms.append(f"N{len(self.norms) + 1}\tReference {tid} {ref}\t{shown}")
                elif key == "note":
                    self._note(tid, str(value))
                else:
                    self._attribute(key, tid, value)
            if entity.kb_id:
                kb = re.sub(r"[\t\n]", " ", entity.kb_id)
                self.norms.append(f"N{len(self.norms) + 1}\tReference {tid} kb:{kb}\t{shown}")
        for event in sorted(self.doc.events, key=lambda v: _t_number(self.event_e.get(v.id))):
            eid = self.event_e.get(event.id)
            if eid is None:
                continue
            for key, value in sorted(event.attributes.items()):
                self._note(eid, str(value)) if key == "note" else self._attribute(key, eid, value)
            if event.cluster:
                self._note(eid, f"cluster={event.cluster}")

    def _stances(self) -> None:
        for stance in sorted(self.doc.stances, key=lambda s: _t_number(self.stance_t.get(s.id))):
            tid = self.stance_t.get(stance.id)
            if tid is None:
                continue
            self._attribute("Polarity", tid, stance.polarity)
            self._attribute("Target", tid, stance.target if stance.target else ENTITY_TARGET)
            holder = self.entity_t.get(stance.holder) if stance.holder else None
            if stance.holder and holder is None:
                self.context.count("stance holders dropped (their entity was not written)")
            data = {
                "confidence": stance.confidence,
                "evidence": [list(span) for span in stance.evidence],
                "holder": holder,
                "intensity": stance.intensity,
                "note": stance.note,
                "polarity": stance.polarity,
                "scope": list(stance.scope) if stance.scope is not None else None,
                "target": stance.target,
                "target_entity": self.entity_t.get(stance.target_entity or ""),
            }
            self._note(tid, json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")))

    def _equiv(self) -> list[str]:
        groups: dict[str, list[str]] = {}
        for entity in self.doc.entities:
            if entity.kb_id and entity.id in self.entity_t:
                groups.setdefault(entity.kb_id, []).append(self.entity_t[entity.id])
        members = sorted(
            (sorted(g, key=_t_number) for g in groups.values() if len(g) > 1), key=lambda g: _t_number(g[0])
        )
        return [f"*\tEquiv {' '.join(group)}" for group in members]


def _t_number(ident: str | None) -> int:
    """Sort key of a written id (T12 → 12); unwritten ids sort last."""
    return int(ident[1:]) if ident else 1 << 62


def ann_lines(doc: AnnotatedDocument, context: WriteContext) -> list[str]:
    """The lines of `doc`'s .ann file, without line ends."""
    return _AnnWriter(doc, context).lines()


# -- configuration ---------------------------------------------------------------------------------------


def _cardinality(required: bool, repeatable: bool) -> str:
    return {(True, True): "+", (True, False): "", (False, True): "*", (False, False): "?"}[
        (required, repeatable)
    ]


def annotation_conf(schema: Schema) -> str:
    """brat's annotation.conf for the schema: entities (+ Stance), events with roles, attributes."""
    lines = ["# Generated by annotator from the project schema; types are schema keys.", "", "[entities]"]
    lines += [label.key for label in schema.labels] + [STANCE, "", "[relations]"]
    lines += ["<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"]
    lines += ["Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive", "", "[events]"]
    for event_type in schema.event_types:
        roles = [
            f"{role.key}{_cardinality(role.required, role.repeatable)}:{'|'.join(role.labels) or '<ENTITY>'}"
            for role in event_type.roles
        ]
        lines.append(f"{event_type.key}\t{', '.join(roles)}" if roles else event_type.key)
    attributes: dict[str, tuple[list[str], list[str]]] = {}

    def add(name: str, kinds: Iterable[str], values: Iterable[str]) -> None:
        known = attributes.setdefault(name, ([], []))
        known[0].extend(k for k in kinds if k not in known[0])
        known[1].extend(v for v in values if v not in known[1])

    for attr in schema.entity_attributes:
        add(attr.key, [label.key for label in schema.labels] or ["<ENTITY>"], attr.values)
    for attr in schema.event_attributes:
        users = [t.key for t in schema.event_types if attr.key in t.attributes]
        add(attr.key, users or ["<EVENT>"], attr.values)
    add("Polarity", [STANCE], schema.polarity_keys())
    add("Target", [STANCE], [*schema.stance_target_keys(), ENTITY_TARGET])
    lines += ["", "[attributes]"]
    for name, (kinds, values) in attributes.items():
        value_part = f", Value:{'|'.join(values)}" if values else ""
        lines.append(f"{name}\tArg:{'|'.join(kinds)}{value_part}")
    return "\n".join(lines) + "\n"


def visual_conf(schema: Schema) -> str:
    """brat's visual.conf: English display names and the schema's colours."""

    def name(key: str, english: str) -> str:
        return f"{key} | {english.replace('|', '/')} | {key}"

    lines = ["# Generated by annotator from the project schema (English names).", "", "[labels]"]
    lines += [name(label.key, label.names.en) for label in schema.labels]
    lines += [name(t.key, t.names.en) for t in schema.event_types]
    roles: dict[str, str] = {}
    for event_type in schema.event_types:
        for role in event_type.roles:
            roles.setdefault(role.key, role.names.en)
    lines += [name(key, english) for key, english in roles.items()]
    lines += [name(a.key, a.names.en) for a in (*schema.entity_attributes, *schema.event_attributes)]
    lines += [name(STANCE, "Stance"), name("Polarity", "Stance polarity"), name("Target", "Stance target")]
    lines += ["", "[drawing]", "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken"]
    lines += ["ARC_DEFAULT\tcolor:black, arrowHead:triangle-5", "ATTRIBUTE_DEFAULT\tglyph:*"]
    lines += [f"{label.key}\tbgColor:{label.color}" for label in schema.labels]
    lines += [f"{t.key}\tbgColor:{t.color}" for t in schema.event_types]
    lines.append(f"{STANCE}\tbgColor:#e0e0e0")
    return "\n".join(lines) + "\n"

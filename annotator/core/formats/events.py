"""OneIE/TextEE-style event JSON lines: one JSON object per sentence, token offsets, sentence-relative.

The writer puts every document's sentences (``doc.sentences``, tokens from ``doc.tokens``; computed from
the text when empty) in ``out/{part or "documents"}.oneie.jsonl``, one line per sentence, in document
order. Fields, in this order (JSON with ``ensure_ascii=False`` and json's default ``", "``/``": "``
separators; Arabic stays UTF-8)::

    doc_id, sent_id ("<doc_id>-<n>", n from 0), tokens, sentence,
    entity_mentions [{id, text, entity_type, mention_type?, start, end, char_start, char_end}],
    relation_mentions [] (always empty),
    event_mentions [{id, event_type, trigger {text, start, end, char_start, char_end},
                     arguments [{entity_id, text, role}]}],
    char_start, char_end, text_before

``start``/``end`` are token indexes into ``tokens``, end-exclusive, as OneIE. Our additions:
``char_start``/``char_end`` on mentions and triggers (document-relative code points, the exact span, so
nothing drifts when tokens were widened), and on the sentence with ``text_before`` (the whitespace
between the previous sentence and this one), so the reader rebuilds the document text exactly (trailing
whitespace after the last sentence is not kept). Mention ids are ``<doc_id>-<our id>``; ``text`` is the
exact span text. ``mention_type`` (OneIE's NAM/NOM/PRO field) is the entity attribute of that name.
OneIE's ``pieces``/``token_lens`` (BERT word pieces) are not written. SAMPLE (one line, wrapped)::

    {"doc_id": "d1", "sent_id": "d1-0", "tokens": ["قصفت", "الطائرات", "إدلب", "."],
     "sentence": "قصفت الطائرات إدلب.", "entity_mentions": [{"id": "d1-T1", "text": "إدلب",
     "entity_type": "GPE", "start": 2, "end": 3, "char_start": 14, "char_end": 18}],
     "relation_mentions": [], "event_mentions": [{"id": "d1-E1", "event_type": "Conflict.Attack",
     "trigger": {"text": "قصفت", "start": 0, "end": 1, "char_start": 0, "char_end": 4},
     "arguments": [{"entity_id": "d1-T1", "text": "إدلب", "role": "Place"}]}],
     "char_start": 0, "char_end": 19, "text_before": ""}

What the writer loses, counted in the notes: spans not on token boundaries are widened to whole tokens
(token offsets only; char offsets stay exact); a span crossing a sentence end is cut there (token
offsets only); arguments outside the trigger's sentence are dropped (OneIE is sentence-level), as are
events as arguments (OneIE arguments are entity mentions), entity and event attributes other than
mention_type, kb_ids, event clusters and stances. Documents without text give no line.

The reader takes our layout, plain OneIE/TextEE sentence lines (``sent_id`` or ``wnd_id``; consecutive
lines with one ``doc_id`` make a document) and WikiEvents document lines (``tokens`` for the document,
``sentences`` as ``[[[token, char_start, char_end], ...], sentence_text]``, document-relative token
offsets). Without our sentence fields the text is rebuilt by joining a sentence's tokens with single
spaces and sentences with "\\n" (so sentence breaks survive; WikiEvents' own ``text`` and char offsets
do not index each other and are ignored). Mention char offsets are used when present and consistent
with the rebuilt text (``text[char_start:char_end]`` equals the mention text), token offsets otherwise.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.formats.base import (
    AnnotatedDocument,
    DocArgument,
    DocEntity,
    DocEvent,
    FormatError,
    FormatInfo,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
)
from annotator.core.model import Span
from annotator.core.text import TextDecodeError, decode_bytes

__all__ = ["FORMAT", "document_lines", "read", "write"]

MENTION_TYPE = "mention_type"

# -- writing ---------------------------------------------------------------------------------------------


def write(docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext) -> list[Path]:
    """Write one JSON line per sentence of every document to ``<part or documents>.oneie.jsonl``."""
    path = out / f"{part or 'documents'}.oneie.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for doc in docs:
            for line in document_lines(doc, context):
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return [path]


@dataclass
class _Layout:
    """Sentences of a document with the tokens inside each (absolute code point spans)."""

    sentences: list[Span]
    tokens: list[list[Span]]
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [start for start, _ in self.sentences]

    def sentence_of(self, start: int, end: int) -> int | None:
        """The sentence holding `start`, or the first one after it that the span reaches."""
        index = bisect_right(self.starts, start) - 1
        if index >= 0 and start < self.sentences[index][1]:
            return index
        index += 1
        return index if index < len(self.sentences) and self.sentences[index][0] < end else None

    def token_range(self, index: int, start: int, end: int) -> tuple[int, int] | None:
        """Sentence-relative [first, last + 1) of the tokens of sentence `index` touched by the span."""
        tokens = self.tokens[index]
        first = bisect_right([e for _, e in tokens], start)
        last = bisect_left([s for s, _ in tokens], end)
        return (first, last) if first < last else None


def _layout(doc: AnnotatedDocument) -> _Layout:
    from annotator.core.text import sentences, tokenize

    spans = doc.sentences or sentences(doc.text)
    tokens = doc.tokens or tokenize(doc.text)
    per_sentence: list[list[Span]] = [[] for _ in spans]
    starts = [start for start, _ in spans]
    for token in tokens:
        index = bisect_right(starts, token[0]) - 1
        if index >= 0 and token[0] < spans[index][1]:
            per_sentence[index].append(token)
    return _Layout(list(spans), per_sentence)


@dataclass
class _Place:
    sentence: int
    first: int
    last: int


def _place(layout: _Layout, start: int, end: int, what: str, context: WriteContext) -> _Place | None:
    """Where a span goes in token terms; counts widening and cuts, None when no token is touched."""
    index = layout.sentence_of(start, end)
    found = layout.token_range(index, start, end) if index is not None else None
    if index is None or found is None:
        context.count(f"{what} dropped (no token in the span)")
        return None
    tokens = layout.tokens[index]
    if end > layout.sentences[index][1]:
        context.count(f"{what} crossing a sentence end cut there (char offsets keep the whole span)")
    elif (tokens[found[0]][0], tokens[found[1] - 1][1]) != (start, end):
        context.count(f"{what} expanded to whole tokens")
    return _Place(index, found[0], found[1])


def document_lines(doc: AnnotatedDocument, context: WriteContext) -> list[dict[str, Any]]:
    """The JSON objects (one per sentence) written for `doc`."""
    text = doc.text
    layout = _layout(doc)
    if not layout.sentences:
        context.count("documents without text not written")
        return []
    lines: list[dict[str, Any]] = []
    previous = 0
    for n, (start, end) in enumerate(layout.sentences):
        lines.append(
            {
                "doc_id": doc.id,
                "sent_id": f"{doc.id}-{n}",
                "tokens": [text[a:b] for a, b in layout.tokens[n]],
                "sentence": text[start:end],
                "entity_mentions": [],
                "relation_mentions": [],
                "event_mentions": [],
                "char_start": start,
                "char_end": end,
                "text_before": text[previous:start],
            }
        )
        previous = end
    placed = _entities(doc, layout, lines, context)
    _events(doc, layout, lines, placed, context)
    if doc.stances:
        context.count("stances dropped (not in this format)", len(doc.stances))
    return lines


def _entities(
    doc: AnnotatedDocument, layout: _Layout, lines: list[dict[str, Any]], context: WriteContext
) -> dict[str, int]:
    """Add entity mentions to their sentence lines; return entity id → sentence index."""
    placed: dict[str, int] = {}
    for entity in sorted(doc.entities, key=lambda e: (e.start, e.end, e.label, e.id)):
        place = _place(layout, entity.start, entity.end, "entities", context)
        if place is None:
            continue
        placed[entity.id] = place.sentence
        mention: dict[str, Any] = {
            "id": f"{doc.id}-{entity.id}",
            "text": doc.text[entity.start : entity.end],
            "entity_type": entity.label,
        }
        if isinstance(entity.attributes.get(MENTION_TYPE), str):
            mention[MENTION_TYPE] = entity.attributes[MENTION_TYPE]
        mention.update(start=place.first, end=place.last, char_start=entity.start, char_end=entity.end)
        lines[place.sentence]["entity_mentions"].append(mention)
        dropped = len([key for key in entity.attributes if key != MENTION_TYPE])
        if dropped:
            context.count("entity attributes dropped", dropped)
        if entity.kb_id:
            context.count("entity kb_ids dropped")
    return placed


def _events(
    doc: AnnotatedDocument,
    layout: _Layout,
    lines: list[dict[str, Any]],
    placed: dict[str, int],
    context: WriteContext,
) -> None:
    entities = doc.entity_by_id()
    for event in sorted(doc.events, key=lambda v: (v.start, v.end, v.type, v.id)):
        place = _place(layout, event.start, event.end, "event triggers", context)
        if place is None:
            continue
        arguments = []
        for argument in event.arguments:
            entity = entities.get(argument.entity or "")
            if argument.event is not None:
                context.count("events as arguments dropped (OneIE arguments are entity mentions)")
            elif entity is None or entity.id not in placed:
                context.count("arguments dropped (their entity was not written)")
            elif placed[entity.id] != place.sentence:
                context.count("arguments outside the trigger's sentence dropped (OneIE is sentence-level)")
            else:
                text = doc.text[entity.start : entity.end]
                arguments.append({"entity_id": f"{doc.id}-{entity.id}", "text": text, "role": argument.role})
        trigger = {
            "text": doc.text[event.start : event.end],
            "start": place.first,
            "end": place.last,
            "char_start": event.start,
            "char_end": event.end,
        }
        lines[place.sentence]["event_mentions"].append(
            {
                "id": f"{doc.id}-{event.id}",
                "event_type": event.type,
                "trigger": trigger,
                "arguments": arguments,
            }
        )
        if event.attributes:
            context.count("event attributes dropped", len(event.attributes))
        if event.cluster:
            context.count("event clusters dropped")


# -- reading ---------------------------------------------------------------------------------------------


def read(path: Path, options: ReadOptions, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    """Documents of a OneIE/TextEE sentence-level or WikiEvents document-level JSON lines file."""
    if path.is_dir():
        raise FormatError(f"{path}: is a folder; the events format reads one .jsonl file")
    pending: _Document | None = None
    first = True
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            record = _record(path, number, raw, options, first)
            first = False
            if isinstance(record, Problem):
                yield record
                continue
            if isinstance(record.get("sentences"), list) and "sent_id" not in record:
                if pending is not None:
                    yield from pending.finish(result)
                    pending = None
                yield from _document_level(path, number, record, result)
                continue
            doc_id = str(record.get("doc_id", path.stem))
            if pending is None or pending.doc.id != doc_id:
                if pending is not None:
                    yield from pending.finish(result)
                pending = _Document(AnnotatedDocument(id=doc_id, text="", path=str(path), line=number))
            pending.add(number, record, result)
    if pending is not None:
        yield from pending.finish(result)


def _record(
    path: Path, number: int, raw: bytes, options: ReadOptions, first: bool
) -> dict[str, Any] | Problem:
    try:
        data = json.loads(
            decode_bytes(raw, source=f"{path}, line {number}", encoding=options.encoding or "utf-8")
        )
    except (ValueError, TextDecodeError) as exc:
        if first:
            raise FormatError(f"{path}, line {number}: not a JSON line ({exc})") from None
        return Problem(str(path), number, f"not a JSON line ({exc})")
    if not isinstance(data, dict) or not isinstance(data.get("tokens"), list):
        if first:
            raise FormatError(f'{path}, line {number}: not an event JSON line (no "tokens" list)')
        return Problem(str(path), number, 'not an event JSON line (no "tokens" list)')
    return data


@dataclass
class _Document:
    """A document being rebuilt from its sentence lines."""

    doc: AnnotatedDocument
    parts: list[str] = field(default_factory=list)
    length: int = 0
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int, message: str, item: str = "") -> None:
        self.problems.append(Problem(self.doc.path, line, message, item=item, document=self.doc.id))

    def sentence(self, tokens: list[str], before: str, body: str | None) -> list[Span] | None:
        """Append a sentence; return its token spans (None when `body` does not hold the tokens)."""
        base = self.length + len(before)
        text = body if body is not None else " ".join(tokens)
        spans: list[Span] = []
        position = 0
        for token in tokens:
            found = text.find(token, position)
            if found < 0:
                return None
            spans.append((base + found, base + found + len(token)))
            position = found + len(token)
        self.parts += [before, text]
        self.length = base + len(text)
        self.doc.sentences.append((base, self.length))
        self.doc.tokens.extend(spans)
        return spans

    def add(self, number: int, record: dict[str, Any], result: ReadResult) -> None:
        tokens = [str(token) for token in record["tokens"]]
        before, body = record.get("text_before"), record.get("sentence")
        exact = isinstance(before, str) and isinstance(body, str) and not before.strip()
        exact = exact and record.get("char_start") == self.length + len(str(before))
        exact = exact and record.get("char_end") == self.length + len(str(before)) + len(str(body))
        spans = self.sentence(tokens, str(before), str(body)) if exact else None
        if spans is None:
            if exact:
                result.count("sentences rebuilt from tokens (sentence text does not hold its tokens)")
            exact = False
            spans = self.sentence(tokens, "\n" if self.parts else "", None)
        assert spans is not None  # tokens joined by spaces always hold the tokens
        _mentions(self, number, record, spans, exact, result)

    def text(self) -> str:
        """The text so far; the parts are joined once per sentence, not once per mention."""
        if len(self.parts) > 1:
            self.parts = ["".join(self.parts)]
        return self.parts[0] if self.parts else ""

    def finish(self, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
        self.doc.text = self.text()
        self.doc.title = next((line.strip() for line in self.doc.text.split("\n") if line.strip()), "")
        yield from self.problems
        yield self.doc


def _span(
    holder: _Document, number: int, mention: Any, spans: list[Span], exact: bool, result: ReadResult
) -> Span | None:
    """The code point span of a mention or trigger: its char offsets if consistent, else its tokens."""
    if not isinstance(mention, dict):
        holder.problem(number, "mention is not a JSON object")
        return None
    start, end = mention.get("start"), mention.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(spans)):
        holder.problem(
            number, f"token offsets {start}..{end} are outside the {len(spans)} tokens", _name(mention)
        )
        return None
    char_start, char_end = mention.get("char_start"), mention.get("char_end")
    if isinstance(char_start, int) and isinstance(char_end, int):
        text = holder.text()
        if (
            exact
            and 0 <= char_start < char_end <= len(text)
            and text[char_start:char_end] == mention.get("text")
        ):
            return (char_start, char_end)
        result.count("char offsets inconsistent with the text: token offsets used")
    return (spans[start][0], spans[end - 1][1])


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _name(mention: dict[str, Any]) -> str:
    return f"mention {mention.get('id', '?')}"


def _mentions(
    holder: _Document, number: int, record: dict[str, Any], spans: list[Span], exact: bool, result: ReadResult
) -> None:
    doc = holder.doc
    prefix = f"{doc.id}-"
    known = {entity.id for entity in doc.entities}
    for mention in _list(record.get("entity_mentions")):
        span = _span(holder, number, mention, spans, exact, result)
        if span is None:
            continue
        ident = str(mention.get("id", f"T{len(doc.entities) + 1}")).removeprefix(prefix)
        if ident in known:
            holder.problem(number, "entity id used twice in the document", _name(mention))
            continue
        known.add(ident)
        entity = DocEntity(ident, span[0], span[1], str(mention.get("entity_type", "")))
        if mention.get(MENTION_TYPE) not in (None, "UNK"):
            entity.attributes[MENTION_TYPE] = str(mention[MENTION_TYPE])
        doc.entities.append(entity)
    for mention in _list(record.get("event_mentions")):
        trigger = mention.get("trigger") if isinstance(mention, dict) else None
        span = _span(holder, number, trigger, spans, exact, result)
        if span is None:
            continue
        ident = str(mention.get("id", f"E{len(doc.events) + 1}")).removeprefix(prefix)
        event = DocEvent(ident, str(mention.get("event_type", "")), span[0], span[1])
        arguments = mention.get("arguments")
        for argument in arguments if isinstance(arguments, list) else []:
            target = (
                str(argument.get("entity_id", "")).removeprefix(prefix) if isinstance(argument, dict) else ""
            )
            if target not in known:
                holder.problem(number, f"argument names unknown entity {target!r}", f"event {ident}")
                continue
            event.arguments.append(DocArgument(str(argument.get("role", "")), entity=target))
        doc.events.append(event)
    relations = record.get("relation_mentions")
    if isinstance(relations, list) and relations:
        result.count("relation mentions not imported", len(relations))


def _document_level(
    path: Path, number: int, record: dict[str, Any], result: ReadResult
) -> Iterator[AnnotatedDocument | Problem]:
    """A WikiEvents line: document-level tokens and offsets, sentences as [[[tok, cs, ce]...], text]."""
    holder = _Document(
        AnnotatedDocument(
            id=str(record.get("doc_id", f"{path.stem}-{number}")), text="", path=str(path), line=number
        )
    )
    all_spans: list[Span] = []
    try:
        for sentence in record["sentences"]:
            tokens = [str(token[0]) for token in sentence[0]]
            spans = holder.sentence(tokens, "\n" if holder.parts else "", None)
            all_spans.extend(spans or [])
    except (TypeError, IndexError, KeyError):
        yield Problem(str(path), number, "sentences are not [[[token, start, end], ...], text] lists")
        return
    tokens = [str(t) for t in record["tokens"]]
    if len(tokens) != len(all_spans):
        message = f"{len(tokens)} tokens but {len(all_spans)} in sentences: token offsets cannot be placed"
        yield Problem(str(path), number, message, document=holder.doc.id)
        return
    if tokens != [holder.text()[a:b] for a, b in all_spans]:
        result.count("documents whose sentences' tokens differ from tokens: sentences used")
    _mentions(holder, number, record, all_spans, False, result)
    yield from holder.finish(result)


FORMAT = FormatInfo(
    name="events",
    title="OneIE/TextEE event JSON lines",
    version="1",
    carries=frozenset({"entities", "events"}),
    read=read,
    write=write,
    suffixes=(".jsonl", ".json"),
    description="one JSON line per sentence with token-offset entity and event mentions (OneIE layout)",
)

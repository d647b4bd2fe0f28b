"""spaCy DocBin (`.spacy`): the binary training input of `spacy train`, written from our tokens.

A `.spacy` file is a serialized `spacy.tokens.DocBin`: zlib-compressed msgpack holding, per
document, the token texts (ORTH) with a trailing-space flag, the stored token attributes, the
span groups and `user_data`. Loading needs spaCy and a vocabulary of the same language; this
module uses `spacy.blank("ar").vocab`. Strings are stored once, as a sorted list, and referred
to by 64-bit hashes.

What we write, one file per part: `out/f"{part or 'documents'}.spacy"`.

- Tokens are OUR tokens (`doc.tokens`, else `annotator.core.text.tokenize(text)`), given to
  `Doc(words=..., spaces=...)` so that `doc.text` equals our text exactly. A trailing-space flag
  holds one " " or nothing; any other whitespace between tokens (newlines, a second space, a
  tab, leading whitespace) becomes a whitespace-only token, as spaCy's own tokenizer does.
  Text between tokens that is not whitespace (tokens that do not cover the text) becomes a
  token too.
- With `WriteOptions.tokens` "entity-cuts" or "clitics", tokens are first cut wherever an
  entity starts or ends inside one (لتركيا → ل + تركيا), so every entity is exact. With "words"
  an entity that starts or ends inside a token is widened to whole tokens
  (`char_span(..., alignment_mode="expand")`), counted as "entities expanded to whole tokens".
- ALL entities go to the span group `doc.spans["sc"]` (`SPAN_KEY`, spaCy's spancat default),
  with `span.id_` our entity id and `span.kb_id_` its `kb_id`; `doc.ents` holds the flat,
  non-overlapping ones (where entities nest or cross, the outermost, then the first), so
  spaCy's NER trains on the outer level and nested entities survive in the span group.
  Those left out of `doc.ents` are counted.
- Sentence starts (`doc.sentences`, else `sentences(text)`) are stored as SENT_START.
- `doc.user_data` = {"id", "title"} and "source", "date", "url" when not empty (written with
  `store_user_data=True`), so the reader restores them.
- Stored attributes: ORTH, SPACY (always), ENT_IOB, ENT_TYPE, ENT_KB_ID, SENT_START.
- Not held: events, stances (counted as dropped: export them with the jsonl format, which
  keeps them beside the same text and offsets) and entity attributes (counted).
  `WriteOptions.nested` and `scheme` do not apply: nesting is always kept in the span group.

Bytes are deterministic: `DocBin.to_bytes` compresses with zlib (no gzip header, so no mtime)
and sorts its strings; span groups and user_data keep the order we give. The DocBin keeps
per-document token arrays (not Doc objects) until the part is written: memory grows with the
number of tokens of one part, not with Python objects per document. Documents are added as
they come from the iterable.

Reading (`.spacy` file, or a folder of them read in name order): text from `doc.text`;
entities are the union of every span group (all keys, label from `span.label_`) and
`doc.ents`, identical (start, end, label) merged, so nested span groups come back as
overlapping entities; ids from `span.id_` when set and unique, else "T1", "T2"...; the
document id and title from user_data when present, else f"{file stem}-{n}" (n from 1);
tokens are the non-whitespace tokens; sentences when the file has sentence starts.

SAMPLE (what `spacy.tokens.DocBin().from_disk(path).get_docs(vocab)` shows for one document):

    doc.text            "زار الوزير لتركيا أمس.\\n\\nوقال إن الزيارة ناجحة."
    [t.text for t in doc]  ["زار", "الوزير", "ل", "تركيا", "أمس", ".", "\\n\\n", "وقال", ...]
                        (tokens "entity-cuts"; with "words" لتركيا stays one token)
    doc.ents            [("الوزير", 4, 10, "PER"), ("تركيا", 12, 17, "GPE")]
    doc.spans["sc"]     [("الوزير", 4, 10, "PER", id_="T2"),
                         ("تركيا", 12, 17, "GPE", id_="T1", kb_id_="Q43")]
    doc.user_data       {"id": "news-1", "title": "زيارة"}
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.formats.base import (
    AnnotatedDocument,
    DocEntity,
    FormatError,
    FormatInfo,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
)
from annotator.core.model import Span

__all__ = ["FORMAT", "SPAN_KEY", "misaligned_entities", "read", "write"]

SPAN_KEY = "sc"
"""The span group holding every entity (spaCy's SpanCategorizer reads "sc" by default)."""

_ATTRS = ["ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "SENT_START"]
_USER_KEYS = ("source", "date", "url")
_PIECES = re.compile(r"\s+|\S+")

EXPANDED = "entities expanded to whole tokens"
DROPPED_EMPTY = "entities dropped (no token inside the span)"
ONLY_IN_GROUP = f"overlapping entities only in doc.spans['{SPAN_KEY}'] (not in doc.ents)"
EVENTS_DROPPED = "events dropped (spaCy has no place for them: use the jsonl export)"
STANCES_DROPPED = "stances dropped (spaCy has no place for them: use the jsonl export)"
ATTRIBUTES_DROPPED = "entity attributes dropped"
SENTENCES_MOVED = "sentence starts inside a token dropped"


# ---------------------------------------------------------------------------------------- tokens


def _clean_tokens(tokens: Iterable[Span], length: int) -> list[Span]:
    """Tokens sorted, inside the text, non-empty and non-overlapping (later overlaps dropped)."""
    clean: list[Span] = []
    for start, end in sorted(tokens):
        start, end = max(0, start), min(end, length)
        if start < end and (not clean or start >= clean[-1][1]):
            clean.append((start, end))
    return clean


def _cut_tokens(tokens: list[Span], entities: Iterable[DocEntity]) -> list[Span]:
    """`tokens` cut wherever an entity starts or ends strictly inside one, so every entity
    boundary is a token boundary (لتركيا with GPE on تركيا → ل, تركيا).

    The tagging formats need the same cut; it could be shared with them."""
    cuts = sorted({e.start for e in entities} | {e.end for e in entities})
    result: list[Span] = []
    for start, end in tokens:
        position = start
        for cut in cuts[bisect_right(cuts, start) :]:
            if cut >= end:
                break
            result.append((position, cut))
            position = cut
        result.append((position, end))
    return result


def _layout(text: str, tokens: list[Span]) -> tuple[list[str], list[bool], list[int]]:
    """spaCy words, trailing-space flags and start offsets that spell `text` exactly.

    A single " " after a word is its flag; other whitespace becomes a whitespace word and text
    outside the tokens becomes words of its own."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []

    def gap(a: int, b: int) -> None:
        for piece in _PIECES.finditer(text, a, b):
            value, at = piece.group(), piece.start()
            if value.isspace() and value[0] == " " and words and not words[-1].isspace():
                spaces[-1] = True
                value, at = value[1:], at + 1
            if value:
                words.append(value)
                spaces.append(False)
                starts.append(at)

    position = 0
    for start, end in tokens:
        gap(position, start)
        words.append(text[start:end])
        spaces.append(False)
        starts.append(start)
        position = end
    gap(position, len(text))
    return words, spaces, starts


def _sent_starts(
    words: list[str], starts: list[int], sentences: list[Span], context: WriteContext
) -> list[bool | int | None]:
    """SENT_START per word: True where a sentence begins (and on the first word)."""
    wanted = {start for start, _ in sentences}
    flags: list[bool | int | None] = [
        i == 0 or (at in wanted and not words[i].isspace()) for i, at in enumerate(starts)
    ]
    missed = len(wanted - {at for at, flag in zip(starts, flags, strict=True) if flag} - {0})
    if missed:
        context.count(SENTENCES_MOVED, missed)
    return flags


def misaligned_entities(doc: AnnotatedDocument) -> list[DocEntity]:
    """The entities that start or end inside a token (by `doc.tokens`, else `tokenize(text)`):
    those a whole-word tokenization cannot hold exactly. spaCy's `offsets_to_biluo_tags` marks
    exactly these "-" when its tokens are the same words (the blank Arabic tokenizer does not
    split proclitics), and the "words" export widens them."""
    from annotator.core.text import tokenize

    tokens = _clean_tokens(doc.tokens or tokenize(doc.text), len(doc.text))
    starts = {start for start, _ in tokens}
    ends = {end for _, end in tokens}
    return [e for e in doc.entities if e.start not in starts or e.end not in ends]


# ---------------------------------------------------------------------------------------- writing


def _entity_spans(sdoc: Any, doc: AnnotatedDocument, context: WriteContext) -> list[Any]:
    """spaCy spans for all of `doc`'s entities, sorted; widened or dropped ones counted."""
    spans: list[Any] = []
    for entity in doc.entities:
        args = {"label": entity.label, "kb_id": entity.kb_id or "", "span_id": entity.id}
        span = sdoc.char_span(entity.start, entity.end, alignment_mode="strict", **args)
        if span is None:
            span = sdoc.char_span(entity.start, entity.end, alignment_mode="expand", **args)
            if span is None or len(span) == 0:
                context.count(DROPPED_EMPTY)
                continue
            context.count(EXPANDED)
        if entity.attributes:
            context.count(ATTRIBUTES_DROPPED)
        spans.append(span)
    spans.sort(key=lambda s: (s.start, -s.end, s.label_, s.id_))
    return spans


def _outermost(spans: list[Any], context: WriteContext) -> list[Any]:
    """Non-overlapping spans for `doc.ents`: the outermost where spans nest, the first where
    they cross (spans are sorted by start, longest first)."""
    kept: list[Any] = []
    for span in spans:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    if len(spans) > len(kept):
        context.count(ONLY_IN_GROUP, len(spans) - len(kept))
    return kept


def _user_data(doc: AnnotatedDocument) -> dict[str, str]:
    data = {"id": doc.id, "title": doc.title}
    for key in _USER_KEYS:
        value = getattr(doc, key)
        if value:
            data[key] = value
    return data


def _to_spacy(doc: AnnotatedDocument, vocab: Any, context: WriteContext) -> Any:
    """One spaCy Doc with `doc.text` exactly, entities in the span group and `doc.ents`."""
    from spacy.tokens import Doc

    from annotator.core.text import sentences, tokenize

    text = doc.text
    tokens = _clean_tokens(doc.tokens or tokenize(text), len(text))
    if context.options.tokens != "words":
        tokens = _cut_tokens(tokens, doc.entities)
    words, spaces, starts = _layout(text, tokens)
    flags = _sent_starts(words, starts, doc.sentences or sentences(text), context)
    sdoc = Doc(vocab, words=words, spaces=spaces, sent_starts=flags)
    if sdoc.text != text:  # our layout guarantees it; never write a shifted document
        raise AssertionError(f"document {doc.id}: spaCy text differs from ours")
    sdoc.user_data.update(_user_data(doc))
    spans = _entity_spans(sdoc, doc, context)
    sdoc.spans[SPAN_KEY] = spans
    sdoc.ents = _outermost(spans, context)
    if doc.events:
        context.count(EVENTS_DROPPED, len(doc.events))
    if doc.stances:
        context.count(STANCES_DROPPED, len(doc.stances))
    return sdoc


def write(docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext) -> list[Path]:
    """Write `docs` to `out/<part or documents>.spacy`, adding each to the DocBin as it comes."""
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("ar").vocab
    docbin = DocBin(attrs=_ATTRS, store_user_data=True)
    for doc in docs:
        docbin.add(_to_spacy(doc, vocab, context))
    path = out / f"{part or 'documents'}.spacy"
    path.write_bytes(docbin.to_bytes())
    return [path]


# ---------------------------------------------------------------------------------------- reading


def _entities(sdoc: Any, path: Path, doc_id: str, result: ReadResult) -> Iterator[DocEntity | Problem]:
    """Every span group's spans and `doc.ents`, identical (start, end, label) merged."""
    seen: set[tuple[int, int, str]] = set()
    found: list[tuple[int, int, str, str, str]] = []
    for key, group in sdoc.spans.items():
        for n, span in enumerate(group):
            if not span.label_:
                yield Problem(str(path), None, "span without a label", f"doc.spans[{key!r}] span {n}", doc_id)
                continue
            triple = (span.start_char, span.end_char, span.label_)
            if triple in seen:
                result.count("duplicate spans merged (same start, end and label)")
                continue
            seen.add(triple)
            found.append((*triple, span.id_, span.kb_id_))
    for ent in sdoc.ents:
        triple = (ent.start_char, ent.end_char, ent.label_)
        if triple not in seen:
            seen.add(triple)
            found.append((*triple, ent.id_, ent.kb_id_))
    found.sort(key=lambda f: (f[0], -f[1], f[2]))
    ids = {f[3] for f in found if f[3]}
    taken: set[str] = set()
    n = 0
    for start, end, label, span_id, kb_id in found:
        entity_id = span_id
        if not span_id or span_id in taken:  # no id, or a second span with the same id
            n += 1
            while f"T{n}" in ids:
                n += 1
            entity_id = f"T{n}"
            ids.add(entity_id)
        taken.add(entity_id)
        yield DocEntity(id=entity_id, start=start, end=end, label=label, kb_id=kb_id or None)


def _sentences(sdoc: Any) -> list[Span]:
    if not sdoc.has_annotation("SENT_START"):
        return []
    spans: list[Span] = []
    text = sdoc.text
    for sent in sdoc.sents:
        a, b = sent.start_char, sent.end_char
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def _document(sdoc: Any, n: int, path: Path, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    data = sdoc.user_data
    doc_id = data.get("id") if isinstance(data.get("id"), str) and data.get("id") else f"{path.stem}-{n}"
    doc = AnnotatedDocument(id=doc_id, text=sdoc.text, path=str(path))
    for key in ("title", *_USER_KEYS):
        if isinstance(data.get(key), str):
            setattr(doc, key, data[key])
    for item in _entities(sdoc, path, doc_id, result):
        if isinstance(item, Problem):
            yield item
        else:
            doc.entities.append(item)
    doc.tokens = [(t.idx, t.idx + len(t.text)) for t in sdoc if not t.is_space]
    doc.sentences = _sentences(sdoc)
    yield doc


def _read_file(path: Path, vocab: Any, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    from spacy.tokens import DocBin

    try:
        docbin = DocBin().from_disk(path)
    except Exception as exc:  # zlib, msgpack and key errors all mean "not a DocBin"
        raise FormatError(f"{path}: not a spaCy DocBin (.spacy) file: {exc}") from exc
    docs = docbin.get_docs(vocab)
    n = 0
    while True:
        try:
            sdoc = next(docs)
        except StopIteration:
            return
        except Exception as exc:  # corrupt arrays: report and stop, the rest cannot be aligned
            yield Problem(str(path), None, f"document {n + 1} cannot be rebuilt: {exc}")
            return
        n += 1
        yield from _document(sdoc, n, path, result)


def read(path: Path, options: ReadOptions, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    """Documents of a `.spacy` file, or of every `.spacy` file of a folder in name order."""
    import spacy

    files = sorted(path.glob("*.spacy")) if path.is_dir() else [path]
    if not files:
        raise FormatError(f"{path}: no .spacy files in this folder")
    vocab = spacy.blank("ar").vocab
    for file in files:
        yield from _read_file(file, vocab, result)


FORMAT = FormatInfo(
    name="spacy",
    title="spaCy DocBin",
    version="1",
    carries=frozenset({"entities", "nested"}),
    read=read,
    write=write,
    suffixes=(".spacy",),
    description="spaCy training data: tokens, doc.ents (outer level) and all entities in doc.spans['sc']",
    needs="spacy",
)

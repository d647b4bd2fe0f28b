"""CoNLL column files: one token per line with its entity tag(s), a blank line between sentences.

What we write (UTF-8, "\\n" line ends): a "-DOCSTART- O" line and a blank line before each
document, then one line per token, "TOKEN TAG", space-separated, and a blank line after each
sentence (the project's sentences; a break that would fall inside an entity is removed). Tags are
IOB2 or BIOES (`WriteOptions.scheme`). Nested entities (`WriteOptions.nested`): "columns" writes
one more tag column per nesting level, Wojood-style, outermost first, trailing "O" columns left
off (so lines have 2 to 1 + depth fields); "outer" keeps the outermost level and counts the inner
entities dropped; "refuse" raises `ExportRefused` naming the documents and spans. Tokens follow
`WriteOptions.tokens` (see `tagging`); whitespace inside a token (never from our tokenizer) is
replaced by "_" and counted. The file is `<part or "documents">.conll`; nothing else is written.
CoNLL has no offsets, ids, titles, events, stances or attributes: they are not written.

SAMPLE (nested: a GPE inside an ORG)::

    -DOCSTART- O

    أعلنت O
    وزارة B-ORG
    الخارجية I-ORG
    التركية I-ORG B-GPE
    موقفها O
    . O

What we read: the same, and the layouts Arabic NER corpora ship in. Fields are split at runs of
spaces or tabs. The token is the first field; the tag columns are the trailing fields that look
like tags (O, or B-/I-/E-/S-/U-/L- and a label), one per nesting level. When most lines have a
non-tag second field among three or more (CoNLL-2003 "WORD POS CHUNK NER", CoNLL-2002 Dutch),
only the last field is the tag. A file with no prefixed tag at all takes bare labels
(CANER-style). Repairs, counted in the read result: I-X that continues no X chunk starts one;
an empty token (a line " O") is dropped; two records merged on one line (". Oword O") are split;
a token holding a space becomes one token per piece; LRM/RLM/ALM marks (NewsFANE) are stripped
from tokens; a label spelled two ways in one file ("MIS1`", "MIS-1" beside "MIS1") takes its
most frequent spelling. A file with no blank line at all (original ANERcorp, NewsFANE) gets a
sentence break after each . ! ? ؟ … token tagged O (counted). A line with no tag column or an
unknown tag is a Problem naming the line; its token is kept with tag O.

Documents: "-DOCSTART-" lines separate documents; without them the whole file is one document,
or every `ReadOptions.doc_sentences` sentences make one. Document ids are "<file stem>-<n>",
n from 1. Text is rebuilt exactly by one rule: the tokens of a sentence joined by one space,
sentences joined by "\\n"; `tokens` and `sentences` are filled with their offsets. Entities are
decoded per sentence and column; ids are "T1", "T2"... in (start, longest first) order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TextIO

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
from annotator.core.formats.tagging import (
    LabeledSpan,
    PreparedDocument,
    keep_levels,
    nested_refusal,
    prepare_document,
    spans_to_tags,
    split_tag,
    tags_to_spans,
)
from annotator.core.model import Span
from annotator.core.text import TextDecodeError, decode_bytes

DOCSTART = "-DOCSTART-"
_TAG = re.compile(r"^(?:O|[BIESUL]-\S+)$")
_MERGED = re.compile(r"^(O|[BIESUL]-[A-Za-z0-9_-]+)([^\x00-\x7f]\S*)$")
_FIELDS = re.compile(r"[ \t]+")
_BIDI = str.maketrans("", "", "\u200e\u200f\u061c")
_TERMINAL = frozenset({".", "!", "?", "؟", "…"})
_WHITESPACE = re.compile(r"\s")


@lru_cache(maxsize=4096)
def _is_tag(value: str) -> bool:
    return bool(_TAG.match(value)) and not _MERGED.match(value)


def _split(line: str) -> list[str]:
    stripped = line.strip(" \t")
    return _FIELDS.split(stripped) if stripped else []


# -- writing -----------------------------------------------------------------------------------


def write(docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext) -> list[Path]:
    """Write `docs` to out/<part or "documents">.conll, one document at a time."""
    path = out / f"{part or 'documents'}.conll"
    options = context.options
    remaining = iter(docs)
    refusal = None
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for doc in remaining:
            prepared = prepare_document(doc, options.tokens, context.count)
            levels = keep_levels(prepared.levels, options.nested, True, context.count)
            if levels is None:
                refusal = nested_refusal(doc, prepared.levels, remaining, options.tokens, "conll")
                break
            _write_document(handle, doc, prepared, levels, context)
    if refusal is not None:
        path.unlink()
        raise refusal
    return [path]


def _write_document(
    handle: TextIO,
    doc: AnnotatedDocument,
    prepared: PreparedDocument,
    levels: list[list[LabeledSpan]],
    context: WriteContext,
) -> None:
    handle.write(f"{DOCSTART} O\n\n")
    columns = [spans_to_tags(prepared.tokens, level, context.options.scheme)[0] for level in levels]
    for first, end in prepared.sentence_ranges():
        for i in range(first, end):
            start, stop = prepared.tokens[i]
            token = doc.text[start:stop]
            if _WHITESPACE.search(token):
                token = _WHITESPACE.sub("_", token)
                context.count("whitespace inside tokens replaced by _")
            tags = [column[i] for column in columns] or ["O"]
            while len(tags) > 1 and tags[-1] == "O":
                tags.pop()
            handle.write(f"{token} {' '.join(tags)}\n")
        handle.write("\n")


# -- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Layout:
    """What the whole file says about its lines, found before reading them."""

    last_column: bool  # CoNLL-2003 style: only the last field is a tag
    bare: bool  # no prefixed tag anywhere: bare labels
    blank_lines: bool  # sentences are marked; otherwise they are inferred
    docstart: bool
    spelling: dict[str, str]  # label -> the file's usual spelling of it, where they differ


def _layout(lines: list[str]) -> _Layout:
    data = feature = 0
    prefixed = blank = docstart = after_data = outside = False
    spellings: Counter[str] = Counter()
    for line in lines:
        fields = _split(line)
        if not fields:
            after_data = data > 0
            continue
        if fields[0] == DOCSTART:
            docstart = True
            continue
        blank = blank or after_data  # a blank line between tokens, not only at the end
        data += 1
        if len(fields) >= 3 and not _is_tag(fields[1]) and not _MERGED.match(fields[1]):
            feature += 1
        outside = outside or (len(fields) > 1 and fields[-1] == "O")
        for value in fields[1:]:
            if value != "O" and _is_tag(value):
                prefixed = True
                spellings[value[2:]] += 1
    if data and not prefixed and not outside:
        raise FormatError("no line ends in a tag (O, or B-, I-, E-, S- and a label)")
    return _Layout(feature * 2 > data, not prefixed, blank, docstart, _usual_spellings(spellings))


def _usual_spellings(spellings: Counter[str]) -> dict[str, str]:
    """Labels that differ only in punctuation ("MIS1`", "MIS-1", "MIS1") mapped to the most frequent one."""
    groups: dict[str, list[str]] = {}
    for label in spellings:
        key = re.sub(r"[\W_]", "", label)
        if key:
            groups.setdefault(key, []).append(label)
    mapping: dict[str, str] = {}
    for labels in groups.values():
        usual = min(labels, key=lambda label: (-spellings[label], label))
        mapping.update({label: usual for label in labels if label != usual})
    return mapping


@dataclass(slots=True)
class _Builder:
    """The document being read: tokens, their tag columns, and where sentences start."""

    first_line: int = 0
    tokens: list[str] = field(default_factory=list)
    tags: list[list[str]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    open: bool = False  # the last sentence takes more tokens

    def add(self, token: str, tags: list[str], line: int) -> None:
        if not self.tokens:
            self.first_line = line
        if not self.open:
            self.starts.append(len(self.tokens))
            self.open = True
        self.tokens.append(token)
        self.tags.append(tags)

    def end_sentence(self) -> bool:
        """Close the sentence; True when one was open."""
        was_open, self.open = self.open, False
        return was_open


class _Reader:
    def __init__(self, path: Path, options: ReadOptions, result: ReadResult, layout: _Layout) -> None:
        self.path, self.options, self.result, self.layout = path, options, result, layout
        self.builder = _Builder()
        self.number = 0
        self.per_doc = 0 if layout.docstart else options.doc_sentences

    def documents(self, lines: list[str]) -> Iterator[AnnotatedDocument | Problem]:
        for line_number, line in enumerate(lines, 1):
            fields = _split(line)
            if fields and fields[0] == DOCSTART:
                yield from self._flush()
            elif not fields:
                if self.builder.end_sentence():
                    yield from self._flush_full()
            else:
                records: list[tuple[str, list[str]]] = []
                yield from self._take(fields, line, line_number, records)
                for token, tags in records:
                    if self._inferred_break():
                        yield from self._flush_full()
                    self._add(token, tags, line_number)
        yield from self._flush()

    def _inferred_break(self) -> bool:
        """In a file without blank lines, end the sentence after a terminal token tagged O."""
        builder = self.builder
        if self.layout.blank_lines or not builder.tokens or builder.tokens[-1] not in _TERMINAL:
            return False
        if any(tag != "O" for tag in builder.tags[-1]) or not builder.end_sentence():
            return False
        self.result.count("sentence breaks inferred after . ! ? ؟ … (no blank lines in the file)")
        return True

    def _flush_full(self) -> Iterator[AnnotatedDocument]:
        """End the document when it has `doc_sentences` sentences (files without -DOCSTART-)."""
        if self.per_doc > 0 and len(self.builder.starts) >= self.per_doc:
            yield from self._flush()

    def _problem(self, line: int, message: str, item: str = "") -> Problem:
        return Problem(str(self.path), line, message, item, f"{self.path.stem}-{self.number + 1}")

    def _take(
        self, fields: list[str], line: str, number: int, records: list[tuple[str, list[str]]]
    ) -> Iterator[Problem]:
        """Put the (token, tags) records of one line in `records`; yield a Problem for what is wrong."""
        if line[:1] in (" ", "\t") and all(_is_tag(f) for f in fields):
            self.result.count("empty tokens dropped")
            return
        if len(fields) == 1:
            yield self._problem(number, "no tag column: the token is kept with tag O", f"token {fields[0]!r}")
            records.append((fields[0], ["O"]))
            return
        if self.layout.last_column:
            pieces, tags = [fields[0]], [fields[-1]]
        else:  # trailing tags; with none, the last field is a bare label or an unknown tag
            count = 1
            while count < len(fields) - 1 and _is_tag(fields[-1 - count]):
                count += 1
            pieces, tags = fields[:-count], fields[-count:]
        clean: list[str] = []
        for tag in tags:
            if self.layout.bare or _is_tag(tag):
                clean.append(self._label(tag))
                continue
            clean.append("O")
            yield self._problem(
                number,
                f"unknown tag {tag!r} (expected O or B-, I-, E-, S-, U-, L- and a label): read as O",
                f"token {' '.join(pieces)!r}",
            )
        merged = _MERGED.match(pieces[1]) if len(pieces) == 2 else None
        if merged:
            self.result.count("merged lines split into two tokens")
            records.append((pieces[0], [self._label(merged.group(1))]))
            records.append((merged.group(2), clean))
            return
        if len(pieces) > 1:
            self.result.count("tokens containing a space split into tokens")
        for index, piece in enumerate(pieces):
            records.append((piece, [_piece_tag(tag, index, len(pieces)) for tag in clean]))

    def _label(self, tag: str) -> str:
        if tag == "O" or self.layout.bare:
            return tag
        usual = self.layout.spelling.get(tag[2:])
        if usual is None:
            return tag
        self.result.count("tag typos repaired to the file's usual spelling")
        return f"{tag[:2]}{usual}"

    def _add(self, token: str, tags: list[str], number: int) -> None:
        stripped = token.translate(_BIDI)
        if stripped != token:
            self.result.count("LRM/RLM marks stripped from tokens")
        if not stripped:
            self.result.count("empty tokens dropped")
            return
        self.builder.add(stripped, tags, number)

    def _flush(self) -> Iterator[AnnotatedDocument]:
        builder, self.builder = self.builder, _Builder()
        if builder.tokens:
            self.number += 1
            yield self._document(builder)

    def _document(self, builder: _Builder) -> AnnotatedDocument:
        bounds = [*builder.starts, len(builder.tokens)]
        text = "\n".join(" ".join(builder.tokens[a:b]) for a, b in pairwise(bounds))
        tokens, sentence_spans = _offsets(builder.tokens, bounds)
        found: dict[LabeledSpan, None] = {}
        depth = max(len(tags) for tags in builder.tags)
        for level in range(depth):
            column = [tags[level] if level < len(tags) else "O" for tags in builder.tags]
            for first, end in pairwise(bounds):
                spans, repairs = tags_to_spans(tokens[first:end], column[first:end])
                found.update(dict.fromkeys(spans))
                for what, n in repairs.items():
                    self.result.count(what, n)
        ordered = sorted(found, key=lambda s: (s[0], -s[1]))
        return AnnotatedDocument(
            id=f"{self.path.stem}-{self.number}",
            text=text,
            entities=[DocEntity(f"T{i}", s, e, label) for i, (s, e, label) in enumerate(ordered, 1)],
            tokens=tokens,
            sentences=sentence_spans,
            path=str(self.path),
            line=builder.first_line,
        )


def _offsets(words: list[str], bounds: list[int]) -> tuple[list[Span], list[Span]]:
    """Token and sentence offsets in the text the module docstring's rule builds."""
    tokens: list[Span] = []
    sentence_spans: list[Span] = []
    position = 0
    for first, end in pairwise(bounds):
        sentence_start = position
        for word in words[first:end]:
            tokens.append((position, position + len(word)))
            position += len(word) + 1
        sentence_spans.append((sentence_start, position - 1))
    return tokens, sentence_spans


def _piece_tag(tag: str, index: int, count: int) -> str:
    """The tag of piece `index` of a token split into `count` pieces at its spaces."""
    prefix, label = split_tag(tag)
    first, last = index == 0, index == count - 1
    if prefix == "B" and not first:
        return f"I-{label}"
    if prefix == "E" and not last:
        return f"I-{label}"
    if prefix == "S" and count > 1:
        return f"{'B' if first else 'E' if last else 'I'}-{label}"
    return tag


def read(path: Path, options: ReadOptions, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    """Documents of a CoNLL file (see the module docstring); Problems for lines it cannot read."""
    try:
        text = decode_bytes(path.read_bytes(), source=str(path), encoding=options.encoding)
    except (OSError, TextDecodeError) as exc:
        raise FormatError(f"{path}: {exc}") from exc
    lines = text.split("\n")
    try:
        layout = _layout(lines)
    except FormatError as exc:
        raise FormatError(f"{path}: not a CoNLL file: {exc}") from None
    yield from _Reader(path, options, result, layout).documents(lines)


FORMAT = FormatInfo(
    name="conll",
    title="CoNLL (token per line, IOB2/BIOES, nested columns)",
    version="1",
    carries=frozenset({"entities", "nested"}),
    read=read,
    write=write,
    suffixes=(".conll", ".txt", ".tsv", ".bio", ".iob"),
    description="One token per line with IOB2 or BIOES tags; nested entities as extra tag columns (Wojood)",
)

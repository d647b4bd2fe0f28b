"""Token tags for the token-based formats (CoNLL, Hugging Face): tokens, tags, nesting levels.

Pure functions shared by `conll` and `hf`:

- `export_tokens`: the tokens a document is written with, by `WriteOptions.tokens`:
  "words" (the stored tokens, else `tokenize(text)`); "entity-cuts" (words cut wherever an
  entity starts or ends inside one, so every entity is token-aligned: "لتركيا" with GPE on
  "تركيا" becomes "ل" + "تركيا"); "clitics" (words cut after each proclitic that
  `proclitic_starts_best` finds, plus the entity cuts; only where camel-tools morphology is
  installed: without it the caller falls back to "entity-cuts" and counts `CLITICS_FALLBACK`).
- `spans_to_tags` / `tags_to_spans`: (start, end, label) spans to IOB2 or BIOES tags and back.
  Decoding accepts IOB1, IOB2, BIOES, BILOU (U = S, L = E) and bare labels without a prefix
  (CANER-style: a run of the same bare label is one entity). An I-X (or E-X) that does not
  continue an X chunk starts a new one and is counted as `REPAIRED_I` (seqeval's and
  conlleval's reading); in "iob1" that is the rule, not a repair, and is not counted.
- `nest_levels`: overlapping spans in levels, outermost first, the way Wojood ships nested
  entities (one tag column per level).
- `prepare_document`: the whole writer pipeline for one document (tokens, token-aligned
  spans, levels, sentence starts), counting what it had to change.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from annotator.core.formats.base import AnnotatedDocument, ExportRefused, NestedPolicy, TagScheme, TokenPolicy
from annotator.core.model import Span
from annotator.core.text import morphology
from annotator.core.text.tokens import sentences, tokenize

LabeledSpan = tuple[int, int, str]
DecodeScheme = Literal["iob1", "iob2", "bioes", "auto"]
Counter = Callable[[str, int], None]

REPAIRED_I = "I- without B- repaired to B-"
CLITICS_FALLBACK = "clitic split without morphology data: cut at entity boundaries only"
EXPANDED = "entities expanded to whole tokens"
NESTED_DROPPED = "nested entities dropped (outer kept)"
_OUTSIDE = frozenset({"O", ""})
_STARTS = {"B": "B", "S": "S", "U": "S", "I": "I", "E": "E", "L": "E"}


# -- tokens ------------------------------------------------------------------------------------


def export_tokens(doc: AnnotatedDocument, policy: TokenPolicy, entity_spans: Iterable[Span]) -> list[Span]:
    """The token spans `doc` is written with under `policy` (see the module docstring).

    "clitics" without morphology data gives the "entity-cuts" tokens; the caller counts
    `CLITICS_FALLBACK` (use `clitics_fall_back`).
    """
    words = list(doc.tokens) if doc.tokens else tokenize(doc.text)
    if policy == "words":
        return words
    cuts = {point for start, end in entity_spans for point in (start, end)}
    if policy == "clitics" and not clitics_fall_back(policy):
        starts_of: dict[str, list[int]] = {}
        for start, end in words:
            word = doc.text[start:end]
            if word not in starts_of:
                starts_of[word] = morphology.proclitic_starts_best(word)
            cuts.update(start + offset for offset in starts_of[word])
    return cut_tokens(words, sorted(cuts))


def clitics_fall_back(policy: TokenPolicy) -> bool:
    """Whether `policy` is "clitics" and camel-tools morphology is missing (so entity cuts are used)."""
    return policy == "clitics" and morphology.get_morphology() is None


def cut_tokens(tokens: Sequence[Span], cuts: Sequence[int]) -> list[Span]:
    """`tokens` cut at every offset of the sorted `cuts` that falls strictly inside one."""
    result: list[Span] = []
    for start, end in tokens:
        position = start
        for index in range(bisect_right(cuts, start), bisect_left(cuts, end)):
            result.append((position, cuts[index]))
            position = cuts[index]
        result.append((position, end))
    return result


def align_to_tokens(
    tokens: Sequence[Span], spans: Iterable[LabeledSpan]
) -> tuple[list[LabeledSpan], int, int]:
    """Spans widened to the whole tokens they touch: (aligned spans, how many widened, how many
    dropped because they touch no token). Duplicates after widening are kept once."""
    starts = [s for s, _ in tokens]
    ends = [e for _, e in tokens]
    aligned: dict[LabeledSpan, None] = {}
    expanded = dropped = 0
    for start, end, label in spans:
        first, last = bisect_right(ends, start), bisect_left(starts, end) - 1
        if first > last:
            dropped += 1
            continue
        span = (tokens[first][0], tokens[last][1], label)
        expanded += (span[0], span[1]) != (start, end)
        aligned[span] = None
    return sorted(aligned, key=lambda s: (s[0], -s[1])), expanded, dropped


# -- tags --------------------------------------------------------------------------------------


def spans_to_tags(
    tokens: Sequence[Span], spans: Iterable[LabeledSpan], scheme: TagScheme
) -> tuple[list[str], int]:
    """Tags for `tokens` from flat, non-overlapping spans, and how many spans were widened to
    the whole tokens they touch. A span touching no token is left out (`align_to_tokens` counts
    it); spans that overlap once widened raise ValueError (put them in levels first)."""
    aligned, expanded, _ = align_to_tokens(tokens, spans)
    index_of = {start: i for i, (start, _) in enumerate(tokens)}
    last_of = {end: i for i, (_, end) in enumerate(tokens)}
    tags = ["O"] * len(tokens)
    for start, end, label in aligned:
        first, last = index_of[start], last_of[end]
        if any(tag != "O" for tag in tags[first : last + 1]):
            raise ValueError(f"span {start}-{end} {label} overlaps another span: give one nesting level")
        for i in range(first, last + 1):
            tags[i] = f"I-{label}"
        if scheme == "bioes" and first == last:
            tags[first] = f"S-{label}"
            continue
        tags[first] = f"B-{label}"
        if scheme == "bioes":
            tags[last] = f"E-{label}"
    return tags, expanded


def split_tag(tag: str) -> tuple[str, str]:
    """(prefix, label) of a tag: prefix "O", one of B I E S (U is S, L is E), or "" for a bare label."""
    if tag in _OUTSIDE:
        return "O", ""
    if len(tag) > 2 and tag[1] == "-" and tag[0] in _STARTS:
        return _STARTS[tag[0]], tag[2:]
    return "", tag


def tags_to_spans(
    tokens: Sequence[Span], tags: Sequence[str], scheme: DecodeScheme = "auto"
) -> tuple[list[LabeledSpan], dict[str, int]]:
    """(start, end, label) spans of a tag sequence, and the repairs made ({REPAIRED_I: n})."""
    spans: list[LabeledSpan] = []
    repaired = 0
    label = ""  # the open chunk's label, "" when none is open
    first = 0

    def close(upto: int) -> None:
        nonlocal label
        if label:
            spans.append((tokens[first][0], tokens[upto][1], label))
        label = ""

    for i, tag in enumerate(tags):
        prefix, name = split_tag(tag)
        continues = bool(label) and label == name and prefix in ("", "I", "E")
        if not continues:
            close(i - 1)
            if prefix != "O":
                label, first = name, i
                repaired += prefix in ("I", "E") and scheme != "iob1"
        if prefix in ("S", "E"):
            close(i)
    close(len(tags) - 1)
    return spans, ({REPAIRED_I: repaired} if repaired else {})


def nest_levels(spans: Iterable[LabeledSpan]) -> list[list[LabeledSpan]]:
    """Spans put in levels so that no two in a level overlap; level 0 holds the outermost.

    Deterministic: spans sorted by start, longer first (equal spans keep their order), each in
    the lowest level whose last span ends before it starts.
    """
    levels: list[list[LabeledSpan]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        for level in levels:
            if level[-1][1] <= span[0]:
                level.append(span)
                break
        else:
            levels.append([span])
    return levels


# -- the writer pipeline ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document ready to write as tags: tokens, the token index each sentence starts at
    (0 first), and token-aligned spans in nesting levels (level 0 outermost)."""

    tokens: list[Span]
    sentence_starts: list[int]
    levels: list[list[LabeledSpan]]

    def sentence_ranges(self) -> Iterator[tuple[int, int]]:
        """(first, end) token index ranges of the sentences, end-exclusive."""
        bounds = [*self.sentence_starts, len(self.tokens)]
        for first, end in pairwise(bounds):
            if first < end:
                yield first, end


def document_spans(doc: AnnotatedDocument, count: Counter) -> list[LabeledSpan]:
    """The entities as unique (start, end, label), sorted; impossible offsets are counted and left out."""
    found: dict[LabeledSpan, None] = {}
    for entity in doc.entities:
        if 0 <= entity.start < entity.end <= len(doc.text) and doc.text[entity.start : entity.end].strip():
            found[(entity.start, entity.end, entity.label)] = None
        else:
            count("entities with impossible offsets left out", 1)
    return sorted(found, key=lambda s: (s[0], -s[1]))


def prepare_document(doc: AnnotatedDocument, policy: TokenPolicy, count: Counter) -> PreparedDocument:
    """Tokens, token-aligned spans in levels and sentence starts for `doc`, counting what changed.

    A sentence break that would fall inside an entity is removed (counted), so every entity
    lies in one sentence, as CoNLL and Hugging Face readers expect.
    """
    spans = document_spans(doc, count)
    if clitics_fall_back(policy):
        count(CLITICS_FALLBACK, 1)
    tokens = export_tokens(doc, policy, [(s, e) for s, e, _ in spans])
    aligned, expanded, dropped = align_to_tokens(tokens, spans)
    if expanded:
        count(EXPANDED, expanded)
    if dropped:
        count("entities touching no token left out", dropped)
    starts = _sentence_starts(doc, tokens)
    index_of = {start: i for i, (start, _) in enumerate(tokens)}
    last_of = {end: i for i, (_, end) in enumerate(tokens)}
    breaks = set(starts)
    for start, end, _ in aligned:
        inside = [i for i in range(index_of[start] + 1, last_of[end] + 1) if i in breaks]
        if inside:
            breaks.difference_update(inside)
            count("sentence breaks inside an entity removed", len(inside))
    return PreparedDocument(tokens, sorted(breaks | {0}), nest_levels(aligned))


def _sentence_starts(doc: AnnotatedDocument, tokens: Sequence[Span]) -> list[int]:
    """Index of the first token of each sentence (a token belongs to the sentence it starts in)."""
    spans = doc.sentences or sentences(doc.text)
    sentence_starts = [s for s, _ in spans]
    starts: list[int] = []
    current: int | None = None
    for i, (start, _) in enumerate(tokens):
        index = max(bisect_right(sentence_starts, start) - 1, 0)
        if index != current:
            starts.append(i)
            current = index
    return starts


def keep_levels(
    levels: list[list[LabeledSpan]], nested: NestedPolicy, columns: bool, count: Counter
) -> list[list[LabeledSpan]] | None:
    """The levels to write: all with "columns" (when the format has columns), the outermost with
    "outer" (inner ones counted as dropped), None when "refuse" meets nested data."""
    if len(levels) <= 1 or (nested == "columns" and columns):
        return levels
    if nested == "refuse":
        return None
    count(NESTED_DROPPED, sum(len(level) for level in levels[1:]))
    return levels[:1]


def nested_refusal(
    doc: AnnotatedDocument,
    levels: list[list[LabeledSpan]],
    rest: Iterable[AnnotatedDocument],
    policy: TokenPolicy,
    fmt: str,
) -> ExportRefused:
    """The refusal for nested entities: names `doc`'s inner spans and every other document of
    `rest` (consumed one at a time) that nests too."""
    inner = [span for level in levels[1:] for span in level]
    shown = ", ".join(f"{label} {doc.text[s:e]!r} [{s}:{e}]" for s, e, label in inner[:5])
    more = f" and {len(inner) - 5} more" if len(inner) > 5 else ""
    others = [
        other.id for other in rest if len(prepare_document(other, policy, lambda what, n: None).levels) > 1
    ]
    listed = ", ".join(others[:20]) + (f" and {len(others) - 20} more" if len(others) > 20 else "")
    also = f"; documents {listed} nest too" if others else ""
    return ExportRefused(
        f"{fmt}: document {doc.id} has nested entities ({shown}{more}) inside others{also}. "
        "Choose nested=outer to keep the outermost"
        + (" or nested=columns for one tag column per level." if fmt == "conll" else ".")
    )

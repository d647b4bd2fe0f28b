"""Hugging Face token classification: rows of tokens with integer entity tags, and their label names.

What we write, into the export folder:

- `<part or "documents">.jsonl`: one JSON object per line and per SENTENCE,
  `{"id": "<document id>-<n>", "tokens": [...], "ner_tags": [...]}`, n counting a document's
  sentences from 1 (a sentence break inside an entity is removed first). `ner_tags` are indices
  into the label names. JSON is written by `json.dumps(row, ensure_ascii=False)` (", " and ": "
  separators, Arabic as UTF-8), keys in that order, "\\n" after each row.
- `features.json`: the `datasets.Features` of the rows, the way the Hub stores them:
  `{"id": Value(string), "tokens": Sequence(Value(string)), "ner_tags": Sequence(ClassLabel(names))}`.
  Names come from the SCHEMA, so they are the same for every split and every export: "O", then
  per label in schema order B-, I- (IOB2) or B-, I-, E-, S- (BIOES, `WriteOptions.scheme`).
  `datasets.Features.from_dict(json.load(...))` rebuilds them.
- `<part or "documents">.parquet` when pyarrow imports: the same rows, written in row groups of
  1,000 as documents stream, with the features in the schema metadata key "huggingface"
  (`{"info": {"features": ...}}`), as Hub Parquet files carry them. Without pyarrow only the
  JSONL is written and "parquet skipped: pyarrow not installed" is counted.

One tag per token, so nested entities cannot be held: the outermost are kept and the inner ones
counted ("columns" and "outer" alike), or `ExportRefused` with nested="refuse". Entities whose
label is not in the schema have no tag id: they are left out and counted. Offsets, spacing,
ids of entities, events and stances are not part of the format.

SAMPLE (IOB2, schema labels PER ORG GPE ...: O=0, B-PER=1, I-PER=2, B-ORG=3, I-ORG=4, B-GPE=5)::

    {"id": "12-1", "tokens": ["استقبل", "وزير", "الخارجية", "نظيره", "التركي", "في", "عمان", "."],
     "ner_tags": [0, 0, 0, 0, 0, 0, 5, 0]}

What we read: JSONL (or a JSON array) and Parquet rows with "tokens" and "ner_tags" (and "id").
Integer tags need label names, looked for in the Parquet metadata ("huggingface"), then beside
the file: "<name>.features.json" for the file name with one suffix after another taken off
("a.first50.hf.jsonl" tries "a.first50.hf", "a.first50", "a"), "features.json",
"dataset_infos.json", "dataset_info.json"; without them the file is refused (FormatError naming
what was looked for). String tags are used as they are. Tags are decoded like CoNLL's (IOB1,
IOB2, BIOES, bare labels; I- without B- repaired and counted), one row at a time.

Documents: consecutive rows whose ids share the part before the last "-" form one document with
that id ("12-1", "12-2" -> document "12"); a row whose id has no "-" is a document of its own
(named by its id, or "<file stem>-<row>" with no id). Text is rebuilt as for CoNLL: a row's
tokens joined by one space, rows joined by "\\n"; `tokens` and `sentences` are filled.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.formats.base import (
    AnnotatedDocument,
    DocEntity,
    FormatError,
    FormatInfo,
    Problem,
    ReadOptions,
    ReadResult,
    TagScheme,
    WriteContext,
)
from annotator.core.formats.tagging import (
    LabeledSpan,
    keep_levels,
    nested_refusal,
    prepare_document,
    spans_to_tags,
    tags_to_spans,
)
from annotator.core.model import Span
from annotator.core.text import TextDecodeError, decode_bytes

if TYPE_CHECKING:
    from annotator.core.schema import Schema

FEATURES = "features.json"
ROW_GROUP = 1000
_SIDE_FILES = (FEATURES, "dataset_infos.json", "dataset_info.json")


def label_names(schema: Schema, scheme: TagScheme) -> list[str]:
    """ClassLabel names from the schema: "O", then B-/I- (IOB2) or B-/I-/E-/S- (BIOES) per label."""
    prefixes = ("B", "I") if scheme == "iob2" else ("B", "I", "E", "S")
    return ["O"] + [f"{prefix}-{key}" for key in schema.label_keys() for prefix in prefixes]


def features(names: list[str]) -> dict[str, Any]:
    """The `datasets.Features` dict of our rows, as `Features.to_dict()` writes it."""
    return {
        "id": {"dtype": "string", "_type": "Value"},
        "tokens": {"feature": {"dtype": "string", "_type": "Value"}, "_type": "Sequence"},
        "ner_tags": {"feature": {"names": names, "_type": "ClassLabel"}, "_type": "Sequence"},
    }


# -- writing -----------------------------------------------------------------------------------


class _Parquet:
    """Rows buffered into row groups of a Parquet file, or nothing when pyarrow is missing."""

    def __init__(self, path: Path, feature_dict: dict[str, Any], context: WriteContext) -> None:
        self.path = path
        self.rows: list[dict[str, Any]] = []
        self.writer: Any = None
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            context.count("parquet skipped: pyarrow not installed")
            return
        metadata = {"huggingface": json.dumps({"info": {"features": feature_dict}}, ensure_ascii=False)}
        fields = [("id", pa.string()), ("tokens", pa.list_(pa.string())), ("ner_tags", pa.list_(pa.int64()))]
        self.schema = pa.schema(fields, metadata=metadata)
        self.table = pa.Table
        self.writer = pq.ParquetWriter(str(path), self.schema)

    def add(self, row: dict[str, Any]) -> None:
        if self.writer is None:
            return
        self.rows.append(row)
        if len(self.rows) >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        if self.writer is not None and self.rows:
            self.writer.write_table(self.table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> list[Path]:
        if self.writer is None:
            return []
        self.flush()
        self.writer.close()
        return [self.path]


def write(docs: Iterable[AnnotatedDocument], out: Path, part: str, context: WriteContext) -> list[Path]:
    """Write `docs` as rows (JSONL, Parquet when possible) and features.json into `out`."""
    options = context.options
    names = label_names(context.schema, options.scheme)
    ids = {name: i for i, name in enumerate(names)}
    feature_dict = features(names)
    features_path = out / FEATURES
    features_path.write_text(json.dumps(feature_dict, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    stem = part or "documents"
    rows_path = out / f"{stem}.jsonl"
    parquet = _Parquet(out / f"{stem}.parquet", feature_dict, context)
    remaining = iter(docs)
    refusal = None
    with rows_path.open("w", encoding="utf-8", newline="\n") as handle:
        for doc in remaining:
            doc = _known_labels(doc, ids, context)
            prepared = prepare_document(doc, options.tokens, context.count)
            levels = keep_levels(prepared.levels, options.nested, False, context.count)
            if levels is None:
                refusal = nested_refusal(doc, prepared.levels, remaining, options.tokens, "hf")
                break
            tags, _ = spans_to_tags(prepared.tokens, levels[0] if levels else [], options.scheme)
            for n, (first, end) in enumerate(prepared.sentence_ranges(), 1):
                row = {
                    "id": f"{doc.id}-{n}",
                    "tokens": [doc.text[s:e] for s, e in prepared.tokens[first:end]],
                    "ner_tags": [ids[tag] for tag in tags[first:end]],
                }
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                parquet.add(row)
    written = parquet.close()
    if refusal is not None:
        for path in (rows_path, *written):
            path.unlink()
        raise refusal
    return [rows_path, features_path, *written]


def _known_labels(doc: AnnotatedDocument, ids: dict[str, int], context: WriteContext) -> AnnotatedDocument:
    """`doc` without the entities whose label has no tag id (counted per label)."""
    unknown = [e for e in doc.entities if f"B-{e.label}" not in ids]
    for entity in unknown:
        context.count(f"entities left out: label {entity.label!r} is not in the schema")
    return replace(doc, entities=[e for e in doc.entities if f"B-{e.label}" in ids]) if unknown else doc


# -- reading -----------------------------------------------------------------------------------


def _names_in(data: Any) -> list[str] | None:
    """ner_tags label names in a features dict, a dataset_info, or a dataset_infos (first config)."""
    if not isinstance(data, dict):
        return None
    if "ner_tags" in data:
        feature = data["ner_tags"]
        while isinstance(feature, dict) and "names" not in feature and "feature" in feature:
            feature = feature["feature"]
        names = feature.get("names") if isinstance(feature, dict) else None
        return [str(n) for n in names] if isinstance(names, list) else None
    if "features" in data:
        return _names_in(data["features"])
    for value in data.values():
        found = _names_in(value) if isinstance(value, dict) and "features" in value else None
        if found is not None:
            return found
    return None


def _side_files(path: Path) -> list[Path]:
    """Where label names may be, in the order they are looked for."""
    candidates = []
    name = path.name
    while "." in name:
        name = name.rsplit(".", 1)[0]
        candidates.append(path.with_name(f"{name}.features.json"))
    return candidates + [path.with_name(side) for side in _SIDE_FILES]


def _names_beside(path: Path) -> tuple[list[str] | None, list[Path]]:
    """Label names from the first side file that has them, and every file looked at."""
    looked = _side_files(path)
    for candidate in looked:
        if candidate.is_file():
            try:
                found = _names_in(json.loads(candidate.read_text(encoding="utf-8-sig")))
            except (OSError, ValueError):
                found = None
            if found is not None:
                return found, looked
    return None, looked


def _json_rows(path: Path, options: ReadOptions) -> Iterator[tuple[int | None, Any]]:
    """(line, parsed row or an error message) for a JSONL file or a JSON array."""
    try:
        text = decode_bytes(path.read_bytes(), source=str(path), encoding=options.encoding)
    except (OSError, TextDecodeError) as exc:
        raise FormatError(f"{path}: {exc}") from exc
    if text.lstrip().startswith("["):
        try:
            rows = json.loads(text)
        except ValueError as exc:
            raise FormatError(f"{path}: not JSON ({exc})") from None
        yield from ((None, row) for row in rows)
        return
    seen = False
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            if not seen:
                raise FormatError(f"{path}, line {number}: not JSON lines ({exc})") from None
            row = f"not JSON ({exc})"
        seen = True
        yield number, row


def _parquet_rows(path: Path) -> tuple[Iterator[tuple[int | None, Any]], list[str] | None]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise FormatError(f"{path}: reading Parquet needs pyarrow (pip install pyarrow)") from None
    try:
        parquet = pq.ParquetFile(str(path))
    except Exception as exc:  # pyarrow raises several error types for a file that is not Parquet
        raise FormatError(f"{path}: not a Parquet file ({exc})") from None
    metadata = parquet.schema_arrow.metadata or {}
    names = None
    if b"huggingface" in metadata:
        try:
            info = json.loads(metadata[b"huggingface"])
            names = _names_in(info.get("info", info))
        except (ValueError, AttributeError):
            names = None

    def rows() -> Iterator[tuple[int | None, Any]]:
        for batch in parquet.iter_batches():
            yield from ((None, row) for row in batch.to_pylist())

    return rows(), names


def _document_key(row_id: str) -> str:
    return row_id.rsplit("-", 1)[0] if "-" in row_id else row_id


class _Rows:
    """Rows checked and turned into (document key, tokens, tag names)."""

    def __init__(self, path: Path, names: list[str] | None) -> None:
        self.path, self.names, self.index = path, names, 0

    def check(self, line: int | None, row: Any) -> tuple[str, list[str], list[str]] | Problem:
        self.index += 1
        where = f"row {self.index}"
        if not isinstance(row, dict):
            return Problem(str(self.path), line, str(row) if isinstance(row, str) else "not an object", where)
        row_id = str(row.get("id", f"{self.path.stem}-{self.index}"))
        tokens, tags = row.get("tokens"), row.get("ner_tags")
        if not isinstance(tokens, list) or not isinstance(tags, list) or len(tokens) != len(tags):
            return Problem(
                str(self.path),
                line,
                '"tokens" and "ner_tags" must be lists of the same length',
                f"row {row_id}",
            )
        if any(isinstance(tag, int) for tag in tags) and self.names is None:
            looked = ", ".join(str(p.name) for p in _side_files(self.path))
            raise FormatError(
                f"{self.path}: ner_tags are numbers but no label names were found "
                f"(looked for the Parquet metadata key 'huggingface' and {looked} beside the file)"
            )
        names: list[str] = []
        for tag in tags:
            if isinstance(tag, str):
                names.append(tag)
            elif isinstance(tag, int) and self.names is not None and 0 <= tag < len(self.names):
                names.append(self.names[tag])
            else:
                return Problem(str(self.path), line, f"tag {tag!r} has no label name", f"row {row_id}")
        return row_id, [str(t) for t in tokens], names


def read(path: Path, options: ReadOptions, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    """Documents of a Hugging Face token-classification file (see the module docstring)."""
    if path.suffix.lower() == ".parquet":
        rows, names = _parquet_rows(path)
        if names is None:
            names = _names_beside(path)[0]
    else:
        rows, names = _json_rows(path, options), _names_beside(path)[0]
    checker = _Rows(path, names)
    pending: list[tuple[list[str], list[str]]] = []
    key, first_line = "", None
    for line, row in rows:
        checked = checker.check(line, row)
        if isinstance(checked, Problem):
            yield checked
            continue
        row_id, tokens, tags = checked
        if pending and _document_key(row_id) != key:
            yield _document(path, key, first_line, pending, result)
            pending = []
        if not pending:
            key, first_line = _document_key(row_id), line
        kept = [(t, g) for t, g in zip(tokens, tags, strict=True) if t]
        if len(kept) < len(tokens):
            result.count("empty tokens dropped", len(tokens) - len(kept))
        if kept:
            pending.append(([t for t, _ in kept], [g for _, g in kept]))
    if pending:
        yield _document(path, key, first_line, pending, result)


def _document(
    path: Path, key: str, line: int | None, rows: list[tuple[list[str], list[str]]], result: ReadResult
) -> AnnotatedDocument:
    tokens: list[Span] = []
    sentence_spans: list[Span] = []
    found: dict[LabeledSpan, None] = {}
    position = 0
    for words, tags in rows:
        row_tokens = []
        for word in words:
            row_tokens.append((position, position + len(word)))
            position += len(word) + 1
        sentence_spans.append((row_tokens[0][0], row_tokens[-1][1]))
        tokens.extend(row_tokens)
        spans, repairs = tags_to_spans(row_tokens, tags)
        found.update(dict.fromkeys(spans))
        for what, n in repairs.items():
            result.count(what, n)
    ordered = sorted(found, key=lambda s: (s[0], -s[1]))
    return AnnotatedDocument(
        id=key,
        text="\n".join(" ".join(words) for words, _ in rows),
        entities=[DocEntity(f"T{i}", s, e, label) for i, (s, e, label) in enumerate(ordered, 1)],
        tokens=tokens,
        sentences=sentence_spans,
        path=str(path),
        line=line,
    )


FORMAT = FormatInfo(
    name="hf",
    title="Hugging Face token classification (JSONL, Parquet)",
    version="1",
    carries=frozenset({"entities"}),
    read=read,
    write=write,
    suffixes=(".jsonl", ".json", ".parquet"),
    description="Rows of tokens and ner_tags ids per sentence, with ClassLabel names from the schema",
)

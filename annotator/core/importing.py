"""Reading documents to import: plain text files, folders of them, JSONL and CSV.

Readers yield `Candidate` rows (a text plus metadata, or a problem naming the file and line);
`Project.import_paths` turns them into documents. A bad row never stops the good ones.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.storage.documents import NewDocument
from annotator.core.text import TextDecodeError, decode_bytes, sentences, tokenize

FORMATS = ("auto", "txt", "jsonl", "csv")
SUFFIX_FORMATS = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
# A news article is a few thousand words; a file this large is a corpus in one file, which the
# document view and the exports would treat as one document. Refuse it with advice instead.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

FIELD_ALIASES = {
    "title": "title",
    "headline": "title",
    "source": "source",
    "outlet": "source",
    "date": "date",
    "published": "date",
    "url": "url",
    "link": "url",
    "id": "external_id",
}
TEXT_COLUMNS = ("text", "body", "content")

Progress = Callable[[int, int], None]
"""progress(done, total) with total the number of files (or -1 when unknown)."""


class ImportSourceError(ValueError):
    """A path cannot be imported at all (missing, wrong format); the message names it."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing that could not be imported, with where it is."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}, line {self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass(slots=True)
class Candidate:
    text: str
    path: str
    line: int | None
    fields: dict[str, str] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ImportReport:
    added: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{len(self.added)} documents imported, {len(self.duplicates)} already in the project, "
            f"{len(self.problems)} problems"
        )


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare(candidate: Candidate) -> NewDocument:
    """Tokenise, split sentences and build the search body of one document."""
    from annotator.core.search import index_body

    text = candidate.text
    return NewDocument(
        text=text,
        content_hash=content_hash(text),
        tokens=tokenize(text),
        sentences=sentences(text),
        index_body=index_body(text),
        source_file=Path(candidate.path).name,
        meta=candidate.meta,
        **candidate.fields,
    )


def expand_paths(paths: Sequence[str | Path], fmt: str) -> list[tuple[Path, str]]:
    """Files to read with the format of each; folders give their supported files, sorted."""
    if fmt not in FORMATS:
        raise ImportSourceError(f"unknown import format {fmt!r} (choose from {', '.join(FORMATS)})")
    files: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and (fmt != "auto" or p.suffix.lower() in SUFFIX_FORMATS)
            )
            if fmt != "auto":
                found = [p for p in found if SUFFIX_FORMATS.get(p.suffix.lower()) == fmt]
            if not found:
                raise ImportSourceError(f"{path}: the folder has no .txt, .jsonl or .csv files")
            files.extend((p, fmt if fmt != "auto" else SUFFIX_FORMATS[p.suffix.lower()]) for p in found)
        elif path.is_file():
            chosen = fmt if fmt != "auto" else SUFFIX_FORMATS.get(path.suffix.lower(), "txt")
            files.append((path, chosen))
        else:
            raise ImportSourceError(f"{path}: no such file or folder")
    return files


def read_candidates(path: Path, fmt: str, encoding: str | None) -> Iterator[Candidate | Problem]:
    """Yield the documents (or problems) in one file."""
    size = path.stat().st_size
    if size == 0:
        yield Problem(str(path), None, "the file is empty")
        return
    if fmt == "txt" and size > MAX_DOCUMENT_BYTES:
        yield Problem(
            str(path),
            None,
            f"the file is {size / 1e6:.1f} MB; one document may be at most "
            f"{MAX_DOCUMENT_BYTES // (1024 * 1024)} MB (split it, or import it as JSONL or CSV "
            "with one document per row)",
        )
        return
    try:
        text = decode_bytes(path.read_bytes(), source=str(path), encoding=encoding)
    except TextDecodeError as exc:
        yield Problem(str(path), None, str(exc).removeprefix(f"{path}: "))
        return
    except OSError as exc:
        yield Problem(str(path), None, f"cannot be read ({exc.strerror or exc})")
        return
    if fmt == "txt":
        yield from _txt(text, path)
    elif fmt == "jsonl":
        yield from _jsonl(text, path)
    else:
        yield from _csv(text, path)


def _txt(text: str, path: Path) -> Iterator[Candidate | Problem]:
    if not text.strip():
        yield Problem(str(path), None, "the file has no text (only white space)")
        return
    # The headline stays in the text too: headlines get annotated.
    title = next(line.strip() for line in text.split("\n") if line.strip())
    yield Candidate(text, str(path), None, {"title": title})


def _row_fields(raw: dict[str, Any], text_key: str) -> tuple[dict[str, str], dict[str, Any]]:
    fields: dict[str, str] = {}
    meta: dict[str, Any] = {}
    for key, value in raw.items():
        if key == text_key or key is None:
            continue
        target = FIELD_ALIASES.get(key.strip().lower())
        if target and target not in fields and isinstance(value, str | int | float):
            fields[target] = str(value)
        elif key == "meta" and isinstance(value, dict):
            meta.update(value)
        else:
            meta[key] = value
    return fields, meta


def _jsonl(text: str, path: Path) -> Iterator[Candidate | Problem]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(str(path), number, f"not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield Problem(str(path), number, 'expected a JSON object with a "text" field')
            continue
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Problem(str(path), number, 'field "text" is missing or empty')
            continue
        fields, meta = _row_fields(row, "text")
        yield Candidate(body.replace("\r\n", "\n").replace("\r", "\n"), str(path), number, fields, meta)


def _csv(text: str, path: Path) -> Iterator[Candidate | Problem]:
    csv.field_size_limit(MAX_DOCUMENT_BYTES * 4)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    text_key = next((h for h in header if h and h.strip().lower() in TEXT_COLUMNS), None)
    if text_key is None:
        columns = ", ".join(repr(h) for h in header) or "none"
        yield Problem(str(path), 1, f"no text column (expected one named 'text'; found {columns})")
        return
    line = reader.line_num
    try:
        for row in reader:
            number, line = line + 1, reader.line_num
            body = row.get(text_key)
            if not body or not body.strip():
                yield Problem(str(path), number, f"column {text_key!r} is empty")
                continue
            fields, meta = _row_fields(dict(row), text_key)
            yield Candidate(body, str(path), number, fields, meta)
    except csv.Error as exc:
        yield Problem(str(path), reader.line_num, f"malformed CSV ({exc})")

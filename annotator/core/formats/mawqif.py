"""Mawqif-style stance CSV (Alturayeif et al., WANLP 2022): one text per row, its target, its stance.

Read-only. The file is CSV, comma separated, quoted only where needed; a UTF-8 byte order mark
and "\\r\\n" line ends (as Mawqif ships) are accepted, other encodings are detected as for every
import. The header names the columns, matched case-insensitively:

- ``text`` (required): the document text, taken **as it is** (leading spaces kept; only line
  ends become "\\n", as for every imported text).
- ``target`` (required): what the stance is about. It becomes a schema-safe target key
  (`target_key`: "Women empowerment" → "women_empowerment"; the target as written stays in
  ``meta["target"]``); map it to another schema target key with the importer's ``--label-map``.
- ``stance`` (optional): the polarity, lower-cased as is ("Favor" → "favor", "None" → "none").
- ``stance:confidence`` (optional): the stance's confidence, a number from 0 to 1 (anything else
  is left out and reported).
- ``ID`` (optional): the document id; a row without one is named ``line<N>``.
- ``datetime`` (optional): also becomes the document's date, as written.
- every other column (``sentiment``, ``sarcasm``, ``*_reason``, ``datetime``, ``Date``...) goes
  into the document's ``meta`` under its header name as written (so also ``target``, which
  keeps the target of a row without a stance); empty cells are left out.

Each row becomes one document with at most one stance ``S1``: held by the author (holder None),
toward the target, about the whole document (no scope, no evidence: Mawqif stances are not
anchored to spans, so UTF-16 versus code-point offsets do not matter here). A row with an empty
``stance`` cell, or every row of a file without a ``stance`` column (Mawqif's blind test), becomes
a document without a stance, counted as "documents without a stance label". A file without a
``text`` or ``target`` column is not this format: `FormatError` names the missing columns.

Problems (skipped rows, unreadable confidences) name the file and the line the row starts on.
A row with fewer cells than the header is padded with empty cells (counted); one with more
cells is skipped (a comma in an unquoted text would shift every column after it).

SAMPLE (the BOM and "\\r\\n" not shown)::

    ID,text,target,stance,stance:confidence,sentiment,Date
    17, التعليم عن بعد وفر علينا وقت الطريق,Digital Transformation,Favor,0.82,Positive,01/03/2022
    18,اللقاح ما زال تجربة ولن أخذه,Covid Vaccine,Against,1,Negative,12/05/2021
    19,هل يكفي التمكين بالشعارات؟,Women empowerment,,,Neutral,02/06/2022
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

from annotator.core.formats.base import (
    AnnotatedDocument,
    DocStance,
    FormatError,
    FormatInfo,
    Problem,
    ReadOptions,
    ReadResult,
)
from annotator.core.text import TextDecodeError, decode_bytes

__all__ = ["FORMAT", "read"]

REQUIRED = ("text", "target")


def target_key(target: str) -> str:
    """The schema key a target becomes: "Women empowerment" → "women_empowerment".

    Schema keys are Latin letters, digits, "_", "-" and "."; a target written without any Latin
    letter (an Arabic target) becomes "target_" plus a short hash of its text, the same every time.
    The target as written stays in the document's meta under "target".
    """
    key = re.sub(r"[^a-z0-9_.-]+", "_", target.strip().lower()).strip("_.-")
    if not key or not key[0].isalpha():
        key = "target_" + hashlib.sha256(target.strip().encode("utf-8")).hexdigest()[:8]
    return key


# Columns that become the document and its stance rather than meta entries.
_TAKEN = frozenset({"id", "text", "stance", "stance:confidence"})
NO_STANCE = "documents without a stance label"
PADDED = "rows with missing trailing cells (padded with empty cells)"
NO_ID = "rows without an ID (named line<N>)"


def _columns(header: list[str], path: Path) -> dict[str, int]:
    """Lower-cased header name → column index; FormatError naming the required columns missing."""
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        columns.setdefault(name.strip().lstrip("\ufeff").lower(), index)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        found = ", ".join(repr(h) for h in header) or "nothing"
        raise FormatError(
            f"{path}: not a Mawqif-style stance CSV: missing column(s) {', '.join(missing)} "
            f"(the header has {found})"
        )
    return columns


def _confidence(cell: str, path: Path, line: int, doc_id: str) -> float | Problem | None:
    if not cell.strip():
        return None
    try:
        value = float(cell)
    except ValueError:
        return Problem(str(path), line, f"stance:confidence {cell!r} is not a number (left out)", "", doc_id)
    if not 0.0 <= value <= 1.0:
        return Problem(
            str(path), line, f"stance:confidence {cell!r} is not between 0 and 1 (left out)", "", doc_id
        )
    return value


def _document(
    row: list[str], header: list[str], columns: dict[str, int], path: Path, line: int, result: ReadResult
) -> Iterator[AnnotatedDocument | Problem]:
    """The document of one row (already padded to the header's width), and its problems."""

    def cell(name: str) -> str:
        index = columns.get(name)
        return row[index] if index is not None else ""

    doc_id = cell("id").strip()
    if not doc_id:
        doc_id = f"line{line}"
        result.count(NO_ID)
    text = cell("text")
    if not text.strip():
        yield Problem(str(path), line, "the text cell is empty (row skipped)", "", doc_id)
        return
    taken = {columns[name] for name in _TAKEN if name in columns}
    meta = {
        name.strip(): value
        for index, (name, value) in enumerate(zip(header, row, strict=True))
        if index not in taken and value
    }
    doc = AnnotatedDocument(
        id=doc_id, text=text, date=cell("datetime").strip(), meta=meta, path=str(path), line=line
    )
    polarity = cell("stance").strip().lower()
    target = cell("target").strip()
    if not polarity:
        result.count(NO_STANCE)
    elif not target:
        result.count(NO_STANCE)
        yield Problem(
            str(path), line, f"stance {polarity!r} without a target (imported without it)", "", doc_id
        )
    else:
        confidence = _confidence(cell("stance:confidence"), path, line, doc_id)
        if isinstance(confidence, Problem):
            yield confidence
            confidence = None
        doc.stances.append(DocStance("S1", polarity, target=target_key(target), confidence=confidence))
    yield doc


def read(path: Path, options: ReadOptions, result: ReadResult) -> Iterator[AnnotatedDocument | Problem]:
    """Read a Mawqif-style CSV: one document per row, with its stance toward the row's target."""
    try:
        text = decode_bytes(path.read_bytes(), source=str(path), encoding=options.encoding)
    except OSError as exc:
        raise FormatError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    except TextDecodeError as exc:
        raise FormatError(str(exc)) from exc
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(rows, None)
    except csv.Error as exc:
        raise FormatError(f"{path}, line 1: the header is not CSV ({exc})") from exc
    if header is None:
        raise FormatError(f"{path}: the file is empty (a Mawqif-style CSV needs a header with text, target)")
    columns = _columns(header, path)
    while True:
        line = rows.line_num + 1
        try:
            row = next(rows, None)
        except csv.Error as exc:
            yield Problem(str(path), line, f"not CSV from here on ({exc}); the rest of the file is skipped")
            return
        if row is None:
            return
        if not row or not any(cell.strip() for cell in row):
            continue  # a blank line
        if len(row) > len(header):
            yield Problem(
                str(path), line,
                f"{len(row)} cells but the header has {len(header)} (an unquoted comma?); row skipped",
            )  # fmt: skip
            continue
        if len(row) < len(header):
            result.count(PADDED)
            row = row + [""] * (len(header) - len(row))
        yield from _document(row, header, columns, path, line, result)


FORMAT = FormatInfo(
    name="mawqif",
    title="Mawqif stance CSV",
    version="1",
    carries=frozenset({"stances"}),
    read=read,
    write=None,
    suffixes=(".csv",),
    description="CSV with text, target, stance columns (Mawqif): a document and its outlet stance per row",
)

"""External annotation formats: one module per format, each with read() and/or write() and a
docstring showing a sample, and this registry of them. The CLI and the GUI list formats from here.

Every module defines ``FORMAT`` (a `FormatInfo`). Modules import optional packages (spaCy,
pyarrow) only inside the functions that need them, so listing formats stays cheap.
"""

from __future__ import annotations

from importlib import import_module

from annotator.core.formats.base import (
    AnnotatedDocument,
    DocArgument,
    DocEntity,
    DocEvent,
    DocStance,
    ExportRefused,
    FormatError,
    FormatInfo,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
    WriteOptions,
)

__all__ = [
    "AnnotatedDocument",
    "DocArgument",
    "DocEntity",
    "DocEvent",
    "DocStance",
    "ExportRefused",
    "FormatError",
    "FormatInfo",
    "Problem",
    "ReadOptions",
    "ReadResult",
    "WriteContext",
    "WriteOptions",
    "all_formats",
    "get_format",
    "names",
    "readable",
    "writable",
]

# name -> module, in the order the CLI and the GUI list them.
_MODULES = {
    "jsonl": "annotator.core.formats.jsonl",
    "conll": "annotator.core.formats.conll",
    "hf": "annotator.core.formats.hf",
    "spacy": "annotator.core.formats.spacy_docbin",
    "brat": "annotator.core.formats.brat",
    "events": "annotator.core.formats.events",
    "stances": "annotator.core.formats.stances",
    "story": "annotator.core.formats.story",
    "doccano": "annotator.core.formats.doccano",
    "labelstudio": "annotator.core.formats.labelstudio",
    "mawqif": "annotator.core.formats.mawqif",
}


def names() -> list[str]:
    """Every registered format's name, without importing the format modules."""
    return list(_MODULES)


def get_format(name: str) -> FormatInfo:
    """The format called `name`; FormatError naming the known ones otherwise."""
    module = _MODULES.get(name)
    if module is None:
        raise FormatError(f"unknown format {name!r} (known: {', '.join(_MODULES)})")
    info: FormatInfo = import_module(module).FORMAT
    return info


def all_formats() -> list[FormatInfo]:
    return [get_format(name) for name in _MODULES]


def readable() -> list[str]:
    """Names of the formats that can be imported."""
    return [f.name for f in all_formats() if f.read is not None]


def writable() -> list[str]:
    """Names of the formats that can be exported."""
    return [f.name for f in all_formats() if f.write is not None]

"""Located nodes for schema files: YAML or JSON data with the line of every value, and typed field access.

Use it through ``annotator.core.schema``; it is a separate module so that the tagset module reads as the
tagset, while this one knows about PyYAML nodes, line numbers and how to word an error.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import yaml

# A composed YAML graph can share nodes through aliases; expanding them is exponential in the worst case
# ("billion laughs"), so conversion stops far above any real schema's size.
MAX_NODES = 200_000

_NULL_TAG = "tag:yaml.org,2002:null"
_STR_TAG = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"
_BOOL_TAG = "tag:yaml.org,2002:bool"


class SchemaError(ValueError):
    """A schema that cannot be used, saying where: ``source``, ``line`` (1-based or None) and ``field``.

    Every schema loader raises it; show ``str(err)`` to the user, or use the attributes to jump to the
    spot in an editor. ``field`` is a dotted path such as ``labels.PER.color``.
    """

    def __init__(
        self, reason: str, *, source: str, line: int | None = None, field: str | None = None
    ) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        self.field = field
        where = [source]
        if line is not None:
            where.append(f"line {line}")
        if field:
            where.append(f"field {field}")
        super().__init__(f"{', '.join(where)}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        # ValueError would rebuild from args alone; keep the keyword attributes when pickled.
        return (_rebuild_error, (self.reason, self.source, self.line, self.field))


def _rebuild_error(reason: str, source: str, line: int | None, field: str | None) -> SchemaError:
    return SchemaError(reason, source=source, line=line, field=field)


@dataclass(frozen=True, slots=True)
class Scalar:
    """A leaf value: ``value`` as YAML or JSON typed it, ``text`` as written (None for null)."""

    value: object
    text: str | None
    line: int | None


@dataclass(frozen=True, slots=True)
class Seq:
    items: tuple[Node, ...]
    line: int | None


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    key_line: int | None
    value: Node


@dataclass(frozen=True, slots=True)
class Map:
    entries: tuple[Entry, ...]
    line: int | None


Node = Scalar | Seq | Map


def _mark_line(mark: object) -> int | None:
    line = getattr(mark, "line", None)
    return line + 1 if isinstance(line, int) else None


def compose_yaml(text: str, source: str) -> Node:
    """Parse YAML text into located nodes; a syntax error becomes a SchemaError with its line.

    Use it to read a schema file by hand-editors: the node tree keeps the line of every key and value.
    """
    try:
        root: object = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        line = _mark_line(exc.problem_mark) or _mark_line(exc.context_mark)
        problem = exc.problem or exc.context or "cannot be read"
        raise SchemaError(f"YAML syntax error: {problem}", source=source, line=line) from exc
    except yaml.YAMLError as exc:  # e.g. a control character the reader refuses, known by position
        position = getattr(exc, "position", None)
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else None
        raise SchemaError(f"YAML error: {exc}", source=source, line=line) from exc
    if root is None:
        raise SchemaError("the file is empty", source=source, line=1)
    return _YamlConverter(source).convert(root, frozenset())


class _YamlConverter:
    def __init__(self, source: str) -> None:
        self.source = source
        self.count = 0
        # A loader with no input, used only to construct typed scalars (ints, bools) the way SafeLoader does.
        self.loader = yaml.SafeLoader("")

    def convert(self, node: object, ancestors: frozenset[int]) -> Node:
        line = _mark_line(getattr(node, "start_mark", None))
        self.count += 1
        if self.count > MAX_NODES:
            raise SchemaError(
                f"more than {MAX_NODES} values (aliases?): too large", source=self.source, line=line
            )
        if id(node) in ancestors:
            raise SchemaError("an alias refers to its own ancestor", source=self.source, line=line)
        inner = ancestors | {id(node)}
        if isinstance(node, yaml.MappingNode):
            entries: list[Entry] = []
            for key_node, value_node in node.value:
                key_line = _mark_line(key_node.start_mark)
                if not isinstance(key_node, yaml.ScalarNode):
                    raise SchemaError("a field name must be plain text", source=self.source, line=key_line)
                key_text: str = str(key_node.value)
                entries.append(Entry(key_text, key_line, self.convert(value_node, inner)))
            return Map(tuple(entries), line)
        if isinstance(node, yaml.SequenceNode):
            return Seq(tuple(self.convert(item, inner) for item in node.value), line)
        return self._scalar(node, line)

    def _scalar(self, node: object, line: int | None) -> Scalar:
        tag: str = str(getattr(node, "tag", ""))
        raw: str = str(getattr(node, "value", ""))
        if tag == _NULL_TAG:
            return Scalar(None, None, line)
        if tag == _STR_TAG:
            return Scalar(raw, raw, line)
        try:
            value: object = self.loader.construct_object(node, deep=True)
        except yaml.YAMLError as exc:  # an explicit tag SafeLoader does not know, like !!python/object
            raise SchemaError(f"cannot read this value: {exc}", source=self.source, line=line) from exc
        return Scalar(value, raw, line)


def from_data(data: object, source: str) -> Node:
    """Wrap plain data (as from ``json.loads``) in nodes without lines, so one validator serves both forms.

    Use it for the copy of a schema stored in a project database.
    """
    if isinstance(data, Mapping):
        entries: list[Entry] = []
        for key, value in data.items():
            if not isinstance(key, str):
                raise SchemaError(f"field name {key!r} is not text", source=source)
            entries.append(Entry(key, None, from_data(value, source)))
        return Map(tuple(entries), None)
    if isinstance(data, list | tuple):
        return Seq(tuple(from_data(item, source) for item in data), None)
    if data is None:
        return Scalar(None, None, None)
    if isinstance(data, str):
        return Scalar(data, data, None)
    if isinstance(data, bool):
        return Scalar(data, "true" if data else "false", None)
    if isinstance(data, int | float):
        return Scalar(data, str(data), None)
    raise SchemaError(f"unsupported value of type {type(data).__name__}", source=source)


def describe(node: Node) -> str:
    """Show a value briefly inside an error message."""
    if isinstance(node, Scalar):
        return "nothing" if node.text is None else f'"{node.text}"'
    return "a list" if isinstance(node, Seq) else "a mapping"


class Fields:
    """Typed, checked access to the fields of one mapping, raising SchemaError with line and dotted field.

    Use one per mapping in the file (the top level, each label, each role ...); ``path`` names the mapping
    in errors and can be renamed once its ``key`` is known (``labels[3]`` becomes ``labels.PER``).
    """

    def __init__(self, node: Node, path: str, source: str, what: str = "this item") -> None:
        self.path = path
        self.source = source
        if not isinstance(node, Map):
            raise SchemaError(
                f"{what} must be a mapping of fields (name: value), not {describe(node)}",
                source=source,
                line=node.line,
                field=path or None,
            )
        self.line = node.line
        self._entries: dict[str, Entry] = {}
        # PyYAML keeps the last of two equal keys silently; note the repeat and refuse it in
        # check_allowed, once the path has its final name.
        self._repeats: list[tuple[Entry, Entry]] = []
        for entry in node.entries:
            if entry.key in self._entries:
                self._repeats.append((self._entries[entry.key], entry))
            else:
                self._entries[entry.key] = entry

    def field(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def error(self, name: str | None, reason: str, line: int | None = None) -> SchemaError:
        """Build (not raise) an error about field ``name``, at ``line`` or else the value's own line."""
        if line is None:
            line = self.value_line(name) if name is not None else self.line
        field = self.field(name) if name else self.path
        return SchemaError(reason, source=self.source, line=line, field=field or None)

    def check_allowed(self, allowed: Sequence[str]) -> None:
        """Refuse repeated fields and fields not in ``allowed``, suggesting the nearest ("colour")."""
        for first, repeat in self._repeats:
            raise self.error(
                repeat.key, f'field "{repeat.key}" appears twice{first_on(first.key_line)}', repeat.key_line
            )
        for name, entry in self._entries.items():
            if name not in allowed:
                close = difflib.get_close_matches(name, allowed, n=1)
                hint = f'did you mean "{close[0]}"? ' if close else ""
                reason = f'unknown field "{name}"; {hint}allowed here: {", ".join(allowed)}'
                raise self.error(name, reason, entry.key_line)

    def has(self, name: str) -> bool:
        return name in self._entries

    def value_line(self, name: str) -> int | None:
        """The line of the field's value, or of the enclosing mapping when the field is missing."""
        entry = self._entries.get(name)
        if entry is None:
            return self.line
        return entry.value.line if entry.value.line is not None else entry.key_line

    def node(self, name: str) -> Node | None:
        entry = self._entries.get(name)
        return None if entry is None else entry.value

    def missing(self, name: str) -> SchemaError:
        return self.error(name, f'missing field "{name}"', self.line)

    def optional_text(self, name: str) -> str | None:
        """The field as text, stripped; None when absent, null or blank."""
        node = self.node(name)
        if node is None:
            return None
        if not isinstance(node, Scalar):
            raise self.error(name, f"must be text, not {describe(node)}")
        # Plain scalars keep what was typed: `shortcut: 1` is "1", `key: NO` stays "NO" (not false).
        if node.text is None:
            return None
        text = node.text.strip()
        return text or None

    def text(self, name: str) -> str:
        """The field as non-empty text; missing or blank is an error."""
        text = self.optional_text(name)
        if text is None:
            if not self.has(name):
                raise self.missing(name)
            raise self.error(name, "must not be empty")
        return text

    def integer(self, name: str) -> int:
        node = self.node(name)
        if node is None:
            raise self.missing(name)
        if not isinstance(node, Scalar) or isinstance(node.value, bool) or not isinstance(node.value, int):
            raise self.error(name, f"{describe(node)} is not a whole number")
        return node.value

    def flag(self, name: str, default: bool) -> bool:
        node = self.node(name)
        if node is None:
            return default
        if not isinstance(node, Scalar) or not isinstance(node.value, bool):
            raise self.error(name, f"{describe(node)} is not true or false")
        return node.value

    def items(self, name: str) -> tuple[Node, ...]:
        """The field as a list of nodes; absent or null gives an empty list."""
        node = self.node(name)
        if node is None or (isinstance(node, Scalar) and node.text is None):
            return ()
        if not isinstance(node, Seq):
            raise self.error(name, f"must be a list, not {describe(node)}")
        return node.items

    def text_list(self, name: str) -> tuple[tuple[str, int | None], ...]:
        """The field as a list of texts, each with its line, like ``labels: [PER, ORG]``."""
        node = self.node(name)
        if isinstance(node, Scalar) and node.text is not None:
            raise self.error(name, f"must be a list like [{node.text}], not {describe(node)}")
        result: list[tuple[str, int | None]] = []
        for item in self.items(name):
            if not isinstance(item, Scalar) or item.text is None or not item.text.strip():
                raise self.error(name, f"list items must be text, not {describe(item)}", item.line)
            result.append((item.text.strip(), item.line if item.line is not None else self.value_line(name)))
        return tuple(result)


def first_on(line: int | None) -> str:
    """Say where the first of two duplicates is, or nothing when lines are unknown (JSON input)."""
    return f" (first on line {line})" if line is not None else ""


def join_keys(keys: Iterable[str]) -> str:
    return ", ".join(keys) or "(none)"
